import Foundation

extension TokenizerEvaluation {
    /// A sentence whose Loom tokens differ from its gold words (hyphen-normalized).
    public struct Disagreement: Sendable, Equatable {
        /// The sentence's `# text`.
        public var text: String
        /// Gold units not produced by Loom.
        public var missed: [String]
        /// Loom tokens that are not gold units.
        public var extra: [String]
    }

    /// The first `limit` sentences where Loom's tokens differ from the gold words, for inspection.
    public static func disagreements(_ sentences: [TreebankSentence], limit: Int) -> [Disagreement] {
        let tokenizer = Tokenizer()
        var result: [Disagreement] = []
        for sentence in sentences where result.count < limit {
            guard let text = sentence.text, let gold = GoldSpans(sentence: sentence, text: text) else { continue }
            let scalars = Array(text.unicodeScalars)
            func string(_ span: Span) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
            let goldSpans = gold.hyphenNormalized(sentence)
            let predicted = tokenizer.tokenize(text).map { Span($0.start, $0.end) }
            let goldSet = Set(goldSpans)
            let predictedSet = Set(predicted)
            let missed = goldSpans.filter { !predictedSet.contains($0) }.map(string)
            let extra = predicted.filter { !goldSet.contains($0) }.map(string)
            if !missed.isEmpty || !extra.isEmpty {
                result.append(Disagreement(text: text, missed: missed, extra: extra))
            }
        }
        return result
    }
}

extension TokenizerEvaluation {
    /// A place where Loom's sentence boundaries differ from the gold ones: the text around it, with
    /// `‖` marking a gold-only boundary and `¦` a Loom-only boundary.
    public static func sentenceDisagreements(_ sentences: [TreebankSentence], limit: Int) -> [String] {
        let tokenizer = Tokenizer()
        var result: [String] = []
        for document in documents(sentences) where result.count < limit {
            let gold = Set(document.sentences.map(\.end))
            let loom = Set(tokenizer.sentences(in: document.text).map(\.end))
            let scalars = Array(document.text.unicodeScalars)
            for boundary in gold.symmetricDifference(loom).sorted() where result.count < limit {
                let before = String(String.UnicodeScalarView(scalars[max(0, boundary - 50)..<boundary]))
                let after = String(String.UnicodeScalarView(scalars[boundary..<min(scalars.count, boundary + 30)]))
                let mark = gold.contains(boundary) ? "‖" : "¦"
                result.append((before + mark + after).replacingOccurrences(of: "\n", with: "⏎"))
            }
        }
        return result
    }
}
