import LoomExtraction
import LoomLanguage

extension ArticleState {
    /// The entity mention for a triple argument of sentence `number`, or nil when the argument is an
    /// unresolved pronoun (such triples are dropped: a pronoun node would merge unrelated entities) or
    /// has no name left after cleaning (punctuation only).
    func mention(for phrase: Phrase, inSentence number: Int, of sentence: AnalyzedSentence) -> EntityMention? {
        let surface = phrase.text
        guard let head = argumentHead(phrase, in: sentence), !isClause(phrase, head: head, in: sentence) else {
            return clauseMention(surface)
        }
        var phraseIndex = owners[number][head]
        // A title or role alone (`director`, `State commerce secretary`) is not an entity, unless it
        // was resolved to one (`the founder` → Lisa Tsai, `the chairman, Joe Tsai`).
        let words = phrase.tokens.filter { $0 < sentence.count && sentence.tags[$0] != .DT }.map { sentence.tokens[$0].text }
        if NameCues.isTitleOnly(words), phraseIndex < 0 || resolutions[number][phraseIndex].resolvedFrom == nil {
            return nil
        }
        if phraseIndex < 0, let titled = titledName(phrase, inSentence: number) { phraseIndex = titled }
        if phraseIndex >= 0, let larger = commonPhrase(around: phraseIndex, in: phrase, inSentence: number) {
            phraseIndex = larger
        }
        guard phraseIndex >= 0 else {
            if sentence.tags[head] == .PRP || sentence.tags[head] == .WDT || sentence.tags[head] == .WP {
                return nil
            }
            return clauseMention(surface)
        }
        let found = phrases[number][phraseIndex]
        let resolution = resolutions[number][phraseIndex]
        if let type = resolution.numberType, let key = resolution.numberKey {
            guard !key.isEmpty else { return nil }
            return EntityMention(surface: surface, name: resolution.ownName, key: overrides.canonicalKey(for: key),
                                 type: type)
        }
        guard let index = resolution.entity else { return nil }
        let entity = entities[index]
        let key = entity.isSplit ? entity.key : overrides.canonicalKey(for: entity.key)
        if entity.isProperName {
            return EntityMention(surface: surface, name: resolution.resolvedFrom == nil ? resolution.ownName : entity.name,
                                 key: key, type: entity.type, typeStrength: entity.typeStrength,
                                 isPartialName: entity.isPartial,
                                 resolvedFrom: resolution.resolvedFrom)
        }
        // A common-noun entity: named by this phrase, or by its first mention when a pronoun or an
        // acronym refers to it.
        let own = resolution.resolvedFrom == nil && found.kind == .common
        let (origin, originNumber) = own ? (found, number)
            : (phrases[entity.originSentence][entity.originPhrase], entity.originSentence)
        let name = commonName(origin, number: originNumber, lemmatizingHead: false)
        let commonKey = EntityKey.commonKey(for: commonName(origin, number: originNumber, lemmatizingHead: true))
        guard commonKey != "~", !name.isEmpty else { return nil }
        var mention = EntityMention(surface: surface, name: name, key: overrides.canonicalKey(for: commonKey),
                                    type: entity.type, resolvedFrom: resolution.resolvedFrom)
        mention.isArticleLocal = !commonKey.contains("<")
        return mention
    }

    /// A common phrase of the argument that contains the name phrase `index` and is headed by a
    /// later word of the argument (a headline's `Northwind Bank Profit`, whose tree head is the name):
    /// the argument is about the name's profit, not the name.
    private func commonPhrase(around index: Int, in phrase: Phrase, inSentence number: Int) -> Int? {
        let name = phrases[number][index]
        guard name.kind == .name else { return nil }
        for token in phrase.tokens where token > name.span.upperBound && token < owners[number].count {
            let owner = owners[number][token]
            guard owner >= 0 else { continue }
            let candidate = phrases[number][owner]
            if candidate.kind == .common, candidate.head == token, candidate.span.contains(name.span.lowerBound) {
                return owner
            }
        }
        return nil
    }

