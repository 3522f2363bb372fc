/// The kind of real-world thing an entity is.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case location = "LOCATION"
    case money = "MONEY"
    case percent = "PERCENT"
    case date = "DATE"
    case quantity = "QUANTITY"
    case other = "OTHER"
}

/// One surface form of an entity and how often it was seen.
public struct Alias: Sendable, Hashable, Codable {
    public var text: String
    public var count: Int

    public init(text: String, count: Int) {
        self.text = text
        self.count = count
    }
}

/// One node of the graph: a real-world entity with every name it was mentioned by.
public struct GraphNode: Sendable, Hashable, Codable {
    /// Stable id within one store.
    public var id: Int64
    /// Display label: the most complete common form of the name.
    public var label: String
    public var type: EntityType
    /// Every surface form, most frequent first.
    public var aliases: [Alias]
    /// How many times the entity was mentioned in triples.
    public var mentionCount: Int
    /// Number of edges touching the node (in and out).
    public var degree: Int

    public init(id: Int64, label: String, type: EntityType, aliases: [Alias], mentionCount: Int, degree: Int) {
        self.id = id
        self.label = label
        self.type = type
        self.aliases = aliases
        self.mentionCount = mentionCount
        self.degree = degree
    }
}

/// Where one mention of an edge was found.
public struct Evidence: Sendable, Hashable, Codable {
    /// The document's path as ingested.
    public var document: String
    /// 0-based sentence index in the document.
    public var sentenceIndex: Int
    /// 1-based line of the sentence's first character in the article text.
    public var line: Int
    /// The sentence text.
    public var sentence: String
    /// Unicode-scalar offsets of the triple's parts in the article text.
    public var subjectRange: Range<Int>
    public var relationRange: Range<Int>
    public var objectRange: Range<Int>
    /// The extraction's confidence for this mention.
    public var confidence: Double
    /// The document's title and publication date, when it has them (from the page's metadata).
    public var title: String?
    public var published: String?

    public init(
        document: String, sentenceIndex: Int, line: Int, sentence: String, subjectRange: Range<Int>,
        relationRange: Range<Int>, objectRange: Range<Int>, confidence: Double, title: String? = nil,
        published: String? = nil
    ) {
        self.document = document
        self.sentenceIndex = sentenceIndex
        self.line = line
        self.sentence = sentence
        self.subjectRange = subjectRange
        self.relationRange = relationRange
        self.objectRange = objectRange
        self.confidence = confidence
        self.title = title
        self.published = published
    }
}

/// One edge of the graph: every mention of (subject, relation key, object) merged.
public struct GraphEdge: Sendable, Hashable, Codable {
    public var id: Int64
    public var source: Int64
    public var target: Int64
    /// The relation as displayed (its most frequent surface form).
    public var label: String
    /// The lemma-based relation key edges are merged on (`pledge to invest`).
    public var relationKey: String
    /// Number of mentions merged into the edge.
    public var count: Int
    /// The best confidence among the mentions.
    public var confidence: Double
    /// Paths of the documents the mentions come from, sorted.
    public var documents: [String]
    /// Some or all mentions, depending on what was asked of the store.
    public var evidence: [Evidence]

    public init(
        id: Int64, source: Int64, target: Int64, label: String, relationKey: String, count: Int,
        confidence: Double, documents: [String], evidence: [Evidence] = []
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.label = label
        self.relationKey = relationKey
        self.count = count
        self.confidence = confidence
        self.documents = documents
        self.evidence = evidence
    }
}

/// A whole graph (or a part of one) as plain values: what the store hands to exporters.
/// Nodes are sorted by id and edges by id, so output built from it is deterministic.
public struct KnowledgeGraph: Sendable, Hashable, Codable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
