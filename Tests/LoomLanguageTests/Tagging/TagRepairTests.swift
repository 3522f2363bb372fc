import Testing
@testable import LoomLanguage

/// The post-passes over the trained tagger's output for news text.
@Suite struct TagRepairTests {
    @Test func currencySignsAreTaggedDollar() {
        let words = ["raised", "€", "45", "million", "and", "HK$", "3", "and", "US$", "2", "and", "£", "6"]
        let tags: [PennTag] = [.VBD, .CD, .CD, .CD, .CC, .NNP, .CD, .CC, .NN, .CD, .CC, .NN, .CD]
        let repaired = CurrencyTagRepair.apply(words: words, tags: tags)
        #expect(repaired[1] == .dollar && repaired[5] == .dollar && repaired[8] == .dollar && repaired[11] == .dollar)
        #expect(repaired[2] == .CD && repaired[0] == .VBD)
    }

    @Test(arguments: ["EUR", "$5", "a$", "ABCD$", "", "%"])
    func otherWordsAreNotCurrencySigns(_ word: String) {
        #expect(!CurrencyTagRepair.isCurrencySign(word))
    }

    @Test func designatorMakesANameOfTheWordBefore() {
        let words = ["Meta", "Platforms", "Inc.", "rose"]
        let repaired = ProperNounRepair.apply(words: words, tags: [.NNP, .NNS, .NNP, .VBD])
        #expect(repaired == [.NNP, .NNPS, .NNP, .VBD])
    }
}
