/// What a Python reader gives back, in one shape for every reader so tests compare it with the graph.
struct ReadBackNode: Decodable, Equatable {
    let id: String
    let label: String
    let type: String
    let aliases: [String]
    let degree: Int
    let mentions: Int
}

struct ReadBackEdge: Decodable, Equatable {
    let id: String
    let source: String
    let target: String
    let label: String
    let relationKey: String
    let count: Int
    let confidence: Double
    let sources: [String]
}

struct ReadBackGraph: Decodable {
    let nodes: [ReadBackNode]
    let edges: [ReadBackEdge]
}
