import GRDB

extension GraphQuery {
    /// The shortest relation paths between two entities, following edges in either direction.
    ///
    /// A bidirectional breadth-first search over the indexed adjacency, expanding the smaller
    /// frontier each round.
    ///
    /// - Parameters:
    ///   - from: Any name of the first entity.
    ///   - to: Any name of the second entity.
    ///   - maxLength: The longest path (in hops) to look for.
    ///   - limit: The most paths to return (all have the shortest length).
    ///   - evidence: Evidence sentences per hop.
    /// - Returns: The paths, empty when none is at most `maxLength` long.
    public func paths(
        from: String, to: String, maxLength: Int = 4, limit: Int = 5, evidence: Int = 1
    ) throws(StoreError) -> [RelationPath] {
        try store.read { db in
            let sources = try EntityLookup.requireIDs(named: from, in: db)
            let targets = try EntityLookup.requireIDs(named: to, in: db)
            if !Set(sources).isDisjoint(with: targets) {
                throw StoreError.invalidArgument("\"\(from)\" and \"\(to)\" name the same entity.")
            }
            var forward = SearchSide(starts: sources)
            var backward = SearchSide(starts: targets)
            let adjacency = Adjacency(db: db)
            while forward.depth + backward.depth < maxLength, !forward.frontier.isEmpty, !backward.frontier.isEmpty {
                let expandForward = forward.frontier.count <= backward.frontier.count
                let reached = expandForward ? try forward.expand(adjacency) : try backward.expand(adjacency)
                let (this, other) = expandForward ? (forward, backward) : (backward, forward)
                let meetings = reached.compactMap { node in other.distance[node].map { (node, this.depth + $0) } }
                guard let best = meetings.map(\.1).min() else { continue }
                if best > maxLength { return [] }
                var chains: [[Step]] = []
                for (node, total) in meetings where total == best {
                    for head in forward.chains(to: node, limit: limit) {
                        for tail in backward.chains(to: node, limit: limit) {
                            chains.append(head + Self.reversed(tail, end: node))
                            if chains.count >= limit { break }
                        }
                        if chains.count >= limit { break }
                    }
                    if chains.count >= limit { break }
                }
                return try Self.paths(chains, evidence: evidence, in: db)
            }
            return []
        }
    }

    /// Turns a chain walked from the target side (ending at `end`) into steps walked towards the target.
    static func reversed(_ chain: [Step], end: Int64) -> [Step] {
        chain.indices.reversed().map { i in Step(from: i + 1 < chain.count ? chain[i + 1].from : end, edge: chain[i].edge) }
    }

    private static func paths(_ chains: [[Step]], evidence: Int, in db: Database) throws -> [RelationPath] {
        let edges = try EdgeReader.fetch(ids: Set(chains.flatMap { $0.map(\.edge) }), evidence: evidence, in: db)
        return chains.map { chain in
            RelationPath(hops: chain.compactMap { step in
                edges[step.edge].map { PathHop(edge: $0, forward: $0.subject.id == step.from) }
            })
        }
    }
}

/// One hop of a path under construction: the edge and the node it is left from.
struct Step: Hashable {
    var from: Int64
    var edge: Int64
}

/// One side of a bidirectional breadth-first search.
struct SearchSide {
    var distance: [Int64: Int]
    /// For each reached node, the (previous node, edge) pairs that reach it at its distance.
    var parents: [Int64: [(node: Int64, edge: Int64)]] = [:]
    var frontier: [Int64]
    var depth = 0

    init(starts: [Int64]) {
        distance = Dictionary(uniqueKeysWithValues: starts.map { ($0, 0) })
        frontier = starts
    }

    /// Expands one level; returns the newly reached nodes.
    mutating func expand(_ adjacency: Adjacency) throws -> [Int64] {
        depth += 1
        var next: [Int64] = []
        for node in frontier {
            for (edge, other) in try adjacency.neighbors(of: node) {
                if let known = distance[other] {
                    if known == depth { parents[other, default: []].append((node, edge)) }
                    continue
                }
                distance[other] = depth
                parents[other] = [(node, edge)]
                next.append(other)
            }
        }
        frontier = next
        return next
    }

    /// Up to `limit` step chains from this side's start to `node`, in order from the start.
    func chains(to node: Int64, limit: Int) -> [[Step]] {
        guard let incoming = parents[node] else { return [[]] }
        var result: [[Step]] = []
        for (previous, edge) in incoming {
            for chain in chains(to: previous, limit: limit) {
                result.append(chain + [Step(from: previous, edge: edge)])
                if result.count >= limit { return result }
            }
        }
        return result
    }
}
