/// What the store keeps about one ingested document.
public struct DocumentRecord: Sendable, Hashable, Codable {
    /// The path the document was read from; documents are identified by it.
    public var path: String
    /// A hash of the document's content; a different hash means the document changed.
    public var contentHash: String
    public var title: String?
    public var author: String?
    public var published: String?
    public var siteName: String?
    public var language: String?
    /// Number of sentences the document was split into.
    public var sentenceCount: Int

    public init(
        path: String, contentHash: String, title: String? = nil, author: String? = nil, published: String? = nil,
        siteName: String? = nil, language: String? = nil, sentenceCount: Int = 0
    ) {
        self.path = path
        self.contentHash = contentHash
        self.title = title
        self.author = author
        self.published = published
        self.siteName = siteName
        self.language = language
        self.sentenceCount = sentenceCount
    }
}

/// A sentence kept as evidence for the triples taken from it.
public struct StoredSentence: Sendable, Hashable, Codable {
    /// 0-based index of the sentence in its document (``Triple/sentenceIndex``).
    public var index: Int
    /// 1-based line of the sentence's first character in the article text.
    public var line: Int
    /// Unicode-scalar offset of the sentence's first character in the article text.
    public var start: Int
    public var text: String

    public init(index: Int, line: Int, start: Int, text: String) {
        self.index = index
        self.line = line
        self.start = start
        self.text = text
    }
}

/// Whether a document needs ingesting.
public enum DocumentStatus: String, Sendable, Hashable, Codable {
    /// The store has never seen the path.
    case new
    /// The store holds the same content for the path: nothing to do.
    case unchanged
    /// The store holds another version (or an unfinished ingest) of the path.
    case changed
}

/// What one ``GraphStore/ingest(_:triples:sentences:)`` did.
public struct IngestCounts: Sendable, Hashable, Codable {
    /// Triples stored as mentions.
    public var mentions = 0
    /// Entities and edges created by this document.
    public var newEntities = 0
    public var newEdges = 0
    /// Mentions of an earlier version of the document that were replaced.
    public var replacedMentions = 0
    /// Edges and entities deleted because only the earlier version supported them.
    public var removedEdges = 0
    public var removedEntities = 0
    /// True when nothing was written because the store already held this version complete (another
    /// process wrote it first; see `ingest(_:triples:sentences:unlessUnchanged:)`).
    public var unchanged = false

    public init() {}
}
