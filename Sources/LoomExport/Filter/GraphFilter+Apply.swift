import Foundation
import LoomGraph

extension GraphFilter {
    /// Applies the filter (see ``GraphFilter`` for the order of the steps) and recomputes degrees.
    ///
    /// An `around` entity that is not in the graph gives an empty graph; call ``anchors(in:)`` first to
    /// report that to the user. Patterns that do not parse match nothing (``validate()`` reports them).
    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        var nodes = graph.nodes
        var edges = graph.edges

        if hasEdgeFilters {
            let globs = documents.compactMap(GlobPattern.init)
            let needle = relation.flatMap { $0.isEmpty ? nil : $0 }
            edges = edges.filter { edge in
                edge.count >= minCount && edge.confidence >= minConfidence
                    && (needle.map { Self.relation(of: edge, contains: $0) } ?? true)
                    && (documents.isEmpty || Self.documents(of: edge, match: globs))
            }
            let touched = Self.endpoints(of: edges)
            nodes = nodes.filter { touched.contains($0.id) }
        }
        if !types.isEmpty {
            nodes = nodes.filter { types.contains($0.type) }
            edges = Self.edges(edges, among: Set(nodes.map(\.id)))
        }
        if around != nil {
            let kept = neighbourhood(of: Set(anchors(in: KnowledgeGraph(nodes: nodes, edges: edges))), edges: edges)
            nodes = nodes.filter { kept.contains($0.id) }
            edges = Self.edges(edges, among: kept)
        }
        if let top {
            let degrees = Self.degrees(of: edges)
            let ranked = nodes.sorted { a, b in
                let da = degrees[a.id, default: 0], db = degrees[b.id, default: 0]
                return da != db ? da > db : a.id < b.id
            }
            let kept = Set(ranked.prefix(max(top, 0)).map(\.id))
            nodes = nodes.filter { kept.contains($0.id) }
            edges = Self.edges(edges, among: kept)
        }

        let degrees = Self.degrees(of: edges)
        for i in nodes.indices { nodes[i].degree = degrees[nodes[i].id, default: 0] }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    /// Breadth-first search over edges in both directions, `depth` hops from the anchors.
    private func neighbourhood(of anchors: Set<Int64>, edges: [GraphEdge]) -> Set<Int64> {
        var adjacency: [Int64: [Int64]] = [:]
        for edge in edges {
            adjacency[edge.source, default: []].append(edge.target)
            adjacency[edge.target, default: []].append(edge.source)
        }
        var seen = anchors
        var frontier = Array(anchors)
        var hops = 0
        while hops < depth, !frontier.isEmpty {
            var next: [Int64] = []
            for id in frontier {
                for neighbour in adjacency[id, default: []] where seen.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
            hops += 1
        }
        return seen
    }

    static func relation(of edge: GraphEdge, contains needle: String) -> Bool {
        edge.label.range(of: needle, options: .caseInsensitive) != nil
            || edge.relationKey.range(of: needle, options: .caseInsensitive) != nil
    }

    static func documents(of edge: GraphEdge, match globs: [GlobPattern]) -> Bool {
        globs.contains { glob in
            edge.documents.contains { glob.matches($0) } || edge.evidence.contains { glob.matches($0.document) }
        }
    }

    static func edges(_ edges: [GraphEdge], among ids: Set<Int64>) -> [GraphEdge] {
        edges.filter { ids.contains($0.source) && ids.contains($0.target) }
    }

    static func endpoints(of edges: [GraphEdge]) -> Set<Int64> {
        var ids = Set<Int64>()
        for edge in edges {
            ids.insert(edge.source)
            ids.insert(edge.target)
        }
        return ids
    }

    /// Edges touching each node, in and out (a self-loop counts twice, as in networkx).
    static func degrees(of edges: [GraphEdge]) -> [Int64: Int] {
        var degrees: [Int64: Int] = [:]
        for edge in edges {
            degrees[edge.source, default: 0] += 1
            degrees[edge.target, default: 0] += 1
        }
        return degrees
    }
}
