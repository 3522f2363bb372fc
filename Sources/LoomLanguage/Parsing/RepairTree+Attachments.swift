/// Repairs of phrases and clauses hung on the wrong word (see ``ParseRepair``).
extension RepairTree {
    /// `expects the fine to reduce its profit` read with `to reduce` as a clausal subject of `fine`
    /// (the tagger took `fine` for an adjective): a noun that is a verb's object has no subject, so an
    /// infinitive after it is the verb's open complement (`xcomp`), with the object as its doer.
    mutating func moveInfinitiveOffObject() {
        for clause in heads.indices where labels[clause] == .csubj && tags[clause] == .VB {
            let object = Int(heads[clause])
            guard object >= 0, object < clause, labels[object] == .obj, heads[object] >= 0,
                  tags[Int(heads[object])].isVerb,
                  children[clause].contains(where: { labels[$0] == .mark && words[$0].lowercased() == "to" && $0 < clause })
            else { continue }
            attach(clause, to: Int(heads[object]), as: .xcomp)
            return
        }
    }

    /// Forms of verbs whose infinitive is their complement (`agreed to sell`, `voted to approve`).
    static let infinitiveComplementVerbs: Set<String> = verbForms([
        "agree", "decide", "plan", "want", "seek", "aim", "fail", "refuse", "promise", "hope", "expect", "intend",
        "offer", "vote", "move", "threaten", "pledge", "vow", "opt", "prepare", "attempt", "manage", "need",
        "continue", "start", "propose", "try", "decline",
    ]).union(["sought", "seeking", "seeks", "chose", "chosen", "choose", "chooses", "choosing", "began", "begun"])

    /// Verbs whose object does what their infinitive says (`asked the council to raise the fare`).
    static let objectControlVerbs: Set<String> = verbForms([
        "ask", "urge", "allow", "force", "require", "invite", "persuade", "order", "encourage", "enable", "permit",
        "instruct", "direct", "advise", "pressure", "push", "compel", "convince", "authorize", "want", "expect",
    ]).union(["tell", "tells", "told", "telling"])

    /// The base, -s, past and -ing forms of regular verbs (`plan`: plans, planned, planning).
    static func verbForms(_ regular: [String]) -> Set<String> {
        var forms = Set<String>()
        for verb in regular {
            let silentE = verb.hasSuffix("e") && !verb.hasSuffix("ee")
            let base = silentE ? String(verb.dropLast()) : ["plan", "opt"].contains(verb) ? verb + String(verb.last!) : verb
            let y = verb.hasSuffix("y") ? String(verb.dropLast()) : nil
            forms.formUnion([
                verb, y.map { $0 + "ies" } ?? verb + "s", y.map { $0 + "ied" } ?? (verb.hasSuffix("e") ? verb + "d" : base + "ed"),
                base + "ing",
            ])
        }
        return forms
    }

    /// `had asked the council to raise the fare` read with `to raise` as a modifier of `council`:
    /// after a verb whose object does what its infinitive says, the infinitive is the verb's
    /// complement (`xcomp`, as UD English EWT has it).
    mutating func moveObjectControlInfinitive() {
        for clause in heads.indices where labels[clause] == .acl && tags[clause] == .VB && heads[clause] >= 0 {
            let object = Int(heads[clause])
            guard labels[object] == .obj, heads[object] >= 0, object < clause,
                  children[clause].contains(where: { labels[$0] == .mark && words[$0].lowercased() == "to" && $0 < clause }),
                  Self.objectControlVerbs.contains(words[Int(heads[object])].lowercased()) else { continue }
            attach(clause, to: Int(heads[object]), as: .xcomp)
        }
    }

