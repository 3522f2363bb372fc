import Testing
@testable import LoomLanguage

@Suite struct TaggerFeatureTests {
    let lexicon = TaggerLexicon.parseBrill("shares NNS\nAlibaba NNP\n;;; comment NN")

    @Test func wordFeaturesDescribeTheForm() {
        let capitalized = WordFeatures("Shares", position: 0, lexicon: lexicon)
        let lower = WordFeatures("shares", position: 3, lexicon: lexicon)
        #expect(capitalized.word == lower.word)
        #expect(capitalized.exact != lower.exact)
        #expect(capitalized.flags & 1 == 1 && capitalized.flags & 16 == 16)
        #expect(lower.flags == 64, "starts with a lower-case letter")
        #expect(capitalized.lexicon == UInt64(PennTag.NNS.rawValue) + 1, "falls back to the lower-case entry")
        #expect(WordFeatures("IBM", position: 1, lexicon: lexicon).flags & 2 == 2)
        #expect(WordFeatures("e-mail", position: 1, lexicon: lexicon).flags & 4 == 4)
        #expect(WordFeatures("1999", position: 1, lexicon: lexicon).word == WordFeatures("2024", position: 1, lexicon: lexicon).word)
        #expect(WordFeatures("1999", position: 1, lexicon: lexicon).word != WordFeatures("53", position: 1, lexicon: lexicon).word)
        #expect(WordFeatures("unknownish", position: 1, lexicon: lexicon).lexicon == 0)
        #expect(WordFeatures("a", position: 1, lexicon: lexicon).lengthBucket == 1)
        #expect(WordFeatures("international", position: 1, lexicon: lexicon).lengthBucket == 7)
        let long = String(repeating: "x", count: 500)
        #expect(WordFeatures(long, position: 1, lexicon: lexicon).word != 0)
    }

    @Test func templatesGiveDistinctKeysAndDependOnHistory() {
        let padded = TaggerFeatures.words(["Alibaba", "'s", "shares", "rose"], lexicon: lexicon)
        #expect(padded.count == 8)
        var first = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var second = first
        padded.withUnsafeBufferPointer { words in
            TaggerFeatures.collect(words, at: 2, previous: 36, previous2: 3, into: &first)
            TaggerFeatures.collect(words, at: 2, previous: 1, previous2: 3, into: &second)
        }
        #expect(Set(first).count == TaggerFeatures.count)
        let changed = zip(first, second).filter { $0 != $1 }.count
        #expect(changed > 0 && changed < TaggerFeatures.count / 2)
        var context = [UInt64](repeating: 0, count: TaggerFeatures.contextCount)
        var other = context
        padded.withUnsafeBufferPointer { words in
            TaggerFeatures.collectContext(words, at: 2, previous: 1, own: 2, n1: 22, n2: 0, into: &context)
            TaggerFeatures.collectContext(words, at: 2, previous: 1, own: 2, n1: 1, n2: 0, into: &other)
        }
        #expect(Set(context).count == TaggerFeatures.contextCount)
        #expect(Set(context).isDisjoint(with: first))
        #expect(context != other)
    }

    @Test func contextLookupStopsAtTheSentenceEdges() {
        let tags: [UInt8] = [5, 6, 7]
        tags.withUnsafeBufferPointer { buffer in
            #expect(buffer.around(0, reverse: false) == (5, 6, 7))
            #expect(buffer.around(2, reverse: false) == (7, 0, 0))
            #expect(buffer.around(1, reverse: true) == (6, 5, 0))
        }
    }

    @Test func wordClassesComeFromTheTableAndTheStem() {
        var lexicon = TaggerLexicon()
        lexicon.addMorphology([
            FeatureHash.string("pledge"): 1 | 2, FeatureHash.string("pledged"): 1 << 8 | 1 << 9,
            FeatureHash.string("quick"): 4,
        ])
        func mask(_ word: String) -> UInt64 { WordFeatures(word, position: 1, lexicon: lexicon).morphology }
        #expect(mask("pledge") == 3)
        #expect(mask("Pledged") == 1 << 8 | 1 << 9 | 1 << 14, "table bits of the lower-cased form plus the -ed stem bit")
        #expect(mask("pledges") == 1 << 12 | 1 << 13)
        #expect(mask("pledging") == 0, "the stem pledg is not a lemma")
        #expect(mask("quickly") == 1 << 15)
        #expect(mask("unknown") == 0)
    }

    @Test func headlineSentencesAreMarked() {
        let headline = TaggerFeatures.words(["Alibaba", "Shares", "Rise", "on", "Cloud", "Push"], lexicon: lexicon)
        let plain = TaggerFeatures.words(["Alibaba", "shares", "rose", "on", "Tuesday"], lexicon: lexicon)
        #expect(headline[2..<8].allSatisfy { $0.flags & 32 != 0 })
        #expect(headline[0].flags & 32 == 0, "padding stays unmarked")
        #expect(plain.allSatisfy { $0.flags & 32 == 0 })
    }

    @Test func clustersParseFromJSON() {
        let clusters = TaggerLexicon.parseClusters(#"{"apple": 45, "say \"hi\"": 9, "zero": 0}"#)
        #expect(clusters[FeatureHash.string("apple")] == 45)
        #expect(clusters[FeatureHash.string("say \"hi\"")] == 9)
        #expect(clusters[FeatureHash.string("zero")] == nil)
    }
}
