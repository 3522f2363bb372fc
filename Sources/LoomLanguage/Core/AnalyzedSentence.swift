/// A sentence after the language stage: tokens with part-of-speech tags, lemmas and a dependency tree.
///
/// Stored as parallel flat arrays indexed by token position (0-based), so that the extractor reads it
/// without copying. `heads[i]` is the 0-based index of token i's head, or -1 for the root.
public struct AnalyzedSentence: Sendable {
    public var tokens: [Token]
    public var tags: [PennTag]
    public var lemmas: [String]
    public var heads: [Int32]
    public var labels: [DependencyLabel]
    /// Index of this sentence in its document (0-based).
    public var index: Int
    /// How sure the parser was of each word's head and label (``DependencyParser/parseWithMargins(words:tags:)``);
    /// empty when unknown (a sentence built by hand or read from a treebank).
    public var attachmentMargins: [Float]

    public init(
        tokens: [Token], tags: [PennTag], lemmas: [String], heads: [Int32], labels: [DependencyLabel],
        index: Int = 0, attachmentMargins: [Float] = []
    ) {
        precondition(tags.count == tokens.count && lemmas.count == tokens.count)
        precondition(heads.count == tokens.count && labels.count == tokens.count)
        self.tokens = tokens
        self.tags = tags
        self.lemmas = lemmas
        self.heads = heads
        self.labels = labels
        self.index = index
        self.attachmentMargins = attachmentMargins.count == tokens.count ? attachmentMargins : []
    }

    /// Number of tokens.
    public var count: Int { tokens.count }

    /// The sentence text rebuilt from its tokens.
    public var text: String { Sentence(tokens: tokens).text }

    /// Offset of the sentence's first scalar in its document.
    public var start: Int { tokens.first?.start ?? 0 }
    /// Offset one past the sentence's last scalar in its document.
    public var end: Int { tokens.last?.end ?? 0 }

    /// The children of every token, in sentence order: `children[i]` lists the tokens whose head is i.
    public func childrenTable() -> [[Int]] {
        var table = Array(repeating: [Int](), count: tokens.count)
        for (index, head) in heads.enumerated() where head >= 0 { table[Int(head)].append(index) }
        return table
    }

    /// The index of the root token (the first token whose head is -1), if any.
    public var root: Int? { heads.firstIndex(of: -1) }
}
