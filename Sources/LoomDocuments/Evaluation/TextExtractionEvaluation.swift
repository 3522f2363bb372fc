import Foundation

/// Scores HTML → article-text extraction against gold texts, as the html-readability README describes:
/// Unicode `\w+` tokens, per-page multiset precision/recall, macro-averaged P and R, F1 of the averages;
/// the same with 4-token shingles; title accuracy (`TitleMatch` normalization) and published-date
/// accuracy (same calendar day) on pages whose expected metadata has them; and extraction speed.
public enum TextExtractionEvaluation {
    /// Scores of one page.
    public struct PageScore: Sendable {
        public var name: String
        public var precision: Double, recall: Double
        public var shinglePrecision: Double, shingleRecall: Double
        /// nil when the expected metadata has no title / date.
        public var titleCorrect: Bool?, dateCorrect: Bool?
        public var predictedTitle: String? = nil, expectedTitle: String? = nil
    }

    /// Totals over all pages.
    public struct Report: Sendable, CustomStringConvertible {
        public var pages: [PageScore]
        public var bytes: Int
        /// Wall-clock seconds spent reading the pages.
        public var seconds: Double
        /// CPU seconds of the reading thread (unaffected by other processes competing for cores).
        public var cpuSeconds: Double = 0

        public var precision: Double { mean(\.precision) }
        public var recall: Double { mean(\.recall) }
        public var f1: Double { Self.f1(precision, recall) }
        public var shinglePrecision: Double { mean(\.shinglePrecision) }
        public var shingleRecall: Double { mean(\.shingleRecall) }
        public var shingleF1: Double { Self.f1(shinglePrecision, shingleRecall) }
        public var titleCounts: (correct: Int, total: Int) { counts(\.titleCorrect) }
        public var dateCounts: (correct: Int, total: Int) { counts(\.dateCorrect) }
        /// Megabytes (10^6 bytes) of HTML turned into article text per second, on one core.
        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
        /// Megabytes per CPU second of the reading thread.
        public var megabytesPerCPUSecond: Double { cpuSeconds > 0 ? Double(bytes) / 1e6 / cpuSeconds : 0 }

        private func mean(_ key: KeyPath<PageScore, Double>) -> Double {
            pages.isEmpty ? 0 : pages.map { $0[keyPath: key] }.reduce(0, +) / Double(pages.count)
        }
        private func counts(_ key: KeyPath<PageScore, Bool?>) -> (correct: Int, total: Int) {
            let known = pages.compactMap { $0[keyPath: key] }
            return (known.filter { $0 }.count, known.count)
        }
        static func f1(_ precision: Double, _ recall: Double) -> Double {
            precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }

        public var description: String {
            func format(_ value: Double) -> String { String(format: "%.4f", value) }
            let title = titleCounts, date = dateCounts
            return """
                pages: \(pages.count)
                tokens:   P \(format(precision))  R \(format(recall))  F1 \(format(f1))
                shingles: P \(format(shinglePrecision))  R \(format(shingleRecall))  F1 \(format(shingleF1))
                title accuracy: \(title.correct)/\(title.total)
                date accuracy: \(date.correct)/\(date.total)
                speed: \(String(format: "%.1f", megabytesPerSecond)) MB/s wall, \(String(format: "%.1f", megabytesPerCPUSecond)) MB/s per CPU second (\(bytes) bytes in \(String(format: "%.3f", seconds)) s, \(String(format: "%.3f", cpuSeconds)) s CPU)
                """
        }
    }

    /// Evaluates every `<pages>/<name>/source.html` that has a `<gold>/<name>.txt`.
    /// - Parameters:
    ///   - repetitions: how many times each page is extracted for the speed figure.
    ///   - includeTitle: score `Article.text` as is; by default the leading title block is left out,
    ///     since the gold texts are article bodies (the title is scored separately).
    public static func evaluate(pages: URL, gold: URL, repetitions: Int = 1, includeTitle: Bool = false) throws -> Report {
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted().filter {
            FileManager.default.fileExists(atPath: pages.appendingPathComponent("\($0)/source.html").path)
                && FileManager.default.fileExists(atPath: gold.appendingPathComponent("\($0).txt").path)
        }
        let reader = DocumentReader()
        var scores: [PageScore] = []
        var bytes = 0
        var elapsed = Duration.zero
        var cpu = 0.0
        let clock = ContinuousClock()
        for name in names {
            let page = pages.appendingPathComponent(name)
            let html = [UInt8](try Data(contentsOf: page.appendingPathComponent("source.html")))
            let goldText = try String(contentsOf: gold.appendingPathComponent("\(name).txt"), encoding: .utf8)
            var article = Article(path: name, text: "")
            let start = clock.now
            let cpuStart = threadCPUSeconds()
            for _ in 0 ..< max(1, repetitions) {
                article = (try? reader.read(data: html, path: name, isHTML: true)) ?? Article(path: name, text: "")
            }
            cpu += threadCPUSeconds() - cpuStart
            elapsed += clock.now - start
            bytes += html.count * max(1, repetitions)
            let expected = ExpectedMetadata(url: page.appendingPathComponent("expected-metadata.json"))
            scores.append(score(name: name, article: article, gold: goldText, expected: expected, includeTitle: includeTitle))
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Report(pages: scores, bytes: bytes, seconds: seconds, cpuSeconds: cpu)
    }

    /// CPU time consumed by the calling thread.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func score(name: String, article: Article, gold: String, expected: ExpectedMetadata, includeTitle: Bool) -> PageScore {
        var text = Substring(article.text)
        if !includeTitle, let title = article.metadata.title, text.hasPrefix(title) {
            text = text.dropFirst(title.count)
        }
        let predicted = TokenOverlap.tokens(String(text)), goldTokens = TokenOverlap.tokens(gold)
        let single = TokenOverlap.precisionRecall(predicted: predicted, gold: goldTokens)
        let shingles = TokenOverlap.precisionRecall(
            predicted: TokenOverlap.shingles(predicted, size: 4), gold: TokenOverlap.shingles(goldTokens, size: 4))
        return PageScore(
            name: name, precision: single.precision, recall: single.recall, shinglePrecision: shingles.precision,
            shingleRecall: shingles.recall,
            titleCorrect: expected.title.map { TitleMatch.matches(article.metadata.title, $0) },
            dateCorrect: expected.published.map { sameDay(article.metadata.published, $0) },
            predictedTitle: article.metadata.title, expectedTitle: expected.title)
    }

    /// Whether both strings contain the same first `YYYY-MM-DD` date.
    public static func sameDay(_ predicted: String?, _ expected: String) -> Bool {
        guard let predicted, let day = isoDay(predicted) else { return false }
        return day == isoDay(expected)
    }

    static func isoDay(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        let pattern = "dddd-dd-dd"
        for start in 0 ... scalars.count - 10 {
            let matches = zip(pattern, scalars[start ..< start + 10]).allSatisfy { kind, scalar in
                kind == "d" ? ("0" ... "9").contains(scalar) : scalar == "-"
            }
            if matches { return String(String.UnicodeScalarView(scalars[start ..< start + 10])) }
        }
        return nil
    }
}

/// Title and published time from an `expected-metadata.json` file (absent keys or file → nil).
struct ExpectedMetadata {
    var title: String?
    var published: String?

    init(url: URL) {
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return }
        title = (object["title"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        published = (object["publishedTime"] as? String).flatMap { $0.isEmpty ? nil : $0 }
    }
}
