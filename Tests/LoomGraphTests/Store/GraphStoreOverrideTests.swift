import Testing
@testable import LoomGraph

@Suite struct GraphStoreOverrideTests {
    typealias F = StoreFixture

    private func seed() throws -> GraphStore {
        let store = try F.store()
        try F.ingest(store, "a.html", [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"))])
        try F.ingest(store, "b.html", [
            F.triple(F.mention("Alibaba Group Holding Ltd.", key: "alibaba group holding"), "bought", F.mention("Lazada")),
            F.triple(F.mention("Alibaba Group Holding Ltd.", key: "alibaba group holding"), "owns", F.mention("Taobao"), sentence: 1),
        ])
        return store
    }

    @Test func mergeRepointsEdgesAndSurvivesReingest() throws {
        let store = try seed()
        #expect(try store.graph().nodes.count == 4)
        try store.merge("alibaba", into: "Alibaba Group Holding Ltd.")
        var graph = try store.graph()
        #expect(F.edgeSummary(graph) == [
            "Alibaba Group Holding Ltd.|bought|Lazada|2", "Alibaba Group Holding Ltd.|owns|Taobao|1",
        ])
        #expect(graph.nodes.count == 3)

        // Re-ingesting both documents (changed content) rebuilds the entities from scratch.
        try F.ingest(store, "a.html", hash: "h2", [F.triple(F.mention("Alibaba"), "sued", F.mention("Lazada"))])
        try F.ingest(store, "b.html", hash: "h2", [
            F.triple(F.mention("Alibaba Group Holding Ltd.", key: "alibaba group holding"), "owns", F.mention("Taobao")),
        ])
        graph = try store.graph()
        #expect(F.edgeSummary(graph) == [
            "Alibaba Group Holding Ltd.|owns|Taobao|1", "Alibaba Group Holding Ltd.|sued|Lazada|1",
        ])
        #expect(try store.overrides() == [StoreOverride(kind: .merge, source: "alibaba", target: "alibaba group holding")])
    }

    @Test func mergeOfUnknownOrSameEntityFails() throws {
        let store = try seed()
        #expect(throws: StoreError.unknownEntity("Alibabba", suggestions: ["Alibaba"])) {
            try store.merge("Alibabba", into: "Lazada")
        }
        #expect(throws: StoreError.self) { try store.merge("Lazada", into: "lazada") }
    }

    @Test func splitSeparatesAnAliasAndSurvivesReingest() throws {
        let store = try F.store()
        let jordanCountry = F.mention("Jordan", key: "jordan", type: .location)
        let jordanFull = F.mention("Hashemite Kingdom of Jordan", key: "jordan", type: .location)
        try F.ingest(store, "a.html", [
            F.triple(jordanCountry, "borders", F.mention("Israel")),
            F.triple(jordanFull, "signed", F.mention("Treaty"), sentence: 1),
        ])
        #expect(try store.graph().nodes.count == 3)
        try store.split(alias: "hashemite kingdom of jordan")
        var graph = try store.graph()
        #expect(F.edgeSummary(graph) == ["Hashemite Kingdom of Jordan|signed|Treaty|1", "Jordan|borders|Israel|1"])
        #expect(graph.nodes.count == 4)

        try F.ingest(store, "a.html", hash: "h2", [
            F.triple(jordanCountry, "borders", F.mention("Syria")),
            F.triple(jordanFull, "signed", F.mention("Treaty"), sentence: 1),
        ])
        graph = try store.graph()
        #expect(F.edgeSummary(graph) == ["Hashemite Kingdom of Jordan|signed|Treaty|1", "Jordan|borders|Syria|1"])
        let split = try #require(graph.nodes.first { $0.label == "Hashemite Kingdom of Jordan" })
        #expect(split.type == .location && split.aliases.map(\.text) == ["Hashemite Kingdom of Jordan"])
    }

    @Test func laterCorrectionsWinOverEarlierOnes() throws {
        let store = try seed()
        try store.split(alias: "Alibaba")
        try store.merge("Alibaba", into: "Alibaba Group Holding Ltd.")
        #expect(try store.graph().nodes.count == 3)
        try store.split(alias: "alibaba")
        #expect(try store.graph().nodes.count == 4)
        try F.ingest(store, "a.html", hash: "h2", [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"))])
        #expect(F.edgeSummary(try store.graph()) == [
            "Alibaba Group Holding Ltd.|bought|Lazada|1", "Alibaba Group Holding Ltd.|owns|Taobao|1",
            "Alibaba|bought|Lazada|1",
        ])
        // Now the other way round: the full name joins the split-off entity, also on re-ingest.
        try store.merge("Alibaba Group Holding Ltd.", into: "Alibaba")
        try F.ingest(store, "b.html", hash: "h2", [
            F.triple(F.mention("Alibaba Group Holding Ltd.", key: "alibaba group holding"), "owns", F.mention("Taobao")),
        ])
        let graph = try store.graph()
        #expect(F.edgeSummary(graph) == [
            "Alibaba Group Holding Ltd.|bought|Lazada|1", "Alibaba Group Holding Ltd.|owns|Taobao|1",
        ])
        #expect(try store.overrides().last == StoreOverride(kind: .merge, source: "alibaba group holding", target: "split:alibaba"))
        #expect(graph.nodes.count == 3)
        #expect(throws: StoreError.self) { try store.merge("Alibaba", into: "Alibaba Group Holding Ltd.") }
    }

    @Test func aliasesFileIsParsedAppliedAndKept() throws {
        let corrections = try AliasCorrection.parse("# fixes\nalibaba = Alibaba Group Holding Ltd. # same firm\n\n!Taobao\nNobody = Lazada\n")
        #expect(corrections == [.merge("alibaba", into: "Alibaba Group Holding Ltd."), .split("Taobao"), .merge("Nobody", into: "Lazada")])
        #expect(throws: StoreError.invalidArgument("Aliases file line 2: \"Alibaba\" is not `Alias = Canonical name` or `!Name`.")) {
            try AliasCorrection.parse("# x\nAlibaba\n")
        }
        let store = try seed()
        let outcomes = try store.apply(corrections)
        #expect(outcomes.map { $0 == nil } == [true, true, false])
        #expect(try store.graph().nodes.count == 3)
        #expect(try store.aliasesText() == "alibaba = Alibaba Group Holding Ltd.\n!Taobao\nNobody = Lazada\n")
    }
}
