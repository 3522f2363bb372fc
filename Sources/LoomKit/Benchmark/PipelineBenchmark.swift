import Foundation
import LoomDocuments
import LoomExtraction
import LoomGraph
import LoomLanguage

/// Throughput of one pipeline stage (median over runs).
public struct StageThroughput: Sendable {
    public var stage: String
    public var seconds: Double
    public var bytes: Int
    public var tokens: Int
    public var sentences: Int

    public var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
    public var tokensPerSecond: Double { Double(tokens) / seconds }
    public var sentencesPerSecond: Double { Double(sentences) / seconds }
}

/// Resource use of the current process.
public enum ProcessUsage {
    /// Peak resident set size in bytes (VmHWM), or 0 where /proc is missing.
    public static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }
            return (digits.first ?? 0) * 1024
        }
        return 0
    }

    /// User plus system CPU seconds used so far by this process.
    public static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// Times each stage of the pipeline on one core over the same documents: read (+HTML), tokenize,
/// tag (+lemmatize), parse, extract, resolve entities, and write into a scratch store.
public struct PipelineBenchmark: Sendable {
    public let analyzer: ArticleAnalyzer
    public let reader: DocumentReader

    public init(analyzer: ArticleAnalyzer, reader: DocumentReader = DocumentReader()) {
        self.analyzer = analyzer
        self.reader = reader
    }

    /// Median stage timings over `runs` runs on `files`. `scratchStore` is a path the merge stage may
    /// create and delete.
    public func stages(files: [URL], runs: Int, scratchStore: String) throws -> [StageThroughput] {
        var samples: [[StageThroughput]] = []
        for _ in 0..<max(1, runs) { samples.append(try oneRun(files: files, scratchStore: scratchStore)) }
        return samples[0].indices.map { stage in
            let times = samples.map { $0[stage].seconds }.sorted()
            var median = samples[0][stage]
            median.seconds = times[times.count / 2]
            return median
        }
    }

    private func oneRun(files: [URL], scratchStore: String) throws -> [StageThroughput] {
        let language = analyzer.language
        var clock = ContinuousClock.now
        func lap() -> Double {
            let now = ContinuousClock.now
            let elapsed = now - clock
            clock = now
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        var articles: [Article] = []
        var fileBytes = 0
        _ = lap()
        for url in files {
            if let article = try? reader.read(url) {
                articles.append(article)
                fileBytes += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            }
        }
        let readTime = lap()
        let textBytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let tokenized = articles.map { language.tokenizer.sentences(in: $0.text) }
        let tokenizeTime = lap()
        let sentenceCount = tokenized.reduce(0) { $0 + $1.count }
        let tokenCount = tokenized.reduce(0) { total, doc in total + doc.reduce(0) { $0 + $1.tokens.count } }
        var tagged: [[(words: [String], tags: [PennTag], lemmas: [String])]] = []
        for document in tokenized {
            tagged.append(document.map { sentence in
                let words = sentence.tokens.map(\.text)
                let tags = language.tags(for: words)
                let lemmas = words.indices.map { language.lemmatizer.lemma(of: words[$0], tag: tags[$0]) }
                return (words, tags, lemmas)
            })
        }
        let tagTime = lap()
        var analysed: [[AnalyzedSentence]] = []
        for (document, sentences) in zip(tokenized, tagged) {
            analysed.append(zip(document, sentences).enumerated().map { index, pair in
                let tree = language.parser.parse(words: pair.1.words, tags: pair.1.tags)
                return AnalyzedSentence(
                    tokens: pair.0.tokens, tags: pair.1.tags, lemmas: pair.1.lemmas, heads: tree.heads,
                    labels: tree.labels, index: index)
            })
        }
        let parseTime = lap()
        let extracted = analysed.map { document in
            document.map { SentenceExtraction(sentence: $0, triples: analyzer.extractor.extract(from: $0)) }
        }
        let extractTime = lap()
        let resolver = EntityResolver()
        let resolved = extracted.map { resolver.resolve($0) }
        let resolveTime = lap()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratchStore + suffix) }
        let store = try GraphStore(path: scratchStore, create: true)
        _ = lap()
        for ((article, document), triples) in zip(zip(articles, extracted), resolved) {
            let sentences = ArticleRecord.sentences(document, text: article.text)
            let record = ArticleRecord.document(article, hash: DocumentRecord.contentHash(of: article.text), sentenceCount: document.count)
            _ = try store.ingest(record, triples: triples, sentences: sentences)
        }
        let storeTime = lap()
        func stage(_ name: String, _ seconds: Double, bytes: Int) -> StageThroughput {
            StageThroughput(stage: name, seconds: seconds, bytes: bytes, tokens: tokenCount, sentences: sentenceCount)
        }
        return [
            stage("read+HTML", readTime, bytes: fileBytes), stage("tokenize", tokenizeTime, bytes: textBytes),
            stage("tag+lemmatize", tagTime, bytes: textBytes), stage("parse", parseTime, bytes: textBytes),
            stage("extract", extractTime, bytes: textBytes), stage("resolve", resolveTime, bytes: textBytes),
            stage("store", storeTime, bytes: textBytes),
        ]
    }
}
