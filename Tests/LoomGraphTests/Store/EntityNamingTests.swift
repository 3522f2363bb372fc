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
