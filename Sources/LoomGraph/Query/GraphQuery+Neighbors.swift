import GRDB

extension GraphQuery {
    /// The edges within `depth` hops of an entity (both directions), nearest and most mentioned first.
    ///
    /// - Parameters:
    ///   - name: Any name of the entity (case-insensitive, alias-aware).
    ///   - depth: How many hops to go out (at least 1).
    ///   - limit: The most edges to return; the search stops (``Neighborhood/truncated``) when reached.
    ///   - evidence: Evidence sentences per edge.
    /// - Throws: ``StoreError/unknownEntity(_:suggestions:)`` for an unknown name.
    public func neighbors(of name: String, depth: Int = 1, limit: Int = 200, evidence: Int = 0) throws(StoreError) -> Neighborhood {
        try store.read { db in
            let centers = try EntityLookup.requireIDs(named: name, in: db)
            let adjacency = Adjacency(db: db)
            var distance = Dictionary(uniqueKeysWithValues: centers.map { ($0, 0) })
            var edgeDistance: [Int64: Int] = [:]
            var frontier = centers
            var truncated = false
            search: for level in 1...max(1, depth) {
                var next: [Int64] = []
                for node in frontier {
                    for (edge, other) in try adjacency.neighbors(of: node) where edgeDistance[edge] == nil {
                        if edgeDistance.count >= limit {
                            truncated = true
                            break search
                        }
                        edgeDistance[edge] = level
                        if distance[other] == nil {
                            distance[other] = level
                            next.append(other)
                        }
                    }
                }
                frontier = next
                if frontier.isEmpty { break }
            }
            let matches = try EdgeReader.fetch(ids: edgeDistance.keys, evidence: evidence, in: db)
            let edges = edgeDistance.compactMap { id, level in matches[id].map { NeighborEdge(distance: level, edge: $0) } }
                .sorted { a, b in
                    if a.distance != b.distance { return a.distance < b.distance }
                    if a.edge.count != b.edge.count { return a.edge.count > b.edge.count }
                    if a.edge.confidence != b.edge.confidence { return a.edge.confidence > b.edge.confidence }
                    return a.edge.id < b.edge.id
                }
            return Neighborhood(centers: try EdgeReader.entities(centers, in: db), edges: edges, truncated: truncated)
        }
    }
}
