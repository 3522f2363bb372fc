/// One word of a relation: a sentence token, or a word the extractor adds (`is`, `has`, `was`).
struct RelationWord {
    var text: String
    var lemma: String
    var token: Int?

    static func added(_ text: String, lemma: String) -> RelationWord { RelationWord(text: text, lemma: lemma, token: nil) }
}

/// An argument before it becomes a ``Phrase``: sorted token indices and the head.
struct ArgumentSpan {
    var tokens: [Int]
    var head: Int
}

/// A statement found by a rule, in token indices, before phrases, key and confidence are made.
struct Candidate {
    var subject: ArgumentSpan
    var relation: [RelationWord]
    var object: ArgumentSpan
    var extras: [ArgumentSpan] = []
    var rule: String
    var negated = false
    /// The head of the reporting verb when the statement is reported speech or belief (`X said that …`).
    var attributedTo: Int?
    /// Whether the subject was inherited (conjoined verb, participle, adverbial clause).
    var inheritedSubject = false
}
