import LoomLanguage

extension ArticleState {
    /// Finds, types and resolves every noun phrase of sentence `sentenceNumber` of the article; a
    /// headline is read with what the body established (see ``Headline``).
    mutating func process(_ sentenceNumber: Int, headline: Headline? = nil) {
        let sentence = sentences[sentenceNumber]
        let (found, owner) = NounPhraseFinder(sentence, headline: headline).phrases()
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
            if phrase.kind == .common, resolution.resolvedFrom == nil {
                typeNameDescribed(by: phrase, in: sentence, owner: owner, resolved: resolved, found: found)
            }
            if let index = resolution.entity {
                if phrase.kind == .name || phrase.kind == .common,
                   let acronym = Acronyms.defined(after: phrase.span, in: sentence) {
                    acronyms[acronym] = index
                }
            }
            resolved.append(resolution)
        }
        linkRoles(sentenceNumber, found: found, owner: owner, resolved: &resolved)
        phrases[sentenceNumber] = found
        owners[sentenceNumber] = owner
        resolutions[sentenceNumber] = resolved
    }

    private mutating func resolveName(_ phrase: NounPhrase, typer: EntityTyper, at sentence: Int) -> PhraseResolution {
        let typed = typer.typeName(phrase)
        let name = EntityKey.displayName(typed.name)
        var own = PhraseResolution(entity: nil, ownName: name)
        guard !EntityKey.key(for: name).isEmpty else { return own }  // punctuation only: no entity
        // A title alone (`Chief`, `Governor`, `Vice President`) names a role, not an entity.
        guard !NameCues.isTitleOnly(phrase.span.map { typer.sentence.tokens[$0].text }) else { return own }
        if overrides.isSplit(name) {
            let key = EntityKey.exactKey(for: name)
            own.entity = track(key: key, name: name, type: typed.type, strength: typed.strength, phrase: phrase, at: sentence,
                               isSplit: true)
            return own
        }
        if let index = acronyms[name] {
            entities[index].retype(typed.type, strength: typed.strength)
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        let key = EntityKey.key(for: name)
        if let index = entity(withKey: key) {
            entities[index].retype(typed.type, strength: typed.strength)
            if name.count > entities[index].name.count {  // the fullest name; no longer a bare short form
                entities[index].name = name
                entities[index].isPartial = false
            }
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        let words = key.split(separator: " ").map(String.init)
        if words.count <= 2, !Acronyms.isAcronym(name), let index = shortFormTarget(words, type: typed.type) {
            entities[index].retype(typed.type, strength: typed.strength)
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        if words.count > 1, let index = partialCompleted(by: words, type: typed.type) {
            entities[index].adopt(name: name, key: key, type: typed.type, strength: typed.strength)
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            own.entity = index
            return own
        }
        let isPartial = !name.contains(" ") && !Acronyms.isAcronym(name) && typed.type != .location && !phrase.isPlural
        own.entity = track(key: key, name: name, type: typed.type, strength: typed.strength, phrase: phrase, at: sentence,
                           isPartial: isPartial)
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
            var verb = Int(sentence.heads[phrase.head])
            // `Ortiz , whose shot … deflected`, `members , most of whom lived`: the pronoun belongs to
            // a noun of the relative clause, one step further down.
            if verb >= 0, verb < sentence.count, sentence.labels[verb] != .aclRelcl,
               [.nmodPoss, .nmod].contains(sentence.labels[phrase.head]) {
                verb = Int(sentence.heads[verb])
            }
            guard verb >= 0, verb < sentence.count,
                  sentence.labels[verb] == .aclRelcl || sentence.labels[verb] == .advclRelcl,
                  sentence.heads[verb] >= 0, Int(sentence.heads[verb]) < sentence.count else { return own }
            let antecedent = owner[Int(sentence.heads[verb])]
            guard antecedent >= 0, antecedent < resolved.count else { return own }
            target = resolved[antecedent].entity
        default:
            target = Antecedents.best(for: .pronoun(reference), among: entities, sentence: sentenceNumber,
                                      token: phrase.head, topicSentence: topicSentence)
        }
        guard let index = target else { return own }
        if reference == .masculine || reference == .feminine {
            entities[index].retype(.person, strength: .context)
            // `she` once means `she` after: a later `he` looks elsewhere.
            if entities[index].gender == nil { entities[index].gender = reference == .masculine ? .male : .female }
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
        if !phrase.isPlural, let type = describedType(phrase, in: sentence),
           let index = phrase.headlineName != nil
            ? Antecedents.topic(for: .description(type, plural: false), among: entities, topicSentence: topicSentence)
            : namesakeOf(phrase, in: sentence) ?? describedBefore(phrase, in: sentence)
            ?? Antecedents.best(for: .description(type, plural: phrase.isPlural), among: entities,
                                sentence: sentenceNumber, token: phrase.head, topicSentence: topicSentence,
                                topical: isPlaceBased(phrase, in: sentence)) {
            entities[index].retype(type, strength: .context)
            entities[index].mention(sentence: sentenceNumber, token: phrase.head, role: phrase.role)
            own.entity = index
            own.resolvedFrom = typer.text(phrase.span)
            return own
        }
        let key = EntityKey.commonKey(for: commonKeyText(phrase, in: sentence))
        if let index = entity(withKey: key) {
            entities[index].mention(sentence: sentenceNumber, token: phrase.head, role: phrase.role)
            // `the plans … the plan`: a later pronoun agrees with the latest mention's number.
            entities[index].isPlural = phrase.isPlural
            own.entity = index
        } else {
            let index = track(key: key, name: surface, type: .other, phrase: phrase, at: sentenceNumber,
                              isProperName: false)
            entities[index].headLemma = sentence.lemmas[phrase.head].lowercased()
            own.entity = index
        }
        return own
    }

    /// The most recent entity described before by a modified common noun with the same head, as a
    /// subject or object (`The city council of Lyon voted … the council promised`): a repeated head
    /// noun refers back to its first use, however far back, before any other entity of the
    /// description's type. A bare earlier `the group` (one that did not resolve) is not offered.
    private func describedBefore(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> Int? {
        let head = sentence.lemmas[phrase.head].lowercased()
        var best: Int?
        for (index, entity) in entities.enumerated()
        where !entity.isProperName && entity.headLemma == head && entity.words.count > 1 && !entity.isPlural
            && entity.lastRole != .other {
            if let current = best, (entities[current].lastSentence, entities[current].lastToken)
                > (entity.lastSentence, entity.lastToken) { continue }
            best = index
        }
        return best
    }

    /// The most recent named entity whose name ends with the description's head noun (`the council` →
    /// `Northwest Fruit Council`, however far back): the head-noun match outweighs recency.
    private func namesakeOf(_ phrase: NounPhrase, in sentence: AnalyzedSentence) -> Int? {
        let head = EntityKey.normalizedWords(sentence.lemmas[phrase.head]).joined(separator: " ")
        let plain = EntityKey.normalizedWords(sentence.tokens[phrase.head].text).joined(separator: " ")
        var best: Int?
        for (index, entity) in entities.enumerated() where entity.isProperName && entity.words.count > 1 {
            guard let last = EntityKey.normalizedWords(entity.name).last, last == head || last == plain else { continue }
            if let current = best, (entities[current].lastSentence, entities[current].lastToken)
                > (entity.lastSentence, entity.lastToken) { continue }
            best = index
        }
        return best
    }

    private mutating func track(
        key: String, name: String, type: EntityType, strength: TypeEvidence = .none, phrase: NounPhrase, at sentence: Int,
        isProperName: Bool = true, isPartial: Bool = false, isSplit: Bool = false
    ) -> Int {
        if let index = entity(withKey: key) {
            entities[index].mention(sentence: sentence, token: phrase.head, role: phrase.role)
            return index
        }
        var entity = TrackedEntity(
            key: key, name: name, type: type, strength: strength, isProperName: isProperName, isPlural: phrase.isPlural,
            isPartial: isPartial, isSplit: isSplit, sentence: sentence, token: phrase.head, role: phrase.role)
        entity.originSentence = sentence
        entity.originPhrase = currentPhrase
        entities.append(entity)
        return entities.count - 1
    }
}
