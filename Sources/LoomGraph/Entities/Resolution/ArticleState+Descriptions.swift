import LoomLanguage

extension ArticleState {
    /// The type a singular definite description (`the company`, `the e-commerce pioneer`; plural ones such
    /// as `the groups` are left alone) refers to, or nil when
    /// the phrase is not one: it needs `the`/`this`/`that`, a head noun of a known class, no name inside
    /// except in an `X-based` modifier (`the Seattle-based company`), and no restrictive modifier after the
    /// head (`the company that …`, `the chief executive of …`; a relative clause after a comma is fine).
    func describedType(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> EntityType? {
        guard let type = NameCues.descriptionTypes[sentence.lemmas[phrase.head].lowercased()] else { return nil }
        // An apposition (`Alstom, the French train maker`) describes the noun before it; it does not refer back.
        if sentence.labels[phrase.head] == .appos { return nil }
        if isPlacedHeadlineDescription(phrase, in: sentence) { return type }
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

    /// Types a name by a description of a known class in apposition with it (`Alstom, the French train
    /// maker` → ORGANIZATION). Persons are typed by their roles (``linkRoles(_:found:owner:resolved:)``).
    mutating func typeNameDescribed(
        by phrase: NounPhrase, in sentence: AnalyzedSentence, owner: [Int], resolved: [PhraseResolution], found: [NounPhrase]
    ) {
        guard sentence.labels[phrase.head] == .appos,
              let type = NameCues.descriptionTypes[sentence.lemmas[phrase.head].lowercased()], type != .person else { return }
        let head = Int(sentence.heads[phrase.head])
        guard head >= 0, head < owner.count, owner[head] >= 0, owner[head] < resolved.count,
              found[owner[head]].kind == .name, let entity = resolved[owner[head]].entity else { return }
        entities[entity].retype(type, strength: .context)
    }

    /// Whether a description names where its referent is based (`the Lyon-based company`).
    func isPlaceBased(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> Bool {
        phrase.span.contains { sentence.tokens[$0].text.lowercased().hasSuffix("-based") }
            || isPlacedHeadlineDescription(phrase, in: sentence)
    }

    /// A headline's description without its article, after a place the body names (`Lyon Bakery
    /// Chain Raises …`, `Herefordshire Cider Maker Plants …`): like `the Lyon-based bakery chain`, it
    /// denotes the article's topic.
    func isPlacedHeadlineDescription(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> Bool {
        guard let name = phrase.headlineName else { return false }
        let text = name.map { sentence.tokens[$0].text }.joined(separator: " ")
        guard let place = entity(withKey: EntityKey.key(for: text)) else { return false }
        return entities[place].type == .location
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
