import Foundation
import LoomDocuments
import LoomGraph
import LoomLanguage
import Testing

@testable import LoomKit

/// Text that is valid but unlike news prose goes through the whole pipeline without a crash.
@Suite struct OddTextTests {
    static let oddTexts: [String] = [
        "",
        "   \n\n  ",
        ".",
        "!!! ??? ... --- ***",
        "🚀🚀🚀 🎉 👩‍👩‍👧‍👦",
        "\"\"\" ''' ``` <<<>>> &&& \\\\\\",
        String(repeating: "a", count: 5000),
        String(repeating: "word ", count: 700),
        "e\u{301}te\u{301} cafe\u{301} \u{200B}zero\u{200B}width\u{FEFF} text",
        "Tabs\tand\u{0B}vertical\u{0C}feeds\u{85}and\u{2028}separators.",
        "Apple , , , bought bought Apple Apple Apple .",
        "Mr. . Dr. . U.S. . e.g. . 1.5.2 . $ . % . 5 %",
    ]

    @Test func oddStringsAreAnalysedWithoutCrashing() throws {
        let analyzer = try Models.analyzer()
        for (number, text) in Self.oddTexts.enumerated() {
            let extractions = analyzer.analyze(Article(path: "odd-\(number).txt", text: text))
            let scalars = text.unicodeScalars.count
            for (index, extraction) in extractions.enumerated() {
                let sentence = extraction.sentence
                #expect(sentence.index == index)
                #expect(sentence.count > 0 && sentence.count <= analyzer.language.maxSentenceTokens)
                #expect(sentence.tokens.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= scalars })
                for triple in extraction.triples { #expect(triple.sentenceIndex == index) }
            }
        }
        let empty = analyzer.language.analyze(pretokenizedLine: "")
        #expect(empty.count == 0)
        let spaces = analyzer.language.analyze(pretokenizedLine: "   ")
        #expect(spaces.count == 0)
    }

    @Test func longSentencesAreCutIntoPieces() throws {
        let language = try Models.analyzer().language
        let short = LanguagePipeline(
            tokenizer: language.tokenizer, tagger: language.tagger, lemmatizer: language.lemmatizer,
            parser: language.parser, maxSentenceTokens: 10)
        let text = (1...35).map { "word\($0)" }.joined(separator: " ") + "."
        let sentences = short.analyze(text)
        #expect(sentences.map(\.count) == [10, 10, 10, 6])
        #expect(sentences.map(\.index) == [0, 1, 2, 3])
        #expect(sentences.flatMap(\.tokens).map(\.text) == language.analyze(text).flatMap(\.tokens).map(\.text))
    }

    @Test func oddFilesAreIngestedIntoAConsistentStore() async throws {
        let workspace = try Workspace()
        for (number, text) in Self.oddTexts.enumerated() {
            try workspace.write(text, to: "odd/\(number).txt")
            try workspace.write("<html><body><p>\(text)</p></body></html>", to: "odd/\(number).html")
        }
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        let report = try await Ingestor(store: store, analyzer: try Models.analyzer()).ingest([workspace.path("odd")])
        #expect(!report.cancelled)
        #expect(report.ingested + report.skipped.count == Self.oddTexts.count * 2)
        #expect(report.skipped.allSatisfy { $0.reason.contains("no text") }, "\(report.skipped)")
        let graph = try store.graph()
        let ids = Set(graph.nodes.map(\.id))
        #expect(graph.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
    }
}
