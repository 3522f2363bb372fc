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
        let lines = LineIndex(text)
        return extractions.map { extraction in
            let start = extraction.sentence.start
            return StoredSentence(
                index: extraction.sentence.index, line: lines.line(ofScalarOffset: start), start: start,
                text: extraction.sentence.text)
        }
    }
}

/// Maps Unicode-scalar offsets of a text to 1-based line numbers.
struct LineIndex {
    private var lineStarts: [Int] = [0]

    init(_ text: String) {
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\n" { lineStarts.append(offset) }
        }
    }

    func line(ofScalarOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}
