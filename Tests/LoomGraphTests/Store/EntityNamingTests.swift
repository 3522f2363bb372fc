import Testing
@testable import LoomGraph

/// The display label of an entity, chosen from its aliases.
@Suite struct EntityNamingTests {
    @Test func theMostCompleteCommonFormWins() {
        let label = EntityNaming.label(from: [("Alibaba", 6, 6), ("Alibaba Group Holding Ltd.", 4, 4), ("Alibaba Group", 3, 3)])
        #expect(label == "Alibaba Group Holding Ltd.")
    }

    @Test func aDatelineInCapitalsLosesToTheWrittenName() {
        #expect(EntityNaming.label(from: [("CHICAGO", 1, 1), ("Chicago", 1, 1)]) == "Chicago")
        #expect(EntityNaming.label(from: [("CHICAGO", 2, 2), ("Chicago", 2, 2)]) == "Chicago")
        #expect(EntityNaming.label(from: [("AWS", 1, 1), ("Aws", 1, 1)]) == "AWS")  // short capitals are a name: text order decides
        #expect(!EntityNaming.isShouted("IBM") && EntityNaming.isShouted("ROTTERDAM") && !EntityNaming.isShouted("Zürich"))
    }
}

/// The ASCII fast path of word splitting gives what `Character.isWhitespace` gives.
@Suite struct WordSplittingTests {
    @Test(arguments: ["", "  ", "Alibaba", " Alibaba  Group\tHolding\nLtd. ", "a\r\nb\u{0B}c\u{0C}d", "Zürich  Re", "Meta’s  unit", "x\u{00A0}y"])
    func asciiFastPathAgreesWithUnicodeSplitting(text: String) {
        let reference = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        #expect(EntityKey.whitespaceSeparatedWords(text).map(String.init) == reference)
    }

    @Test func normalizedWordsFoldCaseDiacriticsAndApostrophes() {
        #expect(EntityKey.normalizedWords("Zürich  RE") == ["zurich", "re"])
        #expect(EntityKey.normalizedWords("Meta’s Unit") == ["meta's", "unit"])
        #expect(EntityKey.normalizedWords("Alibaba  Group") == ["alibaba", "group"])
    }

    @Test func anAmountInAHeadlinesTitleCaseLosesToTheWrittenOne() {
        #expect(EntityNaming.label(from: [("12 Percent", 1, 1), ("12 percent", 1, 1)]) == "12 percent")
    }
}
