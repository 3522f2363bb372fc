import Foundation
import Testing
@testable import LoomLanguage

/// A second pass that retags only the first pass's doubtful words (``PartOfSpeechTagger/secondPassMargin``).
@Suite struct GatedSecondPassTests {
    static let probes = [
        ["The", "company", "was", "founded", "by", "Jack", "Ma", "."], ["Shares", "rose", "5", "%", "on", "Tuesday"],
        ["unseen", "The", "pears", "company", "rose", "rose"], ["company"], ["bought", "unseen", "words", "by", "Ma", "."],
    ]

    /// The same passes with another margin.
    static func gated(_ tagger: PartOfSpeechTagger, margin: Int32?, passes: Int = 2) -> PartOfSpeechTagger {
        PartOfSpeechTagger(
            passes: Array(tagger.passes.prefix(passes)), secondPassMargin: margin, lexicon: tagger.lexicon,
            dictionary: tagger.dictionary, vocabulary: tagger.vocabulary, cachedForms: tagger.cache.forms)
    }

    @Test func marginsBetweenNoneAndAllRetagging() throws {
        for reverse in [false, true] {
            let full = try TaggerTestSupport.train(folds: 2, reverse: reverse)
            #expect(full.secondPassMargin == nil)
            #expect(full.cache.blocks[1].count == (full.cache.features.count + 1) * full.passes[1].blockSize)
            let firstOnly = Self.gated(full, margin: nil, passes: 1)
            let everything = Self.gated(full, margin: Int32.max / 2)
            let nothing = Self.gated(full, margin: 0)
            let some = Self.gated(full, margin: 40)
            for words in Self.probes + (try TaggerTestSupport.sentences()).map(\.forms) {
                #expect(everything.tag(words) == full.tag(words), "\(words)")
                #expect(nothing.tag(words) == firstOnly.tag(words), "\(words)")
                #expect(some.tag(words) == some.referenceTags(words), "\(words)")
                #expect(everything.referenceTags(words) == full.tag(words), "\(words)")
            }
        }
    }

    @Test func trainedMarginIsSavedAndLoaded() throws {
        for reverse in [false, true] {
            let tagger = try TaggerTestSupport.train(folds: 2, reverse: reverse, secondPassShare: 0.5)
            let margin = try #require(tagger.secondPassMargin)
            #expect(margin > 0)
            // The second pass computes the block sections it needs per sentence: only its padding block is cached.
            #expect(tagger.cache.blocks[0].count == (tagger.cache.features.count + 1) * tagger.passes[0].blockSize)
            #expect(tagger.cache.blocks[1].count == tagger.passes[1].blockSize)
            let bytes = tagger.serialized()
            #expect(bytes[8] == (reverse ? 6 : 5))
            let loaded = try PartOfSpeechTagger(bytes: bytes)
            #expect(loaded.secondPassMargin == margin && loaded.secondReversed == reverse)
            #expect(loaded.serialized() == bytes)
            for words in Self.probes {
                #expect(loaded.tag(words) == tagger.tag(words))
                #expect(tagger.tag(words) == tagger.referenceTags(words), "\(words)")
            }
            #expect(throws: ModelFileError.self) { try PartOfSpeechTagger(bytes: Array(bytes.prefix(bytes.count - 1))) }
        }
    }
}
