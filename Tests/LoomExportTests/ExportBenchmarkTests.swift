import Foundation
import LoomGraph
import Testing
@testable import LoomExport

/// Timing runs, off unless `LOOM_BENCH=1` (they print figures; they assert nothing about time).
///
///     LOOM_BENCH=1 swift test -c release --filter ExportBenchmarkTests
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LOOM_BENCH"] != nil), .serialized)
struct ExportBenchmarkTests {
    /// `entities` nodes and `edges` edges with skewed (hub-heavy) subjects, two documents per edge.
    static func graph(entities: Int, edges: Int) -> KnowledgeGraph {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let types = EntityType.allCases
        let nodes = (1...entities).map { id in
            GraphNode(
                id: Int64(id), label: "Entity \(id) & Co", type: types[id % types.count],
                aliases: [Alias(text: "Entity \(id)", count: 3)], mentionCount: 1, degree: 0)
        }
        let edgeList = (1...edges).map { id in
            let hub = Double(next() % 1_000_000) / 1_000_000
            let source = Int64(Double(entities) * hub * hub * hub) + 1
            return GraphEdge(
                id: Int64(id), source: source, target: Int64(next() % UInt64(entities)) + 1,
                label: "relation \(id % 500)", relationKey: "relation \(id % 500)", count: Int(next() % 5) + 1,
                confidence: Double(next() % 1000) / 1000, documents: ["news/\(id % 10_000).html", "feed/\(id % 77).xml"])
        }
        return KnowledgeGraph(nodes: nodes, edges: edgeList)
    }

    private static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func exportAHundredThousandEntitiesAndAMillionEdges() throws {
        let graph = Self.graph(entities: 100_000, edges: 1_000_000)
        var figures: [String] = []
        var bytes = 0
        var filtered = graph
        figures.append("filter (min-count 2, top 1000): " + String(format: "%.2f s", Self.seconds {
            filtered = GraphFilter(minCount: 2, top: 1_000).apply(to: graph)
        }))
        figures.append("filter --around hub depth 1: " + String(format: "%.2f s", Self.seconds {
            _ = GraphFilter(around: "Entity 1 & Co").apply(to: graph)
        }))
        let exporters: [(String, any GraphExporter)] = [("graphml", GraphMLExporter()), ("json", JSONExporter()), ("jsonl", JSONLExporter())]
        for (name, exporter) in exporters {
            let time = try Self.seconds { bytes = try exporter.export(graph).utf8.count }
            figures.append("\(name): " + String(format: "%.2f s, %.0f MB", time, Double(bytes) / 1e6))
        }
        let csv = Self.seconds {
            bytes = Neo4jCSVExporter().files(graph).reduce(0) { $0 + $1.contents.utf8.count }
        }
        figures.append("csv: " + String(format: "%.2f s, %.0f MB", csv, Double(bytes) / 1e6))
        let dot = try Self.seconds { bytes = try DOTExporter().export(filtered).utf8.count }
        figures.append("dot of the top 1000: " + String(format: "%.3f s", dot))
        print("bench: export of 100k entities / 1M edges: " + figures.joined(separator: "; "))
        #expect(filtered.nodes.count == 1_000)
    }
}
