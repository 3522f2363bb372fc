/// An entity as query results name it.
public struct EntityRef: Sendable, Hashable, Codable {
    /// The entity's id in the store (``GraphNode/id``).
    public var id: Int64
    /// The display label.
    public var label: String
    public var type: EntityType

    public init(id: Int64, label: String, type: EntityType) {
        self.id = id
        self.label = label
        self.type = type
    }
}

/// One edge found by a query, with its ends named and some evidence.
public struct EdgeMatch: Sendable, Hashable, Codable {
    /// The edge's id in the store (``GraphEdge/id``).
    public var id: Int64
    public var subject: EntityRef
    /// The relation's display label (its most frequent surface form).
    public var relation: String
    public var relationKey: String
    public var object: EntityRef
    /// Number of mentions merged into the edge.
    public var count: Int
    /// Best confidence among the mentions.
    public var confidence: Double
    /// The best mentions, as many as asked for.
    public var evidence: [Evidence]
}

/// What to look for with ``GraphQuery/edges(matching:)``; every given field must match.
public struct EdgeFilter: Sendable, Hashable {
    /// A name of the subject entity (any alias or key, case-insensitive).
    public var subject: String?
    /// The relation: its key or a surface form (case-insensitive); else any relation containing it.
    public var relation: String?
    /// A name of the object entity.
    public var object: String?
    /// Only edges with an end (subject or object) of this type.
    public var type: EntityType?
    public var minConfidence: Double
    public var limit: Int
    /// Evidence sentences per edge.
    public var evidence: Int

    public init(
        subject: String? = nil, relation: String? = nil, object: String? = nil, type: EntityType? = nil,
        minConfidence: Double = 0, limit: Int = 50, evidence: Int = 0
    ) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.type = type
        self.minConfidence = minConfidence
        self.limit = limit
        self.evidence = evidence
    }
}

/// An edge reached from the center of a ``Neighborhood``.
public struct NeighborEdge: Sendable, Hashable, Codable {
    /// How many hops from the center the edge's far end is (1 for direct neighbors).
    public var distance: Int
    public var edge: EdgeMatch
}

/// The entities around one entity, found breadth-first over edges in both directions.
public struct Neighborhood: Sendable, Hashable, Codable {
    /// The entities the name denotes (several when it is ambiguous).
    public var centers: [EntityRef]
    public var edges: [NeighborEdge]
    /// True when the node limit stopped the search early.
    public var truncated: Bool
}

/// One hop of a ``RelationPath``.
public struct PathHop: Sendable, Hashable, Codable {
    public var edge: EdgeMatch
    /// True when the path follows the edge from subject to object, false when it goes against it.
    public var forward: Bool
}

/// A chain of edges from one entity to another.
public struct RelationPath: Sendable, Hashable, Codable {
    public var hops: [PathHop]
}

/// A name with a count, for top lists.
public struct RankedName: Sendable, Hashable, Codable {
    public var name: String
    public var type: EntityType?
    public var count: Int
}

/// Size and content overview of a store.
public struct StoreStatistics: Sendable, Hashable, Codable {
    public var documents: Int
    public var sentences: Int
    public var entities: Int
    /// Entity counts per type, in ``EntityType`` order (types with no entity left out).
    public var entitiesByType: [RankedName]
    public var edges: Int
    public var mentions: Int
    public var relations: Int
    /// Entities with the most mentions.
    public var topEntities: [RankedName]
    /// Relation keys with the most mentions.
    public var topRelations: [RankedName]
}

extension EntityType {
    /// The type named case-insensitively (`person`, `PERSON`), or nil.
    public init?(caseInsensitive name: String) {
        self.init(rawValue: name.uppercased())
    }
}
