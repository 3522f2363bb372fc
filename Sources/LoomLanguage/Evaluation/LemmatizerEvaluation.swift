/// Lemma accuracy on open-class words (NN*, VB*, JJ*, RB*) given the gold tags.
public struct LemmatizerReport: Sendable {
    public var words = 0
    public var correct = 0
    /// The most frequent errors: (form, tag, expected, predicted, count).
    public var errors: [(form: String, tag: PennTag, expected: String, predicted: String, count: Int)] = []

    public var accuracy: Double { words == 0 ? 0 : Double(correct) / Double(words) }
}

/// Scores a ``Lemmatizer`` against a treebank's lemmas.
public enum LemmatizerEvaluation {
    public static func evaluate(_ lemmatizer: Lemmatizer, on sentences: [TreebankSentence], topErrors: Int = 10) -> LemmatizerReport {
        var report = LemmatizerReport()
        var errors: [String: (String, PennTag, String, String, Int)] = [:]
        for sentence in sentences {
            for index in sentence.forms.indices {
                let tag = sentence.tags[index]
                guard tag.isNoun || tag.isVerb || tag.isAdjective || tag == .RB || tag == .RBR || tag == .RBS else { continue }
                let predicted = lemmatizer.lemma(of: sentence.forms[index], tag: tag)
                report.words += 1
                if predicted == sentence.lemmas[index] {
                    report.correct += 1
                } else {
                    let key = "\(sentence.forms[index])/\(tag)"
                    let previous = errors[key]?.4 ?? 0
                    errors[key] = (sentence.forms[index], tag, sentence.lemmas[index], predicted, previous + 1)
                }
            }
        }
        report.errors = errors.values.sorted { $0.4 > $1.4 || ($0.4 == $1.4 && $0.0 < $1.0) }.prefix(topErrors)
            .map { (form: $0.0, tag: $0.1, expected: $0.2, predicted: $0.3, count: $0.4) }
        return report
    }
}
