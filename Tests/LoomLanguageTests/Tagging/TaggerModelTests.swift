import Foundation
import Testing
@testable import LoomLanguage

@Suite struct TaggerModelTests {
    @Test func trainingIsDeterministic() throws {
        let first = try TaggerTestSupport.train().serialized()
        let second = try TaggerTestSupport.train().serialized()
        #expect(first == second)
        #expect(first.count > 100)
        #expect(Array(first.prefix(8)) == Array("LOOMTAG3".utf8))
    }

    @Test func learnsTheTinyTreebank() throws {
        let tagger = try TaggerTestSupport.train(folds: 0)
        for sentence in try TaggerTestSupport.sentences() {
            #expect(tagger.tag(sentence.forms) == sentence.tags)
        }
        #expect(tagger.tag([]).isEmpty)
    }

    @Test func saveAndLoadGiveTheSameTags() throws {
        let tagger = try TaggerTestSupport.train()
        let bytes = tagger.serialized()
        let loaded = try PartOfSpeechTagger(bytes: bytes)
        #expect(loaded.serialized() == bytes)
        let probes = [["The", "company", "rose", "."], ["Jack", "bought", "pears", "on", "Tuesday"], ["unseenword"]]
        for words in probes + (try TaggerTestSupport.sentences()).map(\.forms) {
            #expect(loaded.tag(words) == tagger.tag(words))
        }
        #expect(loaded.wasSeenInTraining("company") && !loaded.wasSeenInTraining("unseenword"))
        #expect(loaded.secondReversed == tagger.secondReversed && loaded.second != nil)
    }

    @Test func cachedScoresGiveTheSameTagsAsFullLookups() throws {
        for folds in [0, 2] {
            let tagger = try TaggerTestSupport.train(folds: folds)
            #expect(!tagger.cache.forms.isEmpty)
            let probes = [
                ["The", "company", "was", "founded", "by", "Jack", "Ma", "."], ["Shares", "rose", "5", "%", "on", "Tuesday"],
                ["unseen", "The", "pears", "company", "rose", "rose"], ["company"], [String(repeating: "x", count: 80), "."],
            ]
            for words in probes { #expect(tagger.tag(words) == tagger.referenceTags(words), "\(words)") }
        }
    }

    @Test func badFilesThrowModelFileErrors() throws {
        let bytes = try TaggerTestSupport.train().serialized()
        func rejects(_ data: [UInt8]) -> Bool {
            do {
                _ = try PartOfSpeechTagger(bytes: data, name: "bad.model")
                return false
            } catch {
                return true
            }
        }
        #expect(rejects([]))
        #expect(rejects(Array("LOOMTAG1".utf8) + bytes.dropFirst(8)))
        #expect(rejects(bytes + [0]))
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            #expect(rejects(Array(bytes.prefix(length))), "prefix of \(length) bytes")
        }
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<50 {
            let garbage = Array("LOOMTAG3".utf8) + (0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(rejects(garbage))
        }
        var badPasses = bytes
        badPasses[8] = 9
        #expect(rejects(badPasses))
        do {
            _ = try PartOfSpeechTagger(bytes: Array("NOTAMODEL".utf8), name: "x.model")
            Issue.record("garbage accepted")
        } catch {
            #expect(error == .wrongFormat("x.model", expected: "Loom tagger"))
            #expect(error.description.contains("x.model"))
        }
        #expect(throws: ModelFileError.self) {
            try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: "/nonexistent/tagger.model"))
        }
    }

    @Test func malformedTreebankNamesFileAndLine() {
        let text = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tcompany\tcompany\tNOUN\tBOGUS\t_\t0\troot\t_\t_\n"
        do {
            _ = try CoNLLUReader.parse(text, name: "broken.conllu")
            Issue.record("accepted an unknown tag")
        } catch {
            #expect(error.file == "broken.conllu")
            #expect(error.line == 2)
            #expect(error.description.contains("broken.conllu"))
        }
        do {
            _ = try CoNLLUReader.parse("1\tonly\tfour\tfields\n", name: "short.conllu")
            Issue.record("accepted a short line")
        } catch {
            #expect(error.line == 1)
        }
    }
}
