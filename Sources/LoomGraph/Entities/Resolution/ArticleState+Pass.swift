import LoomLanguage

extension ArticleState {
    /// Finds, types and resolves every noun phrase of the next sentence of the article.
    mutating func process(_ sentence: AnalyzedSentence) {
        let sentenceNumber = phrases.count
        let (found, owner) = NounPhraseFinder(sentence).phrases()
        let typer = EntityTyper(sentence: sentence)
        var resolved = [PhraseResolution]()
        for phrase in found {
            currentPhrase = resolved.count
            let resolution: PhraseResolution
            switch phrase.kind {
            case .number:
                var lower = phrase.span.lowerBound
                while lower < phrase.span.upperBound, [.RB, .RBR, .RBS, .IN, .JJR, .JJS, .TO].contains(sentence.tags[lower]) {
                    lower += 1  // `about $53 billion`, `at least 380 billion yuan`, `more than 3,000`
                }
                let name = EntityKey.displayName(typer.text(lower...phrase.span.upperBound))
                resolution = PhraseResolution(
                    entity: nil, ownName: name, numberKey: EntityKey.normalizedWords(name).joined(separator: " "),
                    numberType: typer.typeNumber(lower...phrase.span.upperBound))
            case .name:
                resolution = resolveName(phrase, typer: typer, at: sentenceNumber)
            case .pronoun:
                resolution = resolvePronoun(phrase, in: sentence, owner: owner, found: found, resolved: resolved,
                                            at: sentenceNumber)
            case .common:
                resolution = resolveCommon(phrase, in: sentence, typer: typer, at: sentenceNumber)
            }
            if let index = resolution.entity {
                if phrase.kind == .name || phrase.kind == .common,
                   let acronym = Acronyms.defined(after: phrase.span, in: sentence) {
                    acronyms[acronym] = index
                }
            }
            resolved.append(resolution)
        }
        phrases.append(found)
        sentences.append(sentence)
        owners.append(owner)
        resolutions.append(resolved)
    }

    private mutating func resolveName(_ phrase: NounPhrase, typer: EntityTyper, at sentence: Int) -> PhraseResolution {
        let typed = typer.typeName(phrase)
        let name = EntityKey.displayName(typed.name)
        var own = PhraseResolution(entity: nil, ownName: name)
        guard !EntityKey.key(for: name).isEmpty else { return own }  // punctuation only: no entity
        if overrides.isSplit(name) {
            let key = EntityKey.exactKey(for: name)
            own.entity = track(key: key, name: name, type: typed.type, phrase: phrase, at: sentence, isSplit: true)
            return own
        }
        if let index = acronyms[name] {
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        let key = EntityKey.key(for: name)
        if let index = entity(withKey: key) {
            if entities[index].type == .other && typed.type != .other { entities[index].type = typed.type }
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        let words = key.split(separator: " ").map(String.init)
        if words.count <= 2, !Acronyms.isAcronym(name), let index = shortFormTarget(words, type: typed.type) {
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        if words.count > 1, let index = partialCompleted(by: words, type: typed.type) {
            entities[index].adopt(name: name, key: key, type: typed.type)
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        let isPartial = !name.contains(" ") && !Acronyms.isAcronym(name) && typed.type != .location && !phrase.isPlural
        own.entity = track(key: key, name: name, type: typed.type, phrase: phrase, at: sentence, isPartial: isPartial)
        return own
    }

    private mutating func resolvePronoun(
        _ phrase: NounPhrase, in sentence: AnalyzedSentence, owner: [Int], found: [NounPhrase],
        resolved: [PhraseResolution], at sentenceNumber: Int
    ) -> PhraseResolution {
        let word = sentence.tokens[phrase.head].text
        var own = PhraseResolution(entity: nil, ownName: word)
        let reference = Pronouns.reference(of: word)
        var target: Int?
        switch reference {
        case .unresolvable:
            return own
        case .relative:
            let verb = Int(sentence.heads[phrase.head])
            guard verb >= 0, verb < sentence.count,
                  sentence.labels[verb] == .aclRelcl || sentence.labels[verb] == .advclRelcl,
                  sentence.heads[verb] >= 0, Int(sentence.heads[verb]) < sentence.count else { return own }
            let antecedent = owner[Int(sentence.heads[verb])]
            guard antecedent >= 0, antecedent < resolved.count else { return own }
            target = resolved[antecedent].entity
        default:
            target = Antecedents.best(for: .pronoun(reference), among: entities, sentence: sentenceNumber,
                                      token: phrase.head)
        }
        guard let index = target else { return own }
        if reference == .masculine || reference == .feminine, entities[index].type == .other {
            entities[index].type = .person
        }
        entities[index].mention(sentence: sentenceNumber, token: phrase.head, role: phrase.role)
        own.entity = index
        own.resolvedFrom = word
        return own
    }

    private mutating func resolveCommon(
        _ phrase: NounPhrase, in sentence: AnalyzedSentence, typer: EntityTyper, at sentenceNumber: Int
    ) -> PhraseResolution {
        let surface = EntityKey.displayName(typer.text(phrase.span))
        var own = PhraseResolution(entity: nil, ownName: surface)
        if let type = describedType(phrase, in: sentence),
           let index = Antecedents.best(for: .description(type, plural: phrase.isPlural), among: entities,
                                        sentence: sentenceNumber, token: phrase.head) {
            if entities[index].type == .other { entities[index].type = type }
            entities[index].mention(sentence: sentenceNumber, token: phrase.head, role: phrase.role)
            own.entity = index
            own.resolvedFrom = typer.text(phrase.span)
            return own
        }
        let key = EntityKey.commonKey(for: commonKeyText(phrase, in: sentence))
        if let index = entity(withKey: key) {
            entities[index].mention(sentence: sentenceNumber, token: phrase.head, role: phrase.role)
            own.entity = index
        } else {
            own.entity = track(key: key, name: surface, type: .other, phrase: phrase, at: sentenceNumber,
                               isProperName: false)
        }
        return own
    }

    /// The type a definite description (`the company`, `the e-commerce pioneer`) refers to, or nil when
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

    /// Whether the subtree of `index` starts right after a comma (a non-restrictive modifier).
    private func isAfterComma(_ index: Int, in sentence: AnalyzedSentence) -> Bool {
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
    private func commonKeyText(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> String {
        var words = [String]()
        for index in phrase.span {
            if index == phrase.span.lowerBound && sentence.tags[index] == .DT { continue }
            let lemma = sentence.lemmas[index]
            words.append(index == phrase.head && !lemma.isEmpty ? lemma : sentence.tokens[index].text)
        }
        return words.joined(separator: " ")
    }

    private mutating func track(
        key: String, name: String, type: EntityType, phrase: NounPhrase, at sentence: Int,
        isProperName: Bool = true, isPartial: Bool = false, isSplit: Bool = false
    ) -> Int {
        if let index = entity(withKey: key) {
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            return index
        }
        var entity = TrackedEntity(
            key: key, name: name, type: type, isProperName: isProperName, isPlural: phrase.isPlural,
            isPartial: isPartial, isSplit: isSplit, sentence: sentence, token: phrase.head, role: phrase.role)
        entity.originSentence = sentence
        entity.originPhrase = currentPhrase
        entities.append(entity)
        return entities.count - 1
    }
}
