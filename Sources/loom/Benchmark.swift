import ArgumentParser
import Foundation
import LoomKit

extension LoomCommand {
    /// `loom benchmark`: stage throughput on one core and end-to-end ingest on all cores.
    struct Benchmark: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure per-stage throughput on a sample and end-to-end ingest of a folder.",
            discussion: "Stage figures are medians over --runs runs on one core; end-to-end uses a fresh temporary store.")

        @Argument(help: "A folder of .txt/.html articles (e.g. Benchmarks/corpus/50mb).")
        var folder: String

        @Option(help: "Runs per stage (the median is reported); 0 skips the stage measurement.")
        var runs = 5

        @Option(help: "Megabytes of the folder used for the stage measurement.")
        var stageMegabytes = 5.0

        @Option(help: "Workers for the end-to-end ingest (default: one per core).")
        var jobs: Int?

        @Flag(help: "Skip the end-to-end ingest.")
        var noEndToEnd = false

        func run() async throws {
            guard FileManager.default.fileExists(atPath: folder) else {
                throw ValidationError("no such folder: \(folder)")
            }
            if runs > 0 {
                let stages = try BenchmarkRunner.stages(folder: folder, megabytes: stageMegabytes, runs: runs)
                print(String(format: "stages (1 core, median of %d, %.1f MB sample)", runs, stageMegabytes))
                for s in stages {
                    print("  " + s.stage.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: " %8.3fs %9.2f MB/s %11.0f tokens/s %9.0f sentences/s",
                                 s.seconds, s.megabytesPerSecond, s.tokensPerSecond, s.sentencesPerSecond))
                }
            }
            if !noEndToEnd {
                let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
                let e = try await BenchmarkRunner.endToEnd(folder: folder, workers: workers)
                print(String(format: "end-to-end (%d workers): %d files, %.2f MB text, %d words, %d sentences, %d triples in %.2fs",
                             workers, e.files, Double(e.bytes) / 1_048_576, e.words, e.sentences, e.triples, e.seconds))
                print(String(format: "  %.3f MB/s  %.0f words/s  %.0f sentences/s  peak RSS %.1f MB  cores used %.2f",
                             e.megabytesPerSecond, e.wordsPerSecond, Double(e.sentences) / e.seconds,
                             Double(e.peakResidentBytes) / 1_048_576, e.coresUsed))
                print(String(format: "BENCH words_per_second=%.1f peak_rss_mb=%.1f megabytes=%.2f",
                             e.wordsPerSecond, Double(e.peakResidentBytes) / 1_048_576, Double(e.bytes) / 1_048_576))
            }
        }
    }
}
