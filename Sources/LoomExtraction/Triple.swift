import LoomLanguage

/// A piece of a sentence that fills a slot of a triple: its words, the tokens they come from and
/// where they are in the document.
public struct Phrase: Sendable, Hashable {
    /// The phrase as it reads (tokens joined by their original spacing).
    public var text: String
    /// Sorted indices of the sentence tokens the phrase is made of (may skip tokens, e.g. a relation
    /// `was co-founded by` whose words are not adjacent; empty for words the extractor added, such as
    /// the `is` of a noun-mediated relation).
    public var tokens: [Int]
    /// Index of the phrase's syntactic head token, when it has one.
    public var head: Int?
    /// Offset of the first Unicode scalar of the phrase in the document (see ``Token``).
    public var start: Int
    /// Offset one past the last Unicode scalar of the phrase in the document.
    public var end: Int

    public init(text: String, tokens: [Int], head: Int? = nil, start: Int, end: Int) {
        self.text = text
        self.tokens = tokens
        self.head = head
        self.start = start
        self.end = end
    }
}

/// A subject–relation–object statement taken from one sentence.
public struct Triple: Sendable, Hashable {
    /// Who or what the statement is about.
    public var subject: Phrase
    /// The relation as it reads (`pledged to invest`, `was co-founded by`, `is CEO of`).
    public var relation: Phrase
    /// A normalized key for the relation, built from lemmas (`pledge to invest`), for merging edges.
    public var relationKey: String
    /// The object, the second argument.
    public var object: Phrase
    /// Further arguments (time, place) beyond the object, in sentence order; used by n-ary output.
    public var extraArguments: [Phrase]
    /// How likely the triple is to be a true statement of its sentence, in [0, 1]; ranks triples.
    public var confidence: Double
    /// Index of the sentence in its document (0-based).
    public var sentenceIndex: Int
    /// Whether the statement is negated (`did not invest`); the relation text keeps the negation.
    public var isNegated: Bool
    /// Which rule produced the triple (for confidence features and debugging), e.g. `svo`, `appos`.
    public var rule: String
    /// For a statement inside reported speech or belief (`X said that …`), the reporting verb; nil
    /// for the text's own statements. A knowledge graph should not take reported statements as facts.
    public var attributedTo: Phrase?

    public init(
        subject: Phrase, relation: Phrase, relationKey: String, object: Phrase, extraArguments: [Phrase] = [],
        confidence: Double, sentenceIndex: Int, isNegated: Bool = false, rule: String, attributedTo: Phrase? = nil
    ) {
        self.subject = subject
        self.relation = relation
        self.relationKey = relationKey
        self.object = object
        self.extraArguments = extraArguments
        self.confidence = confidence
        self.sentenceIndex = sentenceIndex
        self.isNegated = isNegated
        self.rule = rule
        self.attributedTo = attributedTo
    }
}

/// The triples of one sentence, kept with the analysed sentence they came from (later stages type
/// entities and resolve pronouns from its tags and tree).
public struct SentenceExtraction: Sendable {
    public var sentence: AnalyzedSentence
    public var triples: [Triple]

    public init(sentence: AnalyzedSentence, triples: [Triple]) {
        self.sentence = sentence
        self.triples = triples
    }
}
