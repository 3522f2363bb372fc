import Foundation
import LoomDocuments
import LoomGraph

/// End-to-end figures of one `Ingestor` run over a whole folder, with all cores, into a fresh store.
public struct EndToEndFigures: Sendable {
    public var files: Int
    public var bytes: Int
    public var words: Int
    public var sentences: Int
    public var triples: Int
    public var seconds: Double
    public var cpuSeconds: Double
    public var peakResidentBytes: Int

    public var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
    /// Whitespace-separated words of the article text per second (the count spaCy's script uses).
    public var wordsPerSecond: Double { Double(words) / seconds }
    /// CPU seconds per wall second: how many cores the run kept busy on average.
    public var coresUsed: Double { cpuSeconds / seconds }
}

/// `loom benchmark`: per-stage single-core throughput on a sample, then end-to-end ingest of a folder.
public enum BenchmarkRunner {
    /// The first files of `folder` (in path order) whose sizes add up to `megabytes`.
    public static func sample(of folder: String, megabytes: Double) -> [URL] {
        let limit = Int(megabytes * 1_048_576)
        var total = 0
        var chosen: [URL] = []
        for url in DocumentDiscovery.files(in: [folder]).files where total < limit {
            chosen.append(url)
            total += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        }
        return chosen
    }

    /// Per-stage medians over `runs` runs on a `megabytes` sample of `folder`, on the current thread.
    public static func stages(folder: String, megabytes: Double, runs: Int) throws -> [StageThroughput] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("loom-bench-\(getpid()).sqlite").path
        defer { removeStore(scratch) }
        let benchmark = PipelineBenchmark(analyzer: try ArticleAnalyzer.bundled())
        return try benchmark.stages(files: sample(of: folder, megabytes: megabytes), runs: runs, scratchStore: scratch)
    }

    /// Ingests all of `folder` into a fresh temporary store with `workers` workers and measures it.
    public static func endToEnd(folder: String, workers: Int) async throws -> EndToEndFigures {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loom-e2e-\(getpid()).sqlite").path
        removeStore(path)
        defer { removeStore(path) }
        let analyzer = try ArticleAnalyzer.bundled()
        let store = try GraphStore(path: path, create: true)
        let cpuBefore = ProcessUsage.cpuSeconds()
        let report = try await Ingestor(store: store, analyzer: analyzer, workers: workers).ingest([folder])
        let cpu = ProcessUsage.cpuSeconds() - cpuBefore
        let peak = ProcessUsage.peakResidentBytes()
        return EndToEndFigures(
            files: report.ingested, bytes: report.bytes, words: wordCount(folder), sentences: report.sentences,
            triples: report.triples, seconds: report.seconds, cpuSeconds: cpu, peakResidentBytes: peak)
    }

    /// Whitespace-separated words in the article text of every readable file under `folder`.
    public static func wordCount(_ folder: String) -> Int {
        let reader = DocumentReader()
        var words = 0
        for url in DocumentDiscovery.files(in: [folder]).files {
            guard let article = try? reader.read(url) else { continue }
            var inWord = false
            for scalar in article.text.unicodeScalars {
                let space = scalar.properties.isWhitespace
                if !space && !inWord { words += 1 }
                inWord = !space
            }
        }
        return words
    }

    private static func removeStore(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
