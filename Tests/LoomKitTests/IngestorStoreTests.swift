import Foundation
import LoomGraph
import Testing

@testable import LoomKit

/// The store as the Ingestor keeps it across runs: unchanged files skipped, changed files replaced.
@Suite struct IngestorStoreTests {
    /// An edge by what it says rather than by store ids, for comparing stores built differently.
    struct EdgeFact: Hashable, Comparable {
        let subject: String, relation: String, object: String, count: Int, documents: [String]

        static func < (a: Self, b: Self) -> Bool {
            (a.subject, a.relation, a.object, a.count) < (b.subject, b.relation, b.object, b.count)
        }
    }

    static func facts(_ graph: KnowledgeGraph) -> [EdgeFact] {
        let labels = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label) })
        return graph.edges.map {
            EdgeFact(
                subject: labels[$0.source] ?? "?", relation: $0.relationKey, object: labels[$0.target] ?? "?",
                count: $0.count, documents: $0.documents)
        }.sorted()
    }

    static func ingest(_ paths: [String], into store: GraphStore, workers: Int = 2) async throws -> IngestReport {
        try await Ingestor(store: store, analyzer: try Models.analyzer(), workers: workers).ingest(paths)
    }

    @Test func theGraphDoesNotDependOnHowManyWorkersRan() async throws {
        let workspace = try Workspace()
        try Articles.writeCorpus(in: workspace)
        let one = try GraphStore(path: workspace.path("one.sqlite"))
        let four = try GraphStore(path: workspace.path("four.sqlite"))
        let unbounded = try GraphStore(path: workspace.path("unbounded.sqlite"))
        _ = try await Self.ingest([workspace.path("corpus")], into: one, workers: 1)
        _ = try await Self.ingest([workspace.path("corpus")], into: four, workers: 4)
        _ = try await Self.ingest([workspace.path("corpus")], into: unbounded, workers: .max)  // --jobs 9223372036854775807
        #expect(try one.graph(includeEvidence: 5) == four.graph(includeEvidence: 5))
        #expect(try one.graph(includeEvidence: 5) == unbounded.graph(includeEvidence: 5))
    }

    @Test func reingestingAnUnchangedFolderIngestsNothing() async throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        let first = try await Self.ingest([workspace.path("corpus")], into: store)
        #expect(first.ingested == articles.count && first.unchanged == 0)
        let graph = try store.graph()

        let second = try await Self.ingest([workspace.path("corpus")], into: store)
        #expect(second.ingested == 0)
        #expect(second.unchanged == articles.count)
        #expect(second.skipped.isEmpty && second.triples == 0 && second.edgesAdded == 0)
        #expect(try store.graph() == graph)
    }

    @Test func changingOneFileReplacesItsTriples() async throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let sport = try #require(articles.first { $0.hasSuffix("sport.txt") })
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        _ = try await Self.ingest([workspace.path("corpus")], into: store)
        let before = Self.facts(try store.graph())
        #expect(before.contains { $0.subject == "Chelsea" && $0.relation == "sell" && $0.documents == [sport] })

        // The first two sentences stay, the third is replaced by a new one.
        try workspace.write(
            """
            Arsenal signs a striker

            Arsenal signed Kai Havertz from Chelsea on Friday. \
            Mikel Arteta, the manager of Arsenal, welcomed Kai Havertz. \
            Bukayo Saka praised Declan Rice.
            """, to: "corpus/sport.txt")
        let report = try await Self.ingest([workspace.path("corpus")], into: store)
        #expect(report.ingested == 1)
        #expect(report.unchanged == articles.count - 1)

        let after = Self.facts(try store.graph())
        #expect(!after.contains { $0.subject == "Chelsea" && $0.relation == "sell" }, "the old sentence's edge is gone")
        #expect(after.contains { $0.subject == "Bukayo Saka" && $0.relation == "praise" && $0.documents == [sport] })
        let kept = try #require(after.first { $0.subject == "Arsenal" && $0.relation == "sign" })
        #expect(kept.count == 1, "the unchanged sentence is not counted twice")
        #expect(before.filter { !$0.documents.contains(sport) } == after.filter { !$0.documents.contains(sport) })

        // The same as a store that only ever saw the new version.
        let fresh = try GraphStore(path: workspace.path("fresh.sqlite"))
        _ = try await Self.ingest([workspace.path("corpus")], into: fresh)
        #expect(after == Self.facts(try fresh.graph()))
        #expect(try GraphQuery(store: store).statistics().mentions == GraphQuery(store: fresh).statistics().mentions)
        #expect(Set(try store.graph().nodes.map(\.label)) == Set(try fresh.graph().nodes.map(\.label)))
    }

    @Test func aDocumentRewrittenWithoutFactsLeavesNoneOfItsOldOnes() async throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let sport = try #require(articles.first { $0.hasSuffix("sport.txt") })
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        _ = try await Self.ingest([workspace.path("corpus")], into: store)
        try workspace.write("Match report\n\nNothing happened.", to: "corpus/sport.txt")
        let report = try await Self.ingest([workspace.path("corpus")], into: store)
        #expect(report.ingested == 1 && report.triples == 0)
        let graph = try store.graph()
        #expect(!graph.edges.contains { $0.documents.contains(sport) })
        #expect(!graph.nodes.contains { ["Kai Havertz", "Mikel Arteta", "Chelsea"].contains($0.label) })
        #expect(try GraphQuery(store: store).statistics().documents == articles.count)
    }

    @Test func twoIngestsWritingOneStoreAtOnceLoseNothing() async throws {
        let workspace = try Workspace()
        try workspace.write(Articles.telecom, to: "a/telecom.txt")
        try workspace.write(Articles.arms, to: "a/arms.html")
        try workspace.write(Articles.startups, to: "b/startups.txt")
        try workspace.write(Articles.football, to: "b/sport.txt")
        // Two store handles (separate connection pools, as two processes would have) on one file.
        let path = workspace.path("shared.sqlite")
        let first = try GraphStore(path: path), second = try GraphStore(path: path)
        let folderA = workspace.path("a"), folderB = workspace.path("b")
        async let a = Self.ingest([folderA], into: first, workers: 1)
        async let b = Self.ingest([folderB], into: second, workers: 1)
        let reports = try await [a, b]
        #expect(reports.map(\.ingested) == [2, 2])

        let sequential = try GraphStore(path: workspace.path("sequential.sqlite"))
        _ = try await Self.ingest([folderA], into: sequential)
        _ = try await Self.ingest([folderB], into: sequential)
        #expect(Self.facts(try first.graph()) == Self.facts(try sequential.graph()))
        #expect(try GraphQuery(store: second).statistics().documents == 4)
    }

    @Test func storedPathsAreRelativeToTheWorkingFolderOnlyBelowIt() {
        let folder = FileManager.default.currentDirectoryPath
        #expect(Ingestor.storedPath(URL(fileURLWithPath: folder + "/corpus/a.txt")) == "corpus/a.txt")
        #expect(Ingestor.storedPath(URL(fileURLWithPath: folder + "/corpus/../news/./b.html")) == "news/b.html")
        #expect(Ingestor.storedPath(URL(fileURLWithPath: folder + "-other/a.txt")) == folder + "-other/a.txt")
        #expect(Ingestor.storedPath(URL(fileURLWithPath: "/elsewhere/a.txt")) == "/elsewhere/a.txt")
    }
}
