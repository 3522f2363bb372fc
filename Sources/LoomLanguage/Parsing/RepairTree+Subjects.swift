/// Repairs of clause subjects: subjects read as possessors, number modifiers or conjuncts of an
/// opening phrase, and opening phrases read as parts of the subject.
extension RepairTree {
    /// `Through the first nine months , the total was …` read with the opening prepositional phrase
    /// as a modifier of the subject after the comma: a phrase that opens the sentence and is cut off
    /// from the subject by a comma modifies the clause, so it becomes the predicate's oblique.
    mutating func moveOpeningPhraseOffSubject() {
        guard tags[0] == .IN, labels[0] == .caseMarker, heads[0] > 0 else { return }
        let phrase = Int(heads[0])
        guard [.nmod, .obl, .amod].contains(labels[phrase]), heads[phrase] > Int32(phrase) else { return }
        let subject = Int(heads[phrase])
        guard labels[subject].isSubject, heads[subject] > Int32(subject) else { return }
        // The comma may hang inside the phrase or follow it.
        let end = subtreeBounds().last(of: phrase)
        let comma = tags[end] == .comma ? end : end + 1
        guard comma < subject, tags[comma] == .comma else { return }
        attach(phrase, to: Int(heads[subject]), as: .obl)
    }

    /// `said Marcus Bell , president of the local nurses ' union` read with `Marcus Bell` as the
    /// possessor of `union`, the verb's complement: a name without a possessive ending is no
    /// possessor. After a verb without a subject it is the subject, and the noun it hung on belongs
    /// to the name's apposition (`president of … union`).
    mutating func makeUnmarkedPossessorTheSubject() {
        for name in heads.indices where labels[name] == .nmodPoss && tags[name].isProperNoun && heads[name] > Int32(name) {
            let bounds = subtreeBounds()
            let noun = Int(heads[name])
            guard !children[name].contains(where: { tags[$0] == .POS }), tags[bounds.last(of: name)] != .POS, heads[noun] >= 0,
                  let apposition = children[name].first(where: { labels[$0] == .appos && $0 < noun }) else { continue }
            let verb = Int(heads[noun])
            guard verb < name, tags[verb].isVerb, !has(verb, \.isSubject) else { continue }
            var proposed = heads, proposedLabels = labels
            proposed[name] = Int32(verb)
            proposedLabels[name] = .nsubj
            proposed[noun] = Int32(apposition)
            proposedLabels[noun] = .nmod
            if adopt(proposed, proposedLabels) { return }
        }
    }

    /// `About 800 have crossed the picket lines` read with `800` as a number modifying the verb: a
    /// number before a verb that has no subject is the subject (a number only modifies a noun).
    mutating func makeNumberBeforeVerbTheSubject() {
        for number in heads.indices where labels[number] == .nummod && tags[number] == .CD && heads[number] >= 0 {
            let verb = Int(heads[number])
            guard verb > number, tags[verb].isVerb, !has(verb, \.isSubject) else { continue }
            labels[number] = has(verb, { $0 == .auxPass }) ? .nsubjPass : .nsubj
        }
    }

    /// `while Kestrel 's rose 22 percent` read with `Kestrel 's` as the possessor of the verb: a
    /// possessive whose noun is left out stands for that noun, the subject of a tensed verb without
    /// one (a gerund takes a possessive: `his leaving the firm`; a possessive pronoun before a verb
    /// is a noun misread: `His works/VBZ span …`).
    mutating func makeElidedPossessiveTheSubject() {
        for owner in heads.indices where labels[owner] == .nmodPoss && heads[owner] >= 0 {
            let verb = Int(heads[owner])
            guard verb > owner, Self.tensed.contains(tags[verb]), !has(verb, \.isSubject),
                  children[owner].contains(where: { tags[$0] == .POS }) else { continue }
            labels[owner] = .nsubj
        }
    }

    /// Prepositions that modify a noun and never open a clause (unlike `after`, `before`, `since`).
    static let modifierPrepositions: Set<String> = ["with", "of", "from", "at", "in", "among", "without", "near", "across", "outside"]

    /// `Under the bill , cities with fewer than 50,000 residents would receive …` read with `cities`
    /// conjoined to `bill` and `residents` (with its `with`) as the subject: a subject has no
    /// preposition, so the noun right before that preposition is the subject and the prepositional
    /// phrase its modifier.
    mutating func moveSubjectOffPrepositionalPhrase() {
        let bounds = subtreeBounds()
        for subject in heads.indices where labels[subject] == .nsubj || labels[subject] == .nsubjPass {
            let start = bounds.first(of: subject)
            guard start > 0, let marker = children[subject].first(where: { labels[$0] == .caseMarker }), marker == start,
                  Self.modifierPrepositions.contains(words[marker].lowercased()),
                  tags[start - 1].isNoun, !(start...bounds.last(of: subject)).contains(Int(heads[start - 1])) else { continue }
            let noun = start - 1
            // The noun is a bare phrase (`, cities`), not one with a preposition of its own (`on Thursday`).
            guard !children[noun].contains(where: { labels[$0] == .caseMarker }) else { continue }
            let verb = Int(heads[subject])
            var proposed = heads
            proposed[noun] = Int32(verb)
            proposed[subject] = Int32(noun)
            guard Self.isTree(proposed) else { continue }
            let label = labels[subject]
            attach(noun, to: verb, as: label)
            attach(subject, to: noun, as: .nmod)
            return
        }
    }

