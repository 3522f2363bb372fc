import Foundation
import Testing

@testable import LoomKit

/// The per-stage benchmark measures what it says on the corpus it is given.
@Suite struct PipelineBenchmarkTests {
    @Test func everyStageCountsTheCorpus() throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let files = articles.map { URL(fileURLWithPath: $0) }
        let benchmark = PipelineBenchmark(analyzer: try Models.analyzer())
        let stages = try benchmark.stages(files: files, runs: 1, scratchStore: workspace.path("scratch.sqlite"))
        #expect(stages.map(\.stage) == ["read+HTML", "tokenize", "tag+lemmatize", "parse", "extract", "resolve", "store"])
        let fileBytes = try articles.reduce(0) { total, path in
            total + (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber ?? 0).intValue
        }
        #expect(stages.first?.bytes == fileBytes)
        for stage in stages {
            #expect(stage.seconds > 0 && stage.bytes > 0 && stage.tokens > 0 && stage.sentences > 0, "\(stage.stage)")
        }
    }
}
