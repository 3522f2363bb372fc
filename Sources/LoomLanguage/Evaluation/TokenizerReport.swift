/// Agreement between Loom's tokenizer and a treebank's gold tokenization and sentence split.
public struct TokenizerReport: Sendable, Equatable {
    /// Gold, predicted and matching unit counts, with precision, recall and F1.
    public struct Score: Sendable, Equatable {
        public var gold: Int
        public var predicted: Int
        public var matched: Int

        public init(gold: Int = 0, predicted: Int = 0, matched: Int = 0) {
            self.gold = gold
            self.predicted = predicted
            self.matched = matched
        }

        /// Matched / predicted (1 when nothing was predicted).
        public var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        /// Matched / gold (1 when there is no gold unit).
        public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }

        static func += (left: inout Score, right: Score) {
            left.gold += right.gold
            left.predicted += right.predicted
            left.matched += right.matched
        }
    }

    /// A gold token Loom did not produce, with how often.
    public struct Miss: Sendable, Equatable {
        public var text: String
        public var count: Int
    }

    /// Tokens matched by exact character span over each sentence's raw text.
    public var tokens = Score()
    /// The same, after joining gold `X - Y` written without spaces (HYPH) into one token `X-Y`.
    public var hyphenNormalizedTokens = Score()
    /// Sentences matched by exact character span over each document's text.
    public var sentences = Score()
    /// Number of documents (`# newdoc`) the sentence split was scored on.
    public var documents = 0
    /// Sentences left out of token scoring because their words do not spell their `# text`.
    public var skippedSentences = 0
    /// The most frequent gold tokens (hyphen-normalized) Loom did not produce, most frequent first.
    public var frequentMisses: [Miss] = []

    public init() {}
}
