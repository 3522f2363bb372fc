import LoomExtraction
import LoomLanguage

/// A role phrase in apposition with a person's name (`Kevin Lin, the supplier's chairman`): the phrase
/// denotes the person, and the role becomes a relation to the organization it is held at.
struct RoleLink: Sendable {
    /// The role as written, without determiner or possessor (`chairman`, `chief financial officer`).
    var title: String
    /// The tracked entity the role is held at (`the supplier's` → Sunrise Precision), if known.
    var holder: Int?
    /// The preposition that links role and holder (`of`, `at`).
    var preposition: String
}

extension ArticleState {
    /// Links the role phrases of sentence `number` to the persons they are in apposition with
    /// (`Monica Reyes, Kestrel's chief executive`, `Its president Jin-ho Park`): the role phrase resolves
    /// to the person, so `Kestrel's chief executive said …` is a statement of Monica Reyes and no node
    /// `Kestrel's chief executive` is made; the role itself is kept for ``roleTriple(_:subject:object:)``.
    mutating func linkRoles(_ number: Int, found: [NounPhrase], owner: [Int], resolved: inout [PhraseResolution]) {
        let sentence = sentences[number]
        for (index, phrase) in found.enumerated() where phrase.kind == .common && resolved[index].resolvedFrom == nil {
            guard Self.isRoleNoun(sentence.lemmas[phrase.head].lowercased()) else { continue }
            guard let person = appositivePerson(of: phrase, in: sentence, found: found, owner: owner, resolved: resolved)
            else { continue }
            entities[person].retype(.person, strength: .lexicon)
            resolved[index].entity = person
            resolved[index].resolvedFrom = EntityKey.displayName(EntityTyper(sentence: sentence).text(phrase.span))
            roles[number][index] = role(of: phrase, index: index, in: sentence, number: number, found: found,
                                        owner: owner, resolved: resolved)
        }
    }

    /// The person entity whose name is in apposition with `phrase`, either way round.
    private func appositivePerson(
        of phrase: NounPhrase, in sentence: AnalyzedSentence, found: [NounPhrase], owner: [Int],
        resolved: [PhraseResolution]
    ) -> Int? {
        func personEntity(_ phraseIndex: Int) -> Int? {
            guard phraseIndex >= 0, found[phraseIndex].kind == .name, let entity = resolved[phraseIndex].entity else { return nil }
            let tracked = entities[entity]
            let untypedFullName = tracked.type == .other && (2...3).contains(tracked.words.count)
            return tracked.type == .person || untypedFullName ? entity : nil
        }
        let head = Int(sentence.heads[phrase.head])
        if sentence.labels[phrase.head] == .appos, head >= 0, head < sentence.count, let entity = personEntity(owner[head]) {
            return entity
        }
        for (index, other) in found.enumerated() where other.kind == .name && sentence.labels[other.head] == .appos
            && Int(sentence.heads[other.head]) == phrase.head {
            if let entity = personEntity(index) { return entity }
        }
        if let entity = predicatePerson(of: phrase, in: sentence, owner: owner).flatMap(personEntity) { return entity }
        // `Its president Jin-ho Park`, `Finance director François Girard`: the name is the role's compound.
        // `Its president Jin-ho Park`, or set off by commas whatever the parse: `the company's chief
        // financial officer, Susan Li, told …`.
        var after = phrase.span.upperBound + 1
        let commaBefore = after < sentence.count && sentence.tokens[after].text == ","
        if commaBefore { after += 1 }
        guard after < sentence.count else { return nil }
        let next = owner[after]
        guard next >= 0, found[next].span.lowerBound == after else { return nil }
        if commaBefore {
            let close = found[next].span.upperBound + 1
            guard close < sentence.count, sentence.tokens[close].text == "," else { return nil }
        }
        return personEntity(next)
    }

    /// Verbs whose complement is a role the subject holds (`remains its chief executive`).
    static let roleVerbs: Set<String> = ["be", "remain", "become", "stay"]

