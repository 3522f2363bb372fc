import LoomDocuments
import LoomExtraction
import LoomGraph

/// Turns an analysed article into what the store keeps: the document record and its sentences with
/// the line each starts on.
enum ArticleRecord {
    static func document(_ article: Article, hash: String, sentenceCount: Int) -> DocumentRecord {
        DocumentRecord(
            path: article.path, contentHash: hash, title: article.metadata.title, author: article.metadata.author,
            published: article.metadata.published, siteName: article.metadata.siteName,
            language: article.metadata.language, sentenceCount: sentenceCount)
    }

    static func sentences(_ extractions: [SentenceExtraction], text: String) -> [StoredSentence] {
        let lines = LineIndex(text: text)
        return extractions.map { extraction in
            let start = extraction.sentence.start
            return StoredSentence(
                index: extraction.sentence.index, line: lines.line(atScalarOffset: start), start: start,
                text: extraction.sentence.text)
        }
    }
}

