import Testing
import LoomExtraction
import LoomLanguage
@testable import LoomGraph

/// A title-case headline is read after the body, with its names and vocabulary.
@Suite struct HeadlineTests {
    typealias S = SentenceBuilder

    private func body() -> [(AnalyzedSentence, [Triple])] {
        let first = ClauseBuilder.clause("Alibaba/NNP/compound Group/NNP/compound Holding/NNP/compound Ltd./NNP/-",
                                         "pledged", "cloud/NN/compound spending/NN/-", index: 1)
        let second = ClauseBuilder.clause("Alibaba/NNP/-", "expects", "demand/NN/-", index: 2)
        return [(first.0, [first.1]), (second.0, [second.1])]
    }

    @Test func mistaggedHeadlineVerbDoesNotRenameTheCompany() throws {
        // `Alibaba Pledges Billions for Cloud`, every word tagged NNP(S), `Pledges` as the root.
        let headline = S.sentence(
            "Alibaba/NNP/2/compound Pledges/NNP/0/root Billions/NNPS/2/obj for/IN/5/case Cloud/NNP/3/nmod")
        let triple = S.triple(headline, "Alibaba", "Pledges", "Cloud")
        let result = S.resolve([(headline, [triple])] + body())
        #expect(result[0].subject.key == "alibaba")
        #expect(result[0].object.key == "~cloud")  // the body says `cloud` in lower case
        #expect(result[1].subject.key == "alibaba")
        #expect(result[2].subject.key == "alibaba")
    }

    @Test func sentenceWithLowerCaseWordsIsNotAHeadline() {
        #expect(!Headline.isTitleCase(S.sentence(
            "Meta/NNP/3/compound Platforms/NNPS/3/compound sued/VBD/0/root Helio/NNP/5/compound Grid/NNP/3/obj")))
        #expect(Headline.isTitleCase(S.sentence(
            "Washington/NNP/2/compound Growers/NNPS/3/nsubj Expect/VBP/0/root Larger/JJR/6/amod Apple/NNP/6/compound Harvest/NN/3/obj")))
    }

    @Test func knownNamesCutHeadlineRuns() {
        let headline = Headline(body: [], knownKeys: ["alibaba", "meta platforms"])
        let sentence = S.sentence(
            "Alibaba/NNP/2/compound Pledges/NNP/0/root Meta/NNP/5/compound Platforms/NNPS/5/compound Rises/NNP/2/obj")
        #expect(headline.segment(0...1, of: sentence) == [0...0, 1...1])
        #expect(headline.segment(2...4, of: sentence) == [2...3, 4...4])
        #expect(headline.segment(4...4, of: sentence) == [4...4])
    }
}