    /// The one name inside an argument whose other words are a title (`Managing director Rachel Hughes`,
    /// parsed with `Managing` as head): the name's phrase index, else nil.
    private func titledName(_ phrase: Phrase, inSentence number: Int) -> Int? {
        let sentence = sentences[number]
        var name: Int?
        for token in phrase.tokens where token < sentence.count {
            let index = owners[number][token]
            if index >= 0, phrases[number][index].kind == .name {
                if let found = name, found != index { return nil }
                name = index
                continue
            }
            let word = sentence.tokens[token].text.lowercased()
            let isTitle = NameCues.personTitles.contains(word) || NameCues.strongTitles.contains(word)
            guard isTitle || sentence.tags[token] == .DT || !word.contains(where: \.isLetter) else { return nil }
        }
        return name
    }

    /// Whether an argument is a clause (`a cut was likely before the end of the year`): its head has a
    /// subject inside it. A copular clause's head is a noun (`end`), which must not make it that noun.
    private func isClause(_ phrase: Phrase, head: Int, in sentence: AnalyzedSentence) -> Bool {
        phrase.tokens.contains { $0 < sentence.count && Int(sentence.heads[$0]) == head && sentence.labels[$0].isSubject }
    }

    /// The phrase's head: its recorded head, else its first token whose own head lies outside it.
    private func argumentHead(_ phrase: Phrase, in sentence: AnalyzedSentence) -> Int? {
        if let head = phrase.head, head >= 0, head < sentence.count { return head }
        let members = Set(phrase.tokens)
        return phrase.tokens.first { $0 < sentence.count && !members.contains(Int(sentence.heads[$0])) }
    }

    /// An argument that is not a noun phrase (a clause, a quote): an OTHER node named by its text.
    private func clauseMention(_ surface: String) -> EntityMention? {
        let name = EntityKey.displayName(surface)
        guard !name.isEmpty else { return nil }
        var mention = EntityMention(surface: surface, name: name,
                                    key: overrides.canonicalKey(for: EntityKey.commonKey(for: name)), type: .other)
        mention.isArticleLocal = true
        return mention
    }

    /// A common phrase's display name with resolved possessors spelled out (`its shares` → `Alibaba's
    /// shares`, `the company's chief financial officer` → `Meta's chief financial officer`).
    /// With `lemmatizingHead` (for the key), the head word is replaced by its lemma (`shares` → `share`;
    /// an owned `stock` also → `share`)
    /// and every named possessor or modifier by its entity's merge key, so that `Meta's vice president`
    /// and `Meta Platforms’s vice president` are one key when `Meta` is `Meta Platforms`.
    private func commonName(_ phrase: NounPhrase, number: Int, lemmatizingHead: Bool) -> String {
        let sentence = sentences[number]
        var text = ""
        var index = phrase.span.lowerBound
        while index <= phrase.span.upperBound {
            var piece = sentence.tokens[index].text
            if lemmatizingHead && index == phrase.head && !sentence.lemmas[index].isEmpty {
                piece = sentence.lemmas[index]
                // A company's `stock` is its `shares`: one key for both.
                let owned = phrase.span.contains { sentence.tags[$0] == .POS || sentence.tags[$0] == .PRPS }
                if owned && piece.lowercased() == "stock" { piece = "share" }
            }
            var last = index
            let inner = owners[number][index]
            if inner >= 0, phrases[number][inner].head != phrase.head, let entity = resolutions[number][inner].entity,
               resolutions[number][inner].resolvedFrom != nil || lemmatizingHead && entities[entity].isProperName {
                let innerPhrase = phrases[number][inner]
                let possessive = sentence.tags[index] == .PRPS || sentence.tags[index] == .WPS ? "'s" : ""
                piece = lemmatizingHead ? "<\(overrides.canonicalKey(for: entities[entity].key))>" + possessive
                    : entities[entity].name + possessive
                last = min(innerPhrase.span.upperBound, phrase.span.upperBound)
            }
            text += piece
            if last < phrase.span.upperBound && sentence.tokens[last].spaceAfter && sentence.tags[last + 1] != .POS {
                text += " "
            }
            index = last + 1
        }
        return EntityKey.displayName(text)
    }
}
