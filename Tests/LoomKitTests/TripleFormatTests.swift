import Foundation
import LoomDocuments
import LoomExtraction
import Testing

@testable import LoomKit

/// `loom extract` output: JSON lines with provenance and offsets, CaRB lines, pre-tokenized input.
@Suite struct TripleFormatTests {
    /// Whether a phrase is made of adjacent tokens (so its offsets cover exactly its text).
    static func isContiguous(_ phrase: Phrase) -> Bool {
        guard let first = phrase.tokens.first, let last = phrase.tokens.last else { return false }
        return phrase.tokens == Array(first...last)
    }

    @Test func jsonLinesCarryProvenanceAndScalarOffsets() throws {
        let workspace = try Workspace()
        // The emoji and é before most phrases make UTF-16 or byte offsets differ from scalar offsets.
        let path = try workspace.write(Articles.startups + "\n\nZoë Ball praised Rocket 🚀 Labs.", to: "startups.txt")
        var lines: [String] = []
        let failed = try ExtractCommand.run(files: [path], format: .jsonl, sentencesPerLine: false) { lines.append($0) }
        #expect(failed == 0)

        let analyzer = try Models.analyzer()
        let article = try DocumentReader().read(URL(fileURLWithPath: path))
        let extractions = analyzer.analyze(article)
        let triples = extractions.flatMap { extraction in extraction.triples.map { (extraction.sentence, $0) } }
        try #require(lines.count == triples.count && lines.count >= 4)

        let scalars = Array(article.text.unicodeScalars)
        func slice(_ object: [String: Any], _ name: String) throws -> String {
            let start = try #require(object[name + "Start"] as? Int), end = try #require(object[name + "End"] as? Int)
            try #require(0 <= start && start <= end && end <= scalars.count)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        var contiguous = 0
        for (line, (sentence, triple)) in zip(lines, triples) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["subject"] as? String == triple.subject.text)
            #expect(object["relation"] as? String == triple.relation.text)
            #expect(object["object"] as? String == triple.object.text)
            let confidence = try #require(object["confidence"] as? Double)
            #expect((0...1).contains(confidence))
            #expect(object["document"] as? String == path)
            #expect(object["sentence"] as? String == sentence.text)
            #expect(object["sentenceIndex"] as? Int == sentence.index)
            #expect(object["relationKey"] is String && object["arguments"] is [Any] && object["negated"] is Bool)
            for (name, phrase) in [("subject", triple.subject), ("object", triple.object)] where Self.isContiguous(phrase) {
                #expect(try slice(object, name) == phrase.text, "\(name) offsets of \(line)")
                contiguous += 1
            }
        }
        #expect(contiguous >= 4)
        #expect(lines.contains { $0.contains("\"subject\":\"Rocket 🚀 Labs\"") || $0.contains("\"object\":\"Rocket 🚀 Labs\"") })

        // Python's json (stricter than Foundation about control characters) reads every line too.
        let script = "import json, sys\nprint(sum(1 for line in open(sys.argv[1], encoding='utf-8') if json.loads(line)))"
        let file = try workspace.write(lines.joined(separator: "\n") + "\n", to: "triples.jsonl")
        let count = try #require(try Tools.python(script, [file]))
        #expect(count.trimmingCharacters(in: .whitespacesAndNewlines) == String(lines.count))
    }

    @Test func carbLinesHaveSentenceConfidenceRelationAndArguments() throws {
        let workspace = try Workspace()
        let input = [
            "Arsenal signed Kai Havertz from Chelsea on Friday .",
            "The company , based in Dallas , employs 400 engineers .",
            "Maria Lopez , the founder of Rocket Labs , lives in Berlin .",
        ]
        let path = try workspace.write(input.joined(separator: "\n") + "\n\n", to: "sentences.txt")
        var lines: [String] = []
        let failed = try ExtractCommand.run(files: [path], format: .carb, sentencesPerLine: true) { lines.append($0) }
        #expect(failed == 0)
        #expect(lines.count >= 3)
        var seen: Set<String> = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count >= 5, "\(line)")
            #expect(input.contains(fields[0]), "the sentence is given back exactly: \(fields[0])")
            let confidence = try #require(Double(fields[1]))
            #expect((0...1).contains(confidence))
            #expect(!fields[2].isEmpty && !fields[3].isEmpty && !fields[4].isEmpty)
            seen.insert(fields[0])
        }
        #expect(seen == Set(input), "every sentence yields a triple")

        var rows: [String] = []
        _ = try ExtractCommand.run(files: [path], format: .tsv, sentencesPerLine: true) { rows.append($0) }
        #expect(rows.count == lines.count)
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 6, "\(row)")
            #expect(fields[0] == path)
            #expect(["0", "1", "2"].contains(fields[1]), "sentence index counts the non-empty lines")
            #expect(Double(fields[5]).map { (0...1).contains($0) } == true)
        }
    }

    @Test func aPretokenizedLineKeepsItsTokens() throws {
        let analyzer = try Models.analyzer()
        let line = "The U.S.-based firm Acme&Co  did n't say \"no\" to Zoë 🚀 Labs\\Inc ."
        let sentence = analyzer.language.analyze(pretokenizedLine: line, index: 7)
        #expect(sentence.tokens.map(\.text) == line.split(separator: " ").map(String.init))
        #expect(sentence.index == 7)
        #expect(sentence.tags.count == sentence.count && sentence.heads.count == sentence.count)
        let scalars = Array(line.unicodeScalars)
        for token in sentence.tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
        }
        #expect(sentence.heads.filter { $0 == -1 }.count == 1, "one root")
    }

    @Test func extractReportsFilesItCannotReadAndGoesOn() throws {
        let workspace = try Workspace()
        let good = try workspace.write(Articles.football, to: "sport.txt")
        let empty = try workspace.write("", to: "empty.txt")
        for sentencesPerLine in [false, true] {
            var lines: [String] = []
            let failed = try ExtractCommand.run(
                files: [workspace.path("missing.txt"), empty, good], format: .tsv, sentencesPerLine: sentencesPerLine
            ) { lines.append($0) }
            #expect(failed == (sentencesPerLine ? 1 : 2), "a missing file always fails; an empty one has no text")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix(good + "\t") })
        }
    }
}
