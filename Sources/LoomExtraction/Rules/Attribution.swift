import LoomLanguage

/// Reported speech and belief: `X said that Y` gives (X; said; Y) while the statements inside Y are
/// the speaker's, not facts of the text, and are marked with their reporting verb.
struct Attribution {
    let view: SentenceView

    /// Verbs whose clausal complement is reported speech, belief or perception rather than fact.
    static let reportingVerbs: Set<String> = [
        "say", "tell", "add", "announce", "report", "state", "claim", "note", "explain", "believe", "think",
        "argue", "insist", "suggest", "warn", "write", "confirm", "deny", "predict", "estimate", "expect",
        "hope", "acknowledge", "maintain", "assert", "contend", "declare", "reveal", "allege", "fear", "feel",
        "speculate", "suspect", "assume", "guess", "imagine", "doubt", "reckon", "recall", "indicate", "show",
        "signal", "hint", "promise", "agree", "stress", "emphasize", "admit", "according",
    ]

    /// For every token, the reporting verb whose clausal complement contains it (-1 if none).
    func reporters() -> [Int] {
        var result = [Int](repeating: -2, count: view.count)
        func resolve(_ i: Int) -> Int {
            if result[i] != -2 { return result[i] }
            result[i] = -1  // cycle guard
            let governor = view.heads[i]
            var value = -1
            if governor >= 0 {
                if (view.labels[i] == .ccomp || view.labels[i] == .parataxis) && Self.reportingVerbs.contains(view.lemmas[governor]) {
                    value = governor
                } else {
                    value = resolve(governor)
                }
            }
            result[i] = value
            return value
        }
        for i in 0..<view.count { _ = resolve(i) }
        return result
    }

    /// Whether `verb` reports its clausal complement.
    func isReporting(_ verb: Int) -> Bool { Self.reportingVerbs.contains(view.lemmas[verb]) }
}
