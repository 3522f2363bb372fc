import LoomLanguage

/// Turns candidates (token indices) into ``Triple`` values: phrases with offsets, relation key and confidence.
struct TripleBuilder {
    let view: SentenceView

    func triple(_ candidate: Candidate) -> Triple {
        let relation = relationPhrase(candidate)
        var rule = candidate.rule
        if candidate.attributedTo != nil { rule += "+reported" }
        // The key keeps negation but not manner or frequency adverbs (`often refers to` → `refer to`).
        let key = candidate.relation.compactMap { word -> String? in
            if let token = word.token {
                if view.isNegation(token) { return "not" }
                if view.labels[token] == .advmod, let head = relation.head, token < head { return nil }
            }
            return word.lemma.lowercased()
        }.joined(separator: " ")
        var triple = Triple(
            subject: phrase(candidate.subject), relation: relation, relationKey: key,
            object: phrase(candidate.object), extraArguments: candidate.extras.map(phrase),
            confidence: Confidence.score(candidate, view: view), sentenceIndex: view.sentence.index,
            isNegated: candidate.negated, rule: rule)
        if let reporter = candidate.attributedTo {
            triple.attributedTo = phrase(ArgumentSpan(tokens: [reporter], head: reporter))
        }
        return triple
    }

    func phrase(_ span: ArgumentSpan) -> Phrase {
        let tokens = view.sentence.tokens
        var text = ""
        for (n, i) in span.tokens.enumerated() {
            // The sentence's first word moved inside a phrase (`most of The participants`) loses its capital.
            text += n > 0 && i == 0 && !view.tags[0].isProperNoun ? tokens[i].text.lowercased() : tokens[i].text
            if n < span.tokens.count - 1 { text += (span.tokens[n + 1] == i + 1 && !tokens[i].spaceAfter) ? "" : " " }
        }
        let start = span.tokens.map { tokens[$0].start }.min() ?? 0
        let end = span.tokens.map { tokens[$0].end }.max() ?? start
        return Phrase(text: text, tokens: span.tokens, head: span.head, start: start, end: end)
    }

    private func relationPhrase(_ candidate: Candidate) -> Phrase {
        let tokens = view.sentence.tokens
        let indices = candidate.relation.compactMap(\.token)
        // Adjacent source tokens keep their spacing (`didn't invest`); added words get a space.
        var text = ""
        for (n, word) in candidate.relation.enumerated() {
            // A sentence's capitalized first word inside a relation (`Founded in 2006 …, X` →
            // `was founded by`) is lower-cased unless it is a name.
            if word.token == 0, !view.tags[0].isProperNoun {
                text += word.text.lowercased()
            } else {
                text += word.text
            }
            guard n < candidate.relation.count - 1 else { break }
            let next = candidate.relation[n + 1].token
            if let token = word.token, next == token + 1, !tokens[token].spaceAfter { continue }
            text += " "
        }
        let head = indices.first { view.tags[$0].isVerb && view.labels[$0] != .aux && view.labels[$0] != .auxPass } ?? indices.last
        let anchor = candidate.object.tokens.first.map { tokens[$0].start } ?? 0
        let start = indices.map { tokens[$0].start }.min() ?? anchor
        let end = indices.map { tokens[$0].end }.max() ?? anchor
        return Phrase(text: text, tokens: indices.sorted(), head: head, start: start, end: end)
    }
}