    /// `11 years after the FASB , the entities were supposed to follow` read with `11 years` as a
    /// second subject: an amount of time before a comma and the verb's real subject dates the clause.
    mutating func makeOpeningTimeSpanAnOblique() {
        for verb in heads.indices where tags[verb].isVerb {
            let subjects = children[verb].filter { labels[$0].isSubject && $0 < verb }
            guard subjects.count == 2, Self.timeUnits.contains(words[subjects[0]].lowercased()),
                  has(subjects[0], { $0 == .nummod }) else { continue }
            let bounds = subtreeBounds()
            let end = bounds.last(of: subjects[0])
            let comma = tags[end] == .comma ? end : end + 1
            guard tags[comma] == .comma, comma + 1 == bounds.first(of: subjects[1]) else { continue }
            labels[subjects[0]] = .oblTmod
            return
        }
    }

    static let timeUnits: Set<String> = [
        "years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries", "year", "month", "week", "day",
        "hour", "minute", "decade",
    ]

    /// `Finance director François Girard said` read with `director` and `Girard` as two subjects of
    /// `said`: a verb has one subject, and a singular common noun right before a name is the name's title (`nmod:desc`, as in UD English EWT: `Radical Shiite cleric Muqtada al-Sadr`).
    ///
    /// The other order, `Northwind Bank profit rose` read with `Northwind Bank` and `profit` as two
    /// subjects: a name right before a bare common noun is that noun's compound (`Alibaba shares`).
    mutating func joinTitleWithName() {
        for verb in heads.indices where tags[verb].isVerb {
            // Cheap test first: two subjects are rare.
            guard children[verb].count >= 2, children[verb].reduce(0, { $0 + (labels[$1].isSubject ? 1 : 0) }) == 2 else { continue }
            let subjects = children[verb].filter { labels[$0].isSubject && $0 < verb }
            guard subjects.count == 2, !has(subjects[0], { $0 == .caseMarker }) else { continue }
            let titleThenName = tags[subjects[0]] == .NN && tags[subjects[1]].isProperNoun
            let nameThenNoun = tags[subjects[0]].isProperNoun && (tags[subjects[1]] == .NN || tags[subjects[1]] == .NNS)
            guard titleThenName || nameThenNoun else { continue }
            let bounds = subtreeBounds()
            let nameStart = bounds.first(of: subjects[1])
            guard bounds.last(of: subjects[0]) + 1 == nameStart else { continue }
            if nameThenNoun {
                // The noun must start its own phrase: `Northwind Bank the profit` is no compound.
                guard nameStart == subjects[1] || tags[nameStart] == .NN || tags[nameStart] == .JJ else { continue }
                attach(subjects[0], to: subjects[1], as: .compound)
                return
            }
            guard tags[nameStart].isProperNoun else { continue }
            // With a determiner (`My assistant Joanne Rozycki`) the noun heads and the name is its
            // apposition, as UD English EWT has it.
            if has(subjects[0], { $0 == .det || $0 == .nmodPoss }) {
                attach(subjects[1], to: subjects[0], as: .appos)
            } else {
                attach(subjects[0], to: subjects[1], as: .nmodDesc)
            }
            return
        }
    }

    /// `demand for AI services from Chinese businesses had grown` read with `for AI services` as an
    /// oblique of `grown`: a prepositional phrase between the subject and its verb, with no comma
    /// around it, modifies the subject (`nmod`).
    mutating func attachPhraseBetweenSubjectAndVerbToSubject() {
        for verb in heads.indices where tags[verb].isVerb {
            guard let subject = children[verb].first(where: { labels[$0] == .nsubj || labels[$0] == .nsubjPass }), subject < verb,
                  tags[subject].isNoun, let phrase = children[verb].first(where: { labels[$0] == .obl && $0 > subject && $0 < verb }),
                  // A date stays with the verb (`A judge on Friday blocked …`).
                  tags[phrase] != .CD, !Self.weekdays.contains(words[phrase].lowercased())
            else { continue }
            let bounds = subtreeBounds()
            let end = bounds.last(of: phrase)
            guard bounds.first(of: phrase) == bounds.last(of: subject) + 1, tags[bounds.first(of: phrase)] == .IN,
                  !(bounds.first(of: phrase)...end).contains(where: { tags[$0].isPunctuation }),
                  (end + 1..<verb).allSatisfy({ heads[$0] == Int32(verb) && [.aux, .auxPass, .advmod].contains(labels[$0]) })
            else { continue }
            attach(phrase, to: subject, as: .nmod)
            return
        }
    }
}
