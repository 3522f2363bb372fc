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
    public func analyze(_ article: Article) -> [SentenceExtraction] {
        language.analyze(article.text).map { sentence in
            SentenceExtraction(sentence: sentence, triples: extractor.extract(from: sentence))
        }
    }
}
