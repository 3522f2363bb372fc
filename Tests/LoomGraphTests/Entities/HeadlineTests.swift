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

    /// `Northwind Bank Profit Rises 12 Percent`: the profit rose, not the bank.
    @Test func commonNounAfterAKnownNameHeadsTheHeadlinePhrase() {
        let headline = S.sentence(
            "Northwind/NNP/4/nsubj Bank/NNP/3/compound Profit/NNP/1/flat Rises/VBZ/0/root Percent/NN/4/obj")
        let triple = S.triple(headline, "Northwind Bank Profit", "Rises", "Percent")
        let body = ClauseBuilder.clause("Northwind/NNP/compound Bank/NNP/compound Corp./NNP/-", "reported",
                                        "income/NN/-", index: 1)
        let result = S.resolve([(headline, [triple]), (body.0, [body.1])])
        let bank = result[1].subject.key
        #expect(result[0].subject.key != bank)
        #expect(result[0].subject.key.contains(bank) && result[0].subject.key.hasSuffix("profit"))
        #expect(result[0].subject.name == "Northwind Bank Profit")
    }

    /// `Lyon Bakery Chain Raises Funds`: a description after a place the body names is the article's company.
    @Test func placedDescriptionInAHeadlineIsTheTopic() {
        let headline = S.sentence(
            "Lyon/NNP/4/nsubj Bakery/NNP/3/compound Chain/NNP/1/flat Raises/VBZ/0/root Funds/NNS/4/obj")
        let triple = S.triple(headline, "Lyon Bakery Chain", "Raises", "Funds")
        let body = ClauseBuilder.clause("Maison/NNP/compound Lefèvre/NNP/compound SA/NNP/-", "opened",
                                        "bakeries/NNS/-", index: 1)
        let place = ClauseBuilder.clause("The/DT/det chain/NN/-", "has", "stores/NNS/- in/IN/case@2 Lyon/NNP/nmod@0",
                                         index: 2)
        let result = S.resolve([(headline, [triple]), (body.0, [body.1]), (place.0, [place.1])])
        #expect(result[0].subject.key == result[1].subject.key)
        #expect(result[0].subject.name == "Maison Lefèvre SA")
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
