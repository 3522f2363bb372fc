import Foundation
import Testing
@testable import LoomLanguage

/// The bundled model on a few news sentences and on inputs a pipeline can meet.
@Suite struct BundledTaggerTests {
    static let tagger = try! PartOfSpeechTagger.bundled()

    @Test(arguments: [
        "Alibaba/NNP 's/POS shares/NNS rose/VBD 5/CD %/NN on/IN Tuesday/NNP ./.",
        "The/DT company/NN said/VBD it/PRP would/MD spend/VB $/$ 53/CD billion/CD on/IN cloud/NN computing/NN ./.",
        "Eddie/NNP Wu/NNP ,/, the/DT chief/JJ executive/NN ,/, pledged/VBD to/TO invest/VB more/JJR money/NN ./.",
        "Investors/NNS were/VBD worried/JJ about/IN the/DT slowing/VBG economy/NN ./.",
    ])
    func tagsNewsSentences(_ tagged: String) {
        var words: [String] = []
        var gold: [PennTag] = []
        for pair in tagged.split(separator: " ") {
            let parts = pair.split(separator: "/", omittingEmptySubsequences: false)
            words.append(parts.dropLast().joined(separator: "/"))
            gold.append(PennTag(name: String(parts.last!))!)
        }
        let tags = Self.tagger.tag(words)
        let wrong = zip(words, zip(tags, gold)).filter { $1.0 != $1.1 }.map { "\($0): \($1.0) not \($1.1)" }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func cachedScoresMatchFullLookups() {
        let sentences = [
            "Alibaba 's Hong Kong shares rose 5 % on Tuesday after the company said it would spend $ 53 billion .",
            "Chief Executive Officer Eddie Wu pledged to invest 380 billion yuan in cloud computing infrastructure .",
            "The Zxqwv frobnicated gleefully , whereas Mr. Qwertyuiop 's unheard-of gizmos didn't .",
        ]
        for sentence in sentences {
            let words = sentence.split(separator: " ").map(String.init)
            #expect(Self.tagger.tag(words) == Self.tagger.referenceTags(words))
        }
    }

    @Test func handlesOddInputs() {
        let tagger = Self.tagger
        #expect(tagger.tag([]).isEmpty)
        #expect(tagger.tag(["."]).count == 1)
        let long = (0..<2000).map { $0 % 10 == 9 ? "," : "word\($0)" }
        #expect(tagger.tag(long).count == 2000)
        let odd = ["", " ", String(repeating: "ß", count: 300), "🙂", "e-mail@example.com", "http://x.y/z", "\u{0}"]
        #expect(tagger.tag(odd).count == odd.count)
        #expect(tagger.second == nil, "the bundled model is the one-pass tagger (Resources/MODELS.md)")
    }

    @Test func loadsQuickly() throws {
        let url = try #require(Bundle.module.url(forResource: "tagger", withExtension: "model", subdirectory: "Resources"))
        let clock = ContinuousClock()
        var loaded: PartOfSpeechTagger?
        let elapsed = try clock.measure { loaded = try PartOfSpeechTagger(contentsOf: url) }
        #expect(loaded != nil)
        // Generous bound for a debug build on a shared machine (release: well under 100 ms).
        #expect(elapsed < .seconds(5))
    }
}
