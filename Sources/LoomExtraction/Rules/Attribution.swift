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

    /// `Y , Mr. Hatch argues .`: a reporting verb with a subject, attached to the clause it reports
    /// (as `parataxis`, or a trailing `ccomp` or unmarked `advcl`), with no clausal object of its own.
    /// A trailing `ccomp` or `advcl` counts only after punctuation (`Y , X said`), so that the reported clause of `She said the
    /// campus would add capacity` is not read as a speaker adding `She said`.
    func trailingReporter(of predicate: Int) -> Int? {
        view.children[predicate].first { r in
            (view.labels[r] == .parataxis || (isTrailingClause(r) && r > predicate && followsPunctuation(r))) && isReporting(r)
                && view.children[r].contains { view.labels[$0].isSubject }
                && !view.children[r].contains { view.labels[$0] == .ccomp || view.labels[$0] == .obj || view.labels[$0] == .xcomp }
        }
    }

    /// A clausal complement, or an adverbial clause without a subordinator (parsers take `, the
    /// company said` for either, or for an adverbial relative clause).
    private func isTrailingClause(_ r: Int) -> Bool {
        view.labels[r] == .ccomp || ([.advcl, .advclRelcl].contains(view.labels[r]) && view.firstChild(of: r, .mark) == nil)
    }

    /// Whether the token before the first word of `clause`'s subtree is punctuation.
    private func followsPunctuation(_ clause: Int) -> Bool {
        var first = clause, stack = [clause], visited = 0
        while let node = stack.popLast(), visited <= view.count {
            visited += 1
            first = min(first, node)
            stack += view.children[node]
        }
        return first > 0 && view.tags[first - 1].isPunctuation
    }

    /// For every token, the reporting verb whose reported clause contains it (-1 if none).
    func reporters() -> [Int] {
        var trailing = [Int](repeating: -1, count: view.count)
        for i in 0..<view.count { if let r = trailingReporter(of: i) { trailing[i] = r } }
        var result = [Int](repeating: -2, count: view.count)
        func resolve(_ i: Int) -> Int {
            if result[i] != -2 { return result[i] }
            result[i] = -1  // cycle guard
            let governor = view.heads[i]
            var value = -1
            if trailing[i] >= 0 {
                value = trailing[i]
            } else if governor >= 0 {
                if trailing[governor] == i {
                    value = -1
                } else if (view.labels[i] == .ccomp || view.labels[i] == .parataxis) && isReporting(governor)
                            && trailingReporter(of: i) == nil {
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

    /// (speaker; argues; Y) for a clause Y with a trailing reporter.
    func trailingCandidate(for predicate: Int, clauses: ClauseRules) -> [Candidate] {
        guard let reporter = trailingReporter(of: predicate),
              let speaker = view.children[reporter].first(where: { view.labels[$0].isSubject }) else { return [] }
        let said = ArgumentSpan(tokens: view.phrase(predicate, skip: [reporter], keepAtHead: [.conj, .cc], clause: true), head: predicate)
        // `…, the company said on Monday`: when and where it was said are further arguments.
        let obliques = view.children[reporter].filter { ClauseRules.obliqueLabels.contains(view.labels[$0]) }
            .map { ArgumentSpan(tokens: view.phrase($0, keepCase: true), head: $0) }
        return clauses.subjectSpans(speaker, skip: []).map {
            Candidate(subject: $0, relation: clauses.relationWords(of: reporter), object: said, extras: obliques, rule: "attribution")
        }
    }

    /// Whether `verb` is the trailing reporter of the clause it hangs from (its statement is the
    /// attribution, not a clause of its own: no `(the company ; said on ; Monday)`).
    func isTrailingReporter(_ verb: Int) -> Bool {
        view.heads[verb] >= 0 && trailingReporter(of: view.heads[verb]) == verb
    }

    /// `…, the company said, sending its shares up`: a subjectless clause hung on a trailing reporter
    /// is about the reported news, not done by the speaker, so it has no subject to borrow.
    func isHungOnTrailingReporter(_ clause: Int) -> Bool {
        view.labels[clause] == .advcl && view.heads[clause] >= 0 && isTrailingReporter(view.heads[clause])
            && !view.children[clause].contains { view.labels[$0].isSubject }
    }

    /// Whether `verb` reports its clausal complement.
    func isReporting(_ verb: Int) -> Bool { Self.reportingVerbs.contains(view.lemmas[verb]) }
}