    /// `agreed in principle to sell its carpet operations` read with `to sell` as an adverbial clause
    /// of purpose: after a verb that takes an infinitive as its complement, the infinitive is that
    /// complement (`xcomp`), so the extractor reads `agreed to sell` (UD English EWT: 739 such
    /// infinitives are `xcomp`, 17 `advcl`). `in order to` and an infinitive after an object stay adverbial.
    mutating func relabelInfinitiveComplement() {
        for clause in heads.indices.dropFirst(2) where labels[clause] == .advcl && tags[clause] == .VB {
            let verb = Int(heads[clause]), to = clause - 1
            guard verb >= 0, verb < to, tags[verb].isVerb, Self.infinitiveComplementVerbs.contains(words[verb].lowercased()),
                  words[to].lowercased() == "to", heads[to] == Int32(clause), labels[to] == .mark,
                  !["order", "as"].contains(words[to - 1].lowercased()),
                  !tags[(verb + 1)..<to].contains(where: { $0 == .comma || $0.isVerb || $0 == .MD }),
                  // `need local counsel to assist`: after an object the infinitive is its purpose.
                  !children[verb].contains(where: { labels[$0] == .obj && $0 < to }) else { continue }
            labels[clause] = .xcomp
        }
    }

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

    /// `would publish its study before work begins` read with `its study` as the subject of `begins`
    /// and `before` as a case marker: a subordinator inside a clause, after the clause's subject,
    /// opens the clause, so the subject before it is the object of the verb above (when that verb has
    /// none), the clause is adverbial, and the noun between subordinator and verb is its subject.
    mutating func moveObjectOutOfSubordinateClause() {
        for clause in heads.indices where (labels[clause] == .ccomp || labels[clause] == .advcl) && tags[clause].isVerb {
            let verb = Int(heads[clause])
            guard verb >= 0, verb < clause, tags[verb].isVerb, !has(verb, { $0 == .obj }),
                  let marker = children[clause].first(where: {
                      $0 < clause && (labels[$0] == .caseMarker || labels[$0] == .mark) && Self.subordinators.contains(words[$0].lowercased())
                  }),
                  let subject = children[clause].first(where: { labels[$0].isSubject && $0 < marker }),
                  subtreeBounds().last(of: subject) == marker - 1, subject > verb,
                  let newSubject = children[clause].last(where: { $0 > marker && $0 < clause && (tags[$0].isNoun || tags[$0] == .PRP) })
            else { continue }
            var proposed = heads, proposedLabels = labels
            proposed[subject] = Int32(verb)
            proposedLabels[subject] = .obj
            proposedLabels[clause] = .advcl
            proposedLabels[marker] = .mark
            proposedLabels[newSubject] = .nsubj
            if adopt(proposed, proposedLabels) { return }
        }
    }

    /// `handle 30 percent more cargo` read with two objects: an amount right before `more`, `less`
    /// or `fewer` measures the comparative (`obl:npmod`, as UD English EWT has it), which modifies the
    /// one object.
    mutating func joinAmountWithComparative() {
        for amount in heads.indices.dropLast() where labels[amount] == .obj && (tags[amount].isNoun || tags[amount] == .CD) {
            let comparative = amount + 1
            guard ["more", "less", "fewer"].contains(words[comparative].lowercased()), heads[comparative] > Int32(comparative),
                  labels[Int(heads[comparative])] == .obj, heads[Int(heads[comparative])] == heads[amount] else { continue }
            attach(amount, to: comparative, as: .oblNpmod)
            return
        }
    }

    /// `Analysts at Moody 's , which downgraded the debt , said` read with `downgraded` as a plain
    /// clausal modifier (`acl`) of `Analysts` holding `at Moody 's`: a clause with a relative pronoun
    /// as its subject is a relative clause, and a prepositional phrase before its pronoun is the
    /// noun's modifier, which the clause then describes.
    mutating func relabelRelativeClauseWithPronounSubject() {
        for clause in heads.indices where labels[clause] == .acl && tags[clause].isVerb && heads[clause] >= 0 {
            guard let pronoun = children[clause].first(where: {
                labels[$0].isSubject && (tags[$0] == .WDT || tags[$0] == .WP) && $0 < clause
            }) else { continue }
            labels[clause] = .aclRelcl
            let noun = Int(heads[clause])
            guard noun < clause, let preposition = children[clause].first(where: { labels[$0] == .mark && tags[$0] == .IN && $0 < pronoun }),
                  let inner = children[clause].last(where: { $0 > preposition && $0 < pronoun && tags[$0].isNoun }) else { continue }
            var proposed = heads, proposedLabels = labels
            proposed[inner] = Int32(noun)
            proposedLabels[inner] = .nmod
            proposed[preposition] = Int32(inner)
            proposedLabels[preposition] = .caseMarker
            proposed[clause] = Int32(inner)
            _ = adopt(proposed, proposedLabels)
        }
    }

