import Foundation
import LoomGraph

/// Narrows a graph before export; the same filter works for every format.
///
/// Steps run in this order, each on the result of the previous one:
/// 1. **Edge filters** — `relation`, `minCount`, `minConfidence`, `documents` keep the edges that pass all
///    of them. When at least one edge filter is set, nodes left without any edge are dropped (a node
///    matters to the export only through its relations); without edge filters isolated nodes stay.
/// 2. **Types** — keep nodes of the given types (all when empty) and the edges between kept nodes.
/// 3. **Around** — keep the nodes within `depth` hops (edges followed both ways) of every node whose
///    label or alias equals `around` (case-insensitive), and the edges among them.
/// 4. **Top** — keep the `top` nodes of highest degree in what is left (ties: smaller id first) and the
///    edges among them.
///
/// Degrees are recomputed on the result; nodes and edges stay sorted by id.
public struct GraphFilter: Sendable, Hashable {
    /// Entity (label or any alias, case-insensitive) whose neighbourhood to keep.
    public var around: String?
    /// Hops from the `around` entity (0 = the entity alone).
    public var depth: Int
    /// Case-insensitive substring of the edge label or relation key.
    public var relation: String?
    /// Entity types to keep; empty keeps every type.
    public var types: Set<EntityType>
    /// Smallest number of merged mentions an edge must have.
    public var minCount: Int
    /// Smallest best-confidence an edge must have.
    public var minConfidence: Double
    /// Keep only this many highest-degree nodes.
    public var top: Int?
    /// fnmatch-style globs (`*`, `?`, `[a-z]`, `[!x]`; `*` also crosses `/`); an edge passes when one of
    /// its source documents (or evidence documents) matches one of them.
    public var documents: [String]

    /// Creates a filter; the defaults keep everything.
    public init(
        around: String? = nil, depth: Int = 1, relation: String? = nil, types: Set<EntityType> = [],
        minCount: Int = 0, minConfidence: Double = 0, top: Int? = nil, documents: [String] = []
    ) {
        self.around = around
        self.depth = depth
        self.relation = relation
        self.types = types
        self.minCount = minCount
        self.minConfidence = minConfidence
        self.top = top
        self.documents = documents
    }

    /// Whether the filter keeps every node and edge.
    public var isEmpty: Bool { around == nil && !hasEdgeFilters && types.isEmpty && top == nil }

    /// Whether any edge-level condition is set.
    public var hasEdgeFilters: Bool {
        (relation.map { !$0.isEmpty } ?? false) || minCount > 0 || minConfidence > 0 || !documents.isEmpty
    }

    /// Checks the ranges of the numeric options.
    ///
    /// - Throws: ``ExportError/invalidFilter(_:)`` naming the bad option.
    public func validate() throws(ExportError) {
        if depth < 0 { throw .invalidFilter("--depth must be 0 or more (got \(depth))") }
        if let top, top < 1 { throw .invalidFilter("--top must be at least 1 (got \(top))") }
        if minCount < 0 { throw .invalidFilter("--min-count must be 0 or more (got \(minCount))") }
        if !(0...1).contains(minConfidence) {
            throw .invalidFilter("--min-confidence must be between 0 and 1 (got \(minConfidence))")
        }
        if let around, around.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalidFilter("--around needs an entity name")
        }
        for pattern in documents where GlobPattern(pattern) == nil {
            throw .invalidFilter("--documents pattern \"\(pattern)\" has an unclosed [")
        }
    }

    /// The ids of the nodes `around` names: label or any alias equal to it, ignoring case and
    /// surrounding whitespace.
    public func anchors(in graph: KnowledgeGraph) -> [Int64] {
        guard let around else { return [] }
        let query = around.trimmingCharacters(in: .whitespaces)
        return graph.nodes.filter { node in
            Self.sameName(node.label, query) || node.aliases.contains { Self.sameName($0.text, query) }
        }.map(\.id)
    }

    static func sameName(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: .caseInsensitive) == .orderedSame
    }
}