    /// The phrase index of the subject when the role phrase is a predicate about it: `Lisa Tsai is its
    /// chief executive` (copula), `Lisa Tsai founded it and remains its chief executive` (a role verb,
    /// its subject taken from the verb it is conjoined to).
    private func predicatePerson(of phrase: NounPhrase, in sentence: AnalyzedSentence, owner: [Int]) -> Int? {
        let count = sentence.count
        func children(_ head: Int) -> [Int] { (0..<count).filter { Int(sentence.heads[$0]) == head } }
        var clause = phrase.head
        if !children(phrase.head).contains(where: { sentence.labels[$0] == .cop && Self.roleVerbs.contains(sentence.lemmas[$0].lowercased()) }) {
            let verb = Int(sentence.heads[phrase.head])
            guard [.xcomp, .obj].contains(sentence.labels[phrase.head]), verb >= 0, verb < count,
                  Self.roleVerbs.contains(sentence.lemmas[verb].lowercased()) else { return nil }
            clause = verb
        }
        var steps = 0
        while steps < count {
            if var subject = children(clause).first(where: { sentence.labels[$0] == .nsubj }) {
                // `Lisa Tsai, who … remains its chief executive`: the relative pronoun stands for the name.
                if [.WP, .WDT].contains(sentence.tags[subject]), sentence.labels[clause] == .aclRelcl,
                   Int(sentence.heads[clause]) >= 0, Int(sentence.heads[clause]) < count {
                    subject = Int(sentence.heads[clause])
                }
                return owner[subject] >= 0 ? owner[subject] : nil
            }
            guard sentence.labels[clause] == .conj, Int(sentence.heads[clause]) >= 0 else { return nil }
            clause = Int(sentence.heads[clause])
            steps += 1
        }
        return nil
    }

    /// The role's title and the entity it is held at: a possessor (`Kestrel's`, `its`), an `of`/`at`
    /// modifier (`the chief executive of Helio Grid`), else for a definite role (`the chief financial
    /// officer`) the organization the article is about at that point.
    private func role(
        of phrase: NounPhrase, index: Int, in sentence: AnalyzedSentence, number: Int, found: [NounPhrase],
        owner: [Int], resolved: [PhraseResolution]
    ) -> RoleLink {
        var words = [String]()
        var holder: Int?
        var preposition = "of"
        for token in phrase.span {
            let inner = owner[token]
            let isOther = inner >= 0 && inner != index
            if isOther, let entity = resolved[inner].entity {
                let isPossessor = sentence.labels[found[inner].head] == .nmodPoss || sentence.tags[token] == .PRPS
                if isPossessor {
                    holder = entity
                    continue
                }
            }
            let tag = sentence.tags[token]
            if isOther || tag == .DT || tag == .POS || tag == .PRPS { continue }
            words.append(sentence.tokens[token].text.lowercased())
        }
        if holder == nil {
            for child in 0..<sentence.count where Int(sentence.heads[child]) == phrase.head && sentence.labels[child] == .nmod {
                guard owner[child] >= 0, let entity = resolved[owner[child]].entity, entities[entity].isProperName else { continue }
                for token in 0..<child where Int(sentence.heads[token]) == child {
                    if sentence.labels[token] == .caseMarker { preposition = sentence.tokens[token].text.lowercased() }
                }
                holder = entity
                break
            }
        }
        if holder == nil, sentence.tokens[phrase.span.lowerBound].text.lowercased() == "the" {
            holder = Antecedents.best(for: .description(.organization, plural: false), among: entities, sentence: number,
                                      token: phrase.head, topicSentence: topicSentence)
        }
        if let found = holder, entities[found].type == .person { holder = nil }
        return RoleLink(title: words.joined(separator: " "), holder: holder, preposition: preposition)
    }

    /// Head nouns of roles a person holds (`chairman`, `officer`, `president`, `analyst`).
    static func isRoleNoun(_ lemma: String) -> Bool {
        let generic: Set<String> = ["man", "woman", "leader", "investor", "official", "state", "commerce", "finance",
                                    "technology", "financial", "operating", "foreign", "trade", "economy", "general"]
        guard !generic.contains(lemma) else { return false }
        return NameCues.descriptionTypes[lemma] == .person || NameCues.strongTitles.contains(lemma)
            || NameCues.personTitles.contains(lemma)
    }

    /// The role of the triple argument `phrase` of sentence `number`, if it is a linked role phrase.
    func role(for phrase: Phrase, inSentence number: Int, of sentence: AnalyzedSentence) -> RoleLink? {
        guard let head = phrase.head ?? phrase.tokens.last, head >= 0, head < owners[number].count else { return nil }
        let index = owners[number][head]
        return index >= 0 ? roles[number][index] : nil
    }

    /// The mention of a tracked proper-name entity (a role's holder).
    func mention(ofEntity index: Int) -> EntityMention {
        let entity = entities[index]
        let key = entity.isSplit ? entity.key : overrides.canonicalKey(for: entity.key)
        return EntityMention(surface: entity.name, name: entity.name, key: key, type: entity.type,
                             typeStrength: entity.typeStrength, isPartialName: entity.isPartial)
    }
}
