import Foundation
import LoomDocuments
import LoomGraph
import Testing

@testable import LoomKit

/// An ingest stopped between documents keeps what it wrote, and the next run finishes the job.
@Suite struct InterruptionTests {
    @Test(arguments: [1, 2])
    func aCancelledIngestStopsEarlyAndTheNextRunResumes(workers: Int) async throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let corpus = workspace.path("corpus")
        let analyzer = try Models.analyzer()

        let reference = try GraphStore(path: workspace.path("reference.sqlite"))
        let whole = try await Ingestor(store: reference, analyzer: analyzer, workers: workers).ingest([corpus])
        #expect(!whole.cancelled && whole.ingested == articles.count)

        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        let ingestor = Ingestor(store: store, analyzer: analyzer, workers: workers)
        let flag = CancellationFlag()
        let first = try await ingestor.ingest([corpus], cancel: flag) { _ in flag.raise() }
        #expect(first.cancelled)
        // Documents already analysed when the flag goes up are still written (at most the writer's
        // backlog, sixteen per worker); nothing new is started.
        #expect(first.ingested >= 1 && first.ingested <= 16 * workers)
        #expect(try GraphQuery(store: store).statistics().documents == first.ingested, "only whole documents are stored")

        let second = try await ingestor.ingest([corpus])
        #expect(!second.cancelled)
        #expect(second.unchanged == first.ingested)
        #expect(second.ingested == articles.count - first.ingested)
        #expect(try store.graph() == reference.graph())
        #expect(try GraphQuery(store: store).statistics() == GraphQuery(store: reference).statistics())
    }

    @Test func aFlagRaisedBeforeTheStartIngestsNothing() async throws {
        let workspace = try Workspace()
        try Articles.writeCorpus(in: workspace)
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        let flag = CancellationFlag()
        flag.raise()
        let report = try await Ingestor(store: store, analyzer: try Models.analyzer()).ingest(
            [workspace.path("corpus")], cancel: flag)
        #expect(report.cancelled)
        #expect(report.ingested == 0)
        #expect(try store.graph().nodes.isEmpty)
    }
}
