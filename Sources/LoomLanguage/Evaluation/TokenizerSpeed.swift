import Foundation

/// Throughput of the tokenizer on a text, for benchmarks.
public struct TokenizerSpeed: Sendable, Equatable {
    /// Tokens produced by one pass.
    public var tokens: Int
    /// Sentences produced by one pass of ``Tokenizer/sentences(in:)``.
    public var sentences: Int
    /// Best CPU seconds of the calling thread for ``Tokenizer/tokenize(_:)`` over the repetitions
    /// (CPU time, so that other work on a shared machine does not count).
    public var tokenizeSeconds: Double
    /// Best CPU seconds of the calling thread for ``Tokenizer/sentences(in:)`` over the repetitions.
    public var sentencesSeconds: Double

    /// Tokens per second of ``Tokenizer/tokenize(_:)``.
    public var tokensPerSecond: Double { Double(tokens) / max(tokenizeSeconds, 1e-9) }
    /// Tokens per second of ``Tokenizer/sentences(in:)``.
    public var sentenceTokensPerSecond: Double { Double(tokens) / max(sentencesSeconds, 1e-9) }

    /// Times the tokenizer on `text` (one thread, CPU time), keeping the best of `repetitions` runs.
    public static func measure(_ text: String, repetitions: Int = 3) -> TokenizerSpeed {
        let tokenizer = Tokenizer()
        var result = TokenizerSpeed(tokens: 0, sentences: 0, tokenizeSeconds: .infinity, sentencesSeconds: .infinity)
        for _ in 0..<max(1, repetitions) {
            var start = threadCPUTime()
            result.tokens = tokenizer.tokenize(text).count
            result.tokenizeSeconds = min(result.tokenizeSeconds, threadCPUTime() - start)
            start = threadCPUTime()
            result.sentences = tokenizer.sentences(in: text).count
            result.sentencesSeconds = min(result.sentencesSeconds, threadCPUTime() - start)
        }
        return result
    }

    /// CPU seconds used by the calling thread so far.
    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
