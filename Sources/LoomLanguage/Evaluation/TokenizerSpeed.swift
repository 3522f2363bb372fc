import Foundation

/// Throughput of the tokenizer on a text, for benchmarks.
public struct TokenizerSpeed: Sendable, Equatable {
    /// Tokens produced by one pass.
    public var tokens: Int
    /// Sentences produced by one pass of ``Tokenizer/sentences(in:)``.
    public var sentences: Int
    /// Best wall-clock seconds of ``Tokenizer/tokenize(_:)`` over the repetitions.
    public var tokenizeSeconds: Double
    /// Best wall-clock seconds of ``Tokenizer/sentences(in:)`` over the repetitions.
    public var sentencesSeconds: Double

    /// Tokens per second of ``Tokenizer/tokenize(_:)``.
    public var tokensPerSecond: Double { Double(tokens) / max(tokenizeSeconds, 1e-9) }
    /// Tokens per second of ``Tokenizer/sentences(in:)``.
    public var sentenceTokensPerSecond: Double { Double(tokens) / max(sentencesSeconds, 1e-9) }

    /// Times the tokenizer on `text` (single thread), keeping the best of `repetitions` runs.
    public static func measure(_ text: String, repetitions: Int = 3) -> TokenizerSpeed {
        let tokenizer = Tokenizer()
        var result = TokenizerSpeed(tokens: 0, sentences: 0, tokenizeSeconds: .infinity, sentencesSeconds: .infinity)
        for _ in 0..<max(1, repetitions) {
            var start = DispatchTime.now().uptimeNanoseconds
            result.tokens = tokenizer.tokenize(text).count
            var seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            result.tokenizeSeconds = min(result.tokenizeSeconds, seconds)
            start = DispatchTime.now().uptimeNanoseconds
            result.sentences = tokenizer.sentences(in: text).count
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            result.sentencesSeconds = min(result.sentencesSeconds, seconds)
        }
        return result
    }
}
