/// Descriptive data about an article, from HTML meta tags or the file itself.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var author: String?
    /// Publication date as written by the source (ISO 8601 where the page gives one).
    public var published: String?
    public var siteName: String?
    /// Language code (`en`, `en-US`), when the page declares one.
    public var language: String?

    public init(title: String? = nil, author: String? = nil, published: String? = nil, siteName: String? = nil, language: String? = nil) {
        self.title = title
        self.author = author
        self.published = published
        self.siteName = siteName
        self.language = language
    }
}

/// The readable text of one document: what Loom analyses.
public struct Article: Sendable, Hashable {
    /// The path the article was read from.
    public var path: String
    /// The article text, title first, with blocks (paragraphs, headings, list items) separated by a
    /// blank line ("\n\n"). Offsets of tokens refer to this string.
    public var text: String
    public var metadata: ArticleMetadata
    /// Problems met while reading that did not stop it (e.g. "invalid UTF-8 replaced at 3 places").
    public var warnings: [String]

    public init(path: String, text: String, metadata: ArticleMetadata = ArticleMetadata(), warnings: [String] = []) {
        self.path = path
        self.text = text
        self.metadata = metadata
        self.warnings = warnings
    }
}
