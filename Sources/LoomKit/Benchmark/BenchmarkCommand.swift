import Foundation
import LoomDocuments
import LoomGraph

/// `loom benchmark DIR`: per-stage throughput on one core over a sample of DIR, then end-to-end
/// ingest of all of DIR on every core into a scratch store; medians over runs, printed as a report.
public enum BenchmarkCommand {
    public static func run(folder: String, runs: Int, stageMegabytes: Double, jobs: Int?, emit: (String) -> Void) async throws {
        let files = DocumentDiscovery.files(in: [folder]).files
        guard !files.isEmpty else { throw BenchmarkError.noFiles(folder) }
        let analyzer = try ArticleAnalyzer.bundled()
        let reader = DocumentReader()
        var sample: [URL] = []
        var sampleBytes = 0
        for url in files where Double(sampleBytes) < stageMegabytes * 1_048_576 {
            sample.append(url)
            sampleBytes += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("loom-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        emit("Stages on one core: \(sample.count) files, \(String(format: "%.1f", Double(sampleBytes) / 1_048_576)) MB, median of \(runs) runs")
        emit(pad(["stage", "seconds", "MB/s", "tokens/s", "sentences/s"]))
        let stages = try PipelineBenchmark(analyzer: analyzer, reader: reader)
            .stages(files: sample, runs: runs, scratchStore: scratch.appendingPathComponent("stages.sqlite").path)
        for stage in stages {
            emit(pad([stage.stage, f(stage.seconds, 3), f(stage.megabytesPerSecond, 1), f(stage.tokensPerSecond, 0), f(stage.sentencesPerSecond, 0)]))
        }

        var words = 0
        var textBytes = 0
        for url in files {
            guard let article = try? reader.read(url) else { continue }
            words += article.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
            textBytes += article.text.utf8.count
        }
        let inputBytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var timings: [(seconds: Double, cpu: Double, sentences: Int)] = []
        for run in 0..<max(1, runs) {
            let store = try GraphStore(path: scratch.appendingPathComponent("e2e-\(run).sqlite").path, create: true)
            let cpuBefore = ProcessUsage.cpuSeconds()
            let started = Date()
            let report = try await Ingestor(store: store, analyzer: analyzer, reader: reader, workers: workers).ingest([folder])
            timings.append((Date().timeIntervalSince(started), ProcessUsage.cpuSeconds() - cpuBefore, report.sentences))
        }
        let median = timings.sorted { $0.seconds < $1.seconds }[timings.count / 2]
        emit("")
        emit("End to end (read, analyse, extract, resolve, store) on \(workers) workers: \(files.count) files, "
            + "\(f(Double(inputBytes) / 1_048_576, 1)) MB of files, \(f(Double(textBytes) / 1_048_576, 1)) MB of article text, \(words) words; median of \(timings.count) runs")
        emit("seconds \(f(median.seconds, 2))  MB/s \(f(Double(inputBytes) / 1_048_576 / median.seconds, 2))  "
            + "words/s \(f(Double(words) / median.seconds, 0))  sentences/s \(f(Double(median.sentences) / median.seconds, 0))  "
            + "cores used \(f(median.cpu / median.seconds, 2))  peak RSS \(f(Double(ProcessUsage.peakResidentBytes()) / 1_048_576, 0)) MB")
        emit("WORDS_PER_SECOND \(Int(Double(words) / median.seconds))")
    }

    private static func f(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    private static func pad(_ cells: [String]) -> String {
        cells.enumerated().map { $0.offset == 0 ? $0.element.padding(toLength: 14, withPad: " ", startingAt: 0)
            : String(repeating: " ", count: max(0, 12 - $0.element.count)) + $0.element }.joined()
    }
}

/// Why a benchmark could not run.
public enum BenchmarkError: Error, CustomStringConvertible {
    case noFiles(String)

    public var description: String {
        switch self {
        case .noFiles(let folder):
            return "no .txt/.html files under \(folder); generate a corpus with python3 Benchmarks/make_corpus.py --out \(folder)"
        }
    }
}
