import LoomLanguage

extension ArticleState {
    /// The type a singular definite description (`the company`, `the e-commerce pioneer`; plural ones such
    /// as `the groups` are left alone) refers to, or nil when
    /// the phrase is not one: it needs `the`/`this`/`that`, a head noun of a known class, no name inside
    /// except in an `X-based` modifier (`the Seattle-based company`), and no restrictive modifier after the
    /// head (`the company that …`, `the chief executive of …`; a relative clause after a comma is fine).
    func describedType(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> EntityType? {
        guard let type = NameCues.descriptionTypes[sentence.lemmas[phrase.head].lowercased()] else { return nil }
        let first = sentence.tokens[phrase.span.lowerBound].text.lowercased()
        guard ["the", "this", "that", "these", "those"].contains(first) else { return nil }
        if phrase.span.contains(where: { sentence.tags[$0] == .POS }) { return nil }
        if phrase.span.contains(where: { sentence.tags[$0].isProperNoun }),
           !phrase.span.contains(where: { sentence.tokens[$0].text.lowercased().hasSuffix("based") }) {
            return nil
        }
        for index in (phrase.head + 1)..<max(phrase.head + 1, sentence.count)
        where Int(sentence.heads[index]) == phrase.head {
            let label = sentence.labels[index]
            if label == .aclRelcl, isAfterComma(index, in: sentence) { continue }
            if [.nmod, .acl, .aclRelcl, .appos].contains(label) { return nil }
        }
        return type
    }

    /// Whether a description names where its referent is based (`the Lyon-based company`).
    func isPlaceBased(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> Bool {
        phrase.span.contains { sentence.tokens[$0].text.lowercased().hasSuffix("-based") }
    }

    /// Whether the subtree of `index` starts right after a comma (a non-restrictive modifier).
    func isAfterComma(_ index: Int, in sentence: AnalyzedSentence) -> Bool {
        var first = index
        for other in (0..<index).reversed() {
            var node = other
            var steps = 0
            while node >= 0, node < sentence.count, node != index, steps < sentence.count {
                node = Int(sentence.heads[node])
                steps += 1
            }
            if node == index { first = other }
        }
        // UD attaches the opening comma to the clause itself; other schemes leave it outside.
        return sentence.tokens[first].text == "," || first > 0 && sentence.tokens[first - 1].text == ","
    }

    /// The text a common phrase's key is built from: determiners dropped, head lemmatized.
    func commonKeyText(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> String {
        var words = [String]()
        for index in phrase.span {
            if index == phrase.span.lowerBound && sentence.tags[index] == .DT { continue }
            let lemma = sentence.lemmas[index]
            words.append(index == phrase.head && !lemma.isEmpty ? lemma : sentence.tokens[index].text)
        }
        return words.joined(separator: " ")
    }
}
