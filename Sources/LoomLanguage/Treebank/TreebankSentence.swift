/// One sentence of a CoNLL-U treebank: gold tokens, tags, lemmas and tree.
///
/// Multiword-token ranges (`1-2`) and empty nodes (`8.1`) are skipped; the syntactic words are kept,
/// as UD evaluation does. Heads are 0-based token indices, -1 for the root.
public struct TreebankSentence: Sendable {
    public var forms: [String]
    public var lemmas: [String]
    public var tags: [PennTag]
    public var heads: [Int32]
    public var labels: [DependencyLabel]
    /// Whether the word is followed by a space in the raw text (`SpaceAfter=No` makes it false).
    public var spaceAfter: [Bool]
    /// The `# text =` comment, if any.
    public var text: String?
    /// Whether a `# newdoc` comment precedes this sentence.
    public var startsDocument: Bool
    /// Whether a `# newpar` comment precedes this sentence.
    public var startsParagraph: Bool
    /// The `# sent_id =` comment, if any.
    public var id: String?

    public init(
        forms: [String] = [], lemmas: [String] = [], tags: [PennTag] = [], heads: [Int32] = [],
        labels: [DependencyLabel] = [], spaceAfter: [Bool] = [], text: String? = nil,
        startsDocument: Bool = false, startsParagraph: Bool = false, id: String? = nil
    ) {
        self.forms = forms
        self.lemmas = lemmas
        self.tags = tags
        self.heads = heads
        self.labels = labels
        self.spaceAfter = spaceAfter
        self.text = text
        self.startsDocument = startsDocument
        self.startsParagraph = startsParagraph
        self.id = id
    }

    /// Number of syntactic words.
    public var count: Int { forms.count }
}