    /// `save the group $45 million` read with two objects: before an amount, the first of two
    /// nominal objects in a row is the indirect object (the one the action is for), as UD English EWT
    /// labels it (`cost the company $5 million`, `pay shareholders $1 a share`). Other pairs are
    /// often an object and its predicate (`named him chairman`), so they stay.
    mutating func relabelFirstOfTwoObjects() {
        for verb in heads.indices where tags[verb].isVerb {
            let objects = children[verb].filter { labels[$0] == .obj && $0 > verb }
            guard objects.count == 2, tags[objects[0]].isNoun || tags[objects[0]] == .PRP,
                  tags[objects[1]] == .dollar || tags[objects[1]] == .CD || has(objects[1], { $0 == .nummod }),
                  subtreeBounds().last(of: objects[0]) + 1 == subtreeBounds().first(of: objects[1]) else { continue }
            labels[objects[0]] = .iobj
        }
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

    /// `have diabetes , according to the state health department` read with `department` as a second
    /// object (or `revenue of $3.6 billion , according to data …` with `data` as an apposition): a
    /// conjunct without a conjunction, or an apposition, that has a preposition of its own is an
    /// oblique of the verb above, not a second object or another name for the noun.
    mutating func moveMarkedConjunctToVerb() {
        for phrase in heads.indices where (labels[phrase] == .conj || labels[phrase] == .appos) && tags[phrase].isNoun && heads[phrase] >= 0 {
            let noun = Int(heads[phrase])
            // `such as X`, `including X`, `like X` name members of the list: they stay.
            guard children[phrase].contains(where: {
                      labels[$0] == .caseMarker && $0 < phrase && !["such", "as", "like", "including"].contains(words[$0].lowercased())
                  }),
                  !has(phrase, { $0 == .cc }), !has(noun, { $0 == .caseMarker }) || labels[phrase] == .appos else { continue }
            // The verb above: the noun's head for a conjunct; the nearest verb for an apposition.
            var verb = Int(heads[noun]), steps = 0
            if labels[phrase] == .conj {
                guard [.obj, .nsubj, .nsubjPass].contains(labels[noun]) else { continue }
            } else {
                while verb >= 0, !tags[verb].isVerb, steps < heads.count { verb = Int(heads[verb]); steps += 1 }
            }
            guard verb >= 0, tags[verb].isVerb else { continue }
            attach(phrase, to: verb, as: .obl)
            return
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

    /// `rose to 61 percent from 52 percent` read with `52` as the oblique and its `percent` hung on the
    /// first `percent`: a number right before `percent` counts it, so `percent` takes the number's
    /// place in the tree (head, label, preposition and other modifiers) and the number becomes its
    /// `nummod`.
    mutating func joinNumberWithItsUnit() {
        for unit in heads.indices.dropFirst() where tags[unit - 1] == .CD && ["percent", "%"].contains(words[unit].lowercased()) {
            let number = unit - 1
            guard heads[number] != Int32(unit), heads[unit] != Int32(number), labels[number] != .nummod,
                  children[unit].isEmpty else { continue }
            var proposed = heads
            var proposedLabels = labels
            proposed[unit] = heads[number]
            proposedLabels[unit] = labels[number]
            proposed[number] = Int32(unit)
            proposedLabels[number] = .nummod
            for child in children[number] where labels[child] != .compound { proposed[child] = Int32(unit) }
            guard adopt(proposed, proposedLabels) else { continue }
        }
    }

    /// `their demand that the money be offset by cuts` read as a relative clause of `demand`: a
    /// clause whose `that` is its complementizer (`mark`) has no gap for the noun to fill, so it is the
    /// noun's content clause (`acl`), not a relative clause.
    mutating func relabelContentClause() {
        for clause in heads.indices where labels[clause] == .aclRelcl {
            guard children[clause].contains(where: { labels[$0] == .mark && words[$0].lowercased() == "that" && $0 < clause }),
                  children[clause].contains(where: { labels[$0].isSubject }) else { continue }
            labels[clause] = .acl
            rebuild()
            return
        }
    }

    /// Particles that make a phrasal verb (`set aside`, `pay down`).
    static let particles: Set<String> = ["aside", "up", "down", "out", "off", "back", "away", "over"]

    /// `sets aside $3 billion` read with `aside` modifying the amount: a particle right after a verb
    /// and before its object is the verb's (`compound:prt`).
    mutating func attachParticleToVerb() {
        for verb in heads.indices.dropLast() where tags[verb].isVerb {
            let particle = verb + 1
            guard Self.particles.contains(words[particle].lowercased()), tags[particle] == .RB || tags[particle] == .RP,
                  labels[particle] == .advmod, heads[particle] >= 0 else { continue }
            let object = Int(heads[particle])
            guard object > particle, heads[object] == Int32(verb), labels[object] == .obj, children[particle].isEmpty else { continue }
            attach(particle, to: verb, as: .compoundPrt)
            return
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

    /// Verb forms of a change in amount (`rose 38 percent to $2.9 billion`).
    static let changeVerbs: Set<String> = [
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "climbed", "climb", "climbs", "jumped",
        "jump", "jumps", "gained", "gain", "gains", "dropped", "drop", "drops", "declined", "decline", "declines",
        "increased", "increase", "increases", "decreased", "grew", "grow", "grows", "grown", "slipped", "slid",
        "surged", "surge", "surges", "tumbled", "plunged", "soared", "sank", "edged", "advanced", "slumped", "doubled",
    ]

    /// `Revenue rose 38 percent to $2.9 billion in the three months` read with `to $2.9 billion` (and
    /// what follows) modifying `percent`: after a verb of change, the amount's `to`, `from` and `in`
    /// phrases say where and when the change went, so they belong to the verb (`obl`).
    mutating func moveChangeTargetsToVerb() {
        for verb in heads.indices where tags[verb].isVerb && Self.changeVerbs.contains(words[verb].lowercased()) {
            guard let amount = children[verb].first(where: { [.obj, .oblNpmod, .oblUnmarked].contains(labels[$0]) && $0 > verb }),
                  children[amount].contains(where: { labels[$0] == .nummod }) || tags[amount] == .CD else { continue }
            let targets = children[amount].filter { modifier in
                modifier > amount && labels[modifier] == .nmod
                    && children[modifier].contains { labels[$0] == .caseMarker && ["to", "from", "in"].contains(words[$0].lowercased()) }
            }
            guard !targets.isEmpty else { continue }
            // A participle after the targets (`in the three months ended Oct. 31`) modifies the last of them.
            let trailing = children[amount].filter { labels[$0] == .acl && $0 > targets[0] }
            for target in targets { attach(target, to: verb, as: .obl) }
            for participle in trailing {
                if let host = targets.last(where: { $0 < participle }) { attach(participle, to: host, as: .acl) }
            }
            return
        }
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `reported record revenue on Wednesday` read with `on Wednesday` modifying `revenue`, `A state
    /// judge on Friday blocked …` with it modifying `judge`: a weekday dates an event, not a thing, so
    /// it moves from a verb's object, or from its subject when it stands before the verb, to the verb
    /// (`obl`).
    mutating func moveWeekdayOffNoun() {
        for day in heads.indices where [.nmod, .nmodTmod, .nmodUnmarked].contains(labels[day]) && Self.weekdays.contains(words[day].lowercased()) {
            let noun = Int(heads[day])
            guard noun >= 0, noun < day, heads[noun] >= 0, tags[Int(heads[noun])].isVerb else { continue }
            let verb = Int(heads[noun])
            guard labels[noun] == .obj || labels[noun].isSubject && day < verb else { continue }
            attach(day, to: verb, as: children[day].contains { labels[$0] == .caseMarker } ? .obl : .oblTmod)
            return
        }
    }
}
