import Foundation
import Testing
@testable import LoomGraph

@Suite struct GraphStoreIngestTests {
    typealias F = StoreFixture

    @Test func documentStatusFollowsTheContentHash() throws {
        let store = try F.store()
        #expect(try store.documentStatus(path: "a.html", contentHash: "h1") == .new)
        try F.ingest(store, "a.html", hash: "h1", [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"))])
        #expect(try store.documentStatus(path: "a.html", contentHash: "h1") == .unchanged)
        #expect(try store.documentStatus(path: "a.html", contentHash: "h2") == .changed)
    }

    @Test func reingestingTheSameContentChangesNothing() throws {
        let store = try F.store()
        let triples = [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"))]
        try F.ingest(store, "a.html", triples)
        let before = try store.graph(includeEvidence: 5)
        let counts = try F.ingest(store, "a.html", triples)
        #expect(counts.replacedMentions == 1 && counts.mentions == 1 && counts.newEntities == 0)
        #expect(try store.graph(includeEvidence: 5) == before)
    }

    @Test func unlessUnchangedSkipsOnlyTheSameCompleteVersion() throws {
        let store = try F.store()
        let triples = [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"))]
        try F.ingest(store, "a.html", triples)
        let before = try store.graph(includeEvidence: 5)
        let same = try store.ingest(
            F.document("a.html", hash: "h1", sentences: 1), triples: triples,
            sentences: F.sentences(1, prefix: "a.html"), unlessUnchanged: true)
        #expect(same.unchanged && same.mentions == 0 && same.replacedMentions == 0)
        #expect(try store.graph(includeEvidence: 5) == before)
        let changed = try store.ingest(
            F.document("a.html", hash: "h2", sentences: 1), triples: triples,
            sentences: F.sentences(1, prefix: "a.html"), unlessUnchanged: true)
        #expect(!changed.unchanged && changed.replacedMentions == 1 && changed.mentions == 1)
    }

    @Test func changedDocumentReplacesItsTriples() throws {
        let store = try F.store()
        let alibaba = F.mention("Alibaba"), lazada = F.mention("Lazada"), ant = F.mention("Ant Group")
        try F.ingest(store, "a.html", [
            F.triple(alibaba, "bought", lazada, confidence: 0.9),
            F.triple(alibaba, "owns", ant, sentence: 1),
        ])
        try F.ingest(store, "b.html", [F.triple(alibaba, "bought", lazada, confidence: 0.6)])
        var graph = try store.graph()
        #expect(F.edgeSummary(graph) == ["Alibaba|bought|Lazada|2", "Alibaba|owns|Ant Group|1"])
        #expect(graph.edges.first { $0.relationKey == "bought" }?.confidence == 0.9)

        let counts = try F.ingest(store, "a.html", hash: "h2", [F.triple(alibaba, "sued", lazada)])
        #expect(counts.replacedMentions == 2 && counts.removedEdges == 1 && counts.removedEntities == 1)
        graph = try store.graph()
        #expect(F.edgeSummary(graph) == ["Alibaba|bought|Lazada|1", "Alibaba|sued|Lazada|1"])
        let bought = try #require(graph.edges.first { $0.relationKey == "bought" })
        #expect(bought.confidence == 0.6 && bought.documents == ["b.html"])
        #expect(!graph.nodes.contains { $0.label == "Ant Group" })
        #expect(graph.nodes.first { $0.label == "Alibaba" }?.mentionCount == 2)
    }

    @Test func removingADocumentDropsWhatOnlyItSupported() throws {
        let store = try F.store()
        try F.ingest(store, "a.html", [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"))])
        #expect(try store.removeDocument(path: "a.html"))
        #expect(try store.graph() == KnowledgeGraph(nodes: [], edges: []))
        #expect(try store.documentStatus(path: "a.html", contentHash: "h1") == .new)
    }

    @Test func sameKeyAcrossArticlesIsOneEntityWithAliases() throws {
        let store = try F.store()
        let full = F.mention("Alibaba Group Holding Ltd.", key: "alibaba")
        let short = F.mention("Alibaba", key: "alibaba")
        try F.ingest(store, "a.html", [F.triple(full, "bought", F.mention("Lazada"))])
        try F.ingest(store, "b.html", [
            F.triple(short, "owns", F.mention("Taobao")), F.triple(short, "runs", F.mention("Tmall"), sentence: 1),
        ])
        let graph = try store.graph()
        let node = try #require(graph.nodes.first { $0.aliases.contains { $0.text == "Alibaba" } })
        #expect(node.aliases == [Alias(text: "Alibaba", count: 2), Alias(text: "Alibaba Group Holding Ltd.", count: 1)])
        #expect(node.label == "Alibaba" && node.mentionCount == 3 && node.degree == 3)
        #expect(graph.nodes.count == 4)
    }

    @Test func labelIsTheLongestAliasSeenTwice() throws {
        let store = try F.store()
        let full = F.mention("Alibaba Group", key: "alibaba"), short = F.mention("Alibaba", key: "alibaba")
        try F.ingest(store, "a.html", [
            F.triple(full, "bought", F.mention("Lazada")), F.triple(full, "owns", F.mention("Taobao"), sentence: 1),
            F.triple(short, "runs", F.mention("Tmall"), sentence: 2),
            F.triple(short, "sued", F.mention("Tmall"), sentence: 2),
            F.triple(short, "likes", F.mention("Tmall"), sentence: 2),
        ])
        #expect(try store.graph().nodes.contains { $0.label == "Alibaba Group" })
    }

    @Test func bareSurnameMergesOnlyIntoTheOnlyPersonWithThatName() throws {
        let store = try F.store()
        try F.ingest(store, "a.html", [F.triple(F.person("Jack Ma"), "founded", F.mention("Alibaba"))])
        try F.ingest(store, "b.html", [F.triple(F.person("Ma", partial: true), "left", F.mention("Ant Group"))])
        var graph = try store.graph()
        #expect(F.edgeSummary(graph) == ["Jack Ma|founded|Alibaba|1", "Jack Ma|left|Ant Group|1"])
        #expect(graph.nodes.first { $0.label == "Jack Ma" }?.aliases.map(\.text) == ["Jack Ma", "Ma"])

        try F.ingest(store, "c.html", [F.triple(F.person("Yo-Yo Ma"), "played", F.mention("Bach"))])
        try F.ingest(store, "d.html", [F.triple(F.person("Ma", partial: true), "visited", F.mention("Paris"))])
        graph = try store.graph()
        #expect(F.edgeSummary(graph).contains("Ma|visited|Paris|1"))
        #expect(graph.nodes.filter { $0.type == .person }.count == 3)
    }

    @Test func shortFormMergesOnlyIntoTheOnlyEntityItStarts() throws {
        let store = try F.store()
        try F.ingest(store, "a.html", [F.triple(F.mention("Goldman Sachs"), "advised", F.mention("Alibaba"))])
        try F.ingest(store, "b.html", [F.triple(F.mention("Goldman", partial: true), "hired", F.person("Jane Doe"))])
        #expect(F.edgeSummary(try store.graph()).contains("Goldman Sachs|hired|Jane Doe|1"))
        try F.ingest(store, "c.html", [F.triple(F.mention("Goldman Partners"), "sued", F.mention("Alibaba"))])
        try F.ingest(store, "d.html", [F.triple(F.mention("Goldman", partial: true), "fired", F.person("Jane Doe"))])
        #expect(F.edgeSummary(try store.graph()).contains("Goldman|fired|Jane Doe|1"))
    }

    @Test func errorMidIngestRollsTheWholeDocumentBack() throws {
        let store = try F.store()
        try F.ingest(store, "a.html", [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"))])
        let before = try store.graph(includeEvidence: 3)
        let bad = [
            F.triple(F.mention("Alibaba"), "sued", F.mention("Tencent")),
            F.triple(F.mention("Tencent"), "sued", F.mention("Alibaba"), sentence: 7),
        ]
        #expect(throws: StoreError.self) {
            try store.ingest(F.document("a.html", hash: "h2"), triples: bad, sentences: F.sentences(2))
        }
        #expect(try store.graph(includeEvidence: 3) == before)
        #expect(try store.documentStatus(path: "a.html", contentHash: "h1") == .unchanged)
    }

    @Test func evidenceCarriesDocumentLineAndSentence() throws {
        let store = try F.store()
        try F.ingest(store, "a.html", [F.triple(F.mention("Alibaba"), "bought", F.mention("Lazada"), sentence: 1)])
        let evidence = try #require(try store.graph(includeEvidence: 2).edges.first?.evidence.first)
        #expect(evidence.document == "a.html" && evidence.line == 3 && evidence.sentence == "a.html 1.")
        #expect(evidence.subjectRange == 100..<107 && evidence.objectRange == 115..<121)
    }

    @Test func concurrentWritersLoseAndDoubleNothing() async throws {
        let path = StoreFixture.folder() + "/loom.sqlite"
        _ = try GraphStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let store = try GraphStore(path: path)
                    for n in 0..<25 {
                        try F.ingest(store, "w\(writer)-\(n).html", [
                            F.triple(F.mention("Shared Corp"), "hired", F.person("Person \(n)")),
                            F.triple(F.mention("Writer \(writer)"), "wrote", F.mention("Doc \(n)")),
                        ])
                    }
                }
            }
            try await group.waitForAll()
        }
        let graph = try GraphStore(path: path).graph()
        #expect(graph.edges.count == 75)
        #expect(graph.edges.filter { $0.relationKey == "hired" }.allSatisfy { $0.count == 2 })
        #expect(graph.edges.reduce(0) { $0 + $1.count } == 100)
    }
}
