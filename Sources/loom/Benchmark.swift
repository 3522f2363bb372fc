import ArgumentParser
import LoomKit

extension LoomCommand {
    struct Benchmark: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure throughput: each stage on one core over a sample, then end-to-end ingest on all cores.")

        @Argument(help: "A folder of articles (see Benchmarks/make_corpus.py).")
        var folder: String

        @Option(help: "Runs per measurement (the median is reported).")
        var runs = 5

        @Option(help: "Megabytes of files used for the per-stage timings.")
        var stageMegabytes = 5.0

        @Option(help: "Documents analysed at once in the end-to-end run (default: one per core).")
        var jobs: Int?

        func run() async throws {
            try await BenchmarkCommand.run(folder: folder, runs: runs, stageMegabytes: stageMegabytes, jobs: jobs) { print($0) }
        }
    }
}
