/// One token of a document, with its place in the text it came from.
///
/// Offsets count Unicode scalars (code points) from the start of the text that was tokenized, so that
/// `start..<end` indexes the same characters a Python `str` slice would. `text` is the token as it
/// appears in the source, except that a tokenizer may normalize it (see ``normalized``).
public struct Token: Sendable, Hashable {
    /// The token's characters as they appear in the source text.
    public var text: String
    /// Offset of the first Unicode scalar of the token in the source text.
    public var start: Int
    /// Offset one past the last Unicode scalar of the token in the source text.
    public var end: Int
    /// Whether whitespace follows the token in the source text.
    public var spaceAfter: Bool

    public init(text: String, start: Int, end: Int, spaceAfter: Bool = true) {
        self.text = text
        self.start = start
        self.end = end
        self.spaceAfter = spaceAfter
    }
}

/// A sentence as the tokenizer and sentence splitter produce it.
public struct Sentence: Sendable, Hashable {
    /// The tokens, in text order.
    public var tokens: [Token]
    /// Whether a paragraph (block) break precedes this sentence in the source.
    public var startsParagraph: Bool

    public init(tokens: [Token], startsParagraph: Bool = false) {
        self.tokens = tokens
        self.startsParagraph = startsParagraph
    }

    /// Offset of the first scalar of the sentence, or 0 when it has no tokens.
    public var start: Int { tokens.first?.start ?? 0 }
    /// Offset one past the last scalar of the sentence, or 0 when it has no tokens.
    public var end: Int { tokens.last?.end ?? 0 }

    /// The sentence text rebuilt from its tokens and their `spaceAfter` flags.
    public var text: String {
        var result = ""
        for (index, token) in tokens.enumerated() {
            result += token.text
            if token.spaceAfter && index < tokens.count - 1 { result += " " }
        }
        return result
    }
}
