import LoomDocuments
import LoomExtraction
import LoomLanguage

/// Article text → analysed sentences with their triples: the Language and Extraction stages together.
public struct ArticleAnalyzer: Sendable {
    public let language: LanguagePipeline
    public let extractor: Extractor

    public init(language: LanguagePipeline, extractor: Extractor = Extractor()) {
        self.language = language
        self.extractor = extractor
    }

    /// Loads the bundled models.
    public static func bundled() throws(ModelFileError) -> ArticleAnalyzer {
        ArticleAnalyzer(language: try LanguagePipeline.bundled())
    }

    /// Every sentence of the article with the triples extracted from it.
    ///
    /// Statements someone is reported to have made (`Y` in `X said that Y`, see
    /// ``Triple/attributedTo``) are claims, not facts: they are left out unless `includeReported`
    /// (the graph keeps `(X; said; Y)` itself).
    public func analyze(_ article: Article, includeReported: Bool = false) -> [SentenceExtraction] {
        language.analyze(article.text).map { sentence in
            var triples = extractor.extract(from: sentence)
            if !includeReported { triples.removeAll { $0.attributedTo != nil } }
            return SentenceExtraction(sentence: sentence, triples: triples)
        }
    }
}
