import Foundation
import Testing
import LoomLanguage
@testable import LoomExtraction

/// The confidence model: one weight per feature, and rankings that follow the features' evidence.
@Suite struct ConfidenceTests {
    @Test func everyFeatureHasOneWeight() throws {
        #expect(ConfidenceFeatures.names.count == ConfidenceWeights.weights.count)
        #expect(Set(ConfidenceFeatures.names).count == ConfidenceFeatures.names.count)
        let features = Extractor().confidenceFeatures(of: ExtractorFieldTests.negated)
        #expect(features.count == Extractor().extract(from: ExtractorFieldTests.negated).count)
        #expect(features.allSatisfy { $0.count == ConfidenceFeatures.names.count })
    }

    @Test func aPossessiveRanksBelowTheClauseOfTheSameSentence() {
        let triples = Extractor().extract(from: sentence("""
            Alibaba NNP Alibaba 3 nmod:poss
            's POS 's 1 case
            chief NN chief 4 nsubj
            bought VBD buy 0 root
            shares NNS share 4 obj
            . . . 4 punct
            """))
        let clause = triples.first { $0.rule == "svo" }, possessive = triples.first { $0.rule == "poss" }
        #expect(clause != nil && possessive != nil)
        #expect((clause?.confidence ?? 0) > (possessive?.confidence ?? 1))
    }

    @Test func anEmbeddedClauseRanksBelowTheMainClause() {
        let triples = Extractor().extract(from: sentence("""
            Wu NNP Wu 2 nsubj
            bought VBD buy 0 root
            shares NNS share 2 obj
            because IN because 7 mark
            the DT the 6 det
            price NN price 7 nsubj
            fell VBD fall 2 advcl
            to IN to 10 case
            a DT a 10 det
            record NN record 10 compound
            low NN low 7 obl
            . . . 2 punct
            """))
        let main = triples.first { $0.relation.text == "bought" }
        let embedded = triples.first { $0.relation.text.hasPrefix("fell") }
        #expect(main != nil && embedded != nil)
        #expect((main?.confidence ?? 0) > (embedded?.confidence ?? 1))
    }

    @Test func aDoubtfulParseRanksBelowASureOne() {
        var analyzed = sentence("""
            Wu NNP Wu 2 nsubj
            bought VBD buy 0 root
            shares NNS share 2 obj
            . . . 2 punct
            """)
        let unknown = Extractor().extract(from: analyzed).first { $0.rule == "svo" }
        analyzed.attachmentMargins = [40, 50, 40, 50]
        let sure = Extractor().extract(from: analyzed).first { $0.rule == "svo" }
        analyzed.attachmentMargins = [40, 50, 0.5, 50]
        let doubtful = Extractor().extract(from: analyzed).first { $0.rule == "svo" }
        #expect(sure != nil && doubtful != nil && unknown != nil)
        #expect((sure?.confidence ?? 0) > (doubtful?.confidence ?? 1))
        let features = Extractor().confidenceFeatures(of: analyzed)
        let margin = ConfidenceFeatures.names.firstIndex(of: "parser margin at heads")!
        #expect(features.allSatisfy { abs($0[margin] - log1p(0.5)) < 1e-6 })
    }
}
