/// Repairs of what follows a verb: infinitives that complete it, objects read as subjects of a later
/// clause, second objects, amounts and prepositional phrases read as objects.
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

    /// `numbered 51 last year` (`sold 300 last month`) read with `51` counting the years: a number
    /// before `last`, `next` or `this` and a unit of time is the verb's object, and the time dates it.
    mutating func splitNumberFromFollowingDate() {
        for number in heads.indices where labels[number] == .nummod && tags[number] == .CD && number + 2 < heads.count {
            let unit = Int(heads[number])
            guard unit == number + 2, RepairTree.timeUnits.contains(words[unit].lowercased()),
                  ["last", "next", "this", "that"].contains(words[number + 1].lowercased()), heads[unit] >= 0 else { continue }
            let verb = Int(heads[unit])
            guard verb < number, tags[verb].isVerb, !has(verb, { $0 == .obj }) else { continue }
            var proposed = heads, proposedLabels = labels
            proposed[number] = Int32(verb)
            proposedLabels[number] = .obj
            proposedLabels[unit] = .oblTmod
            if adopt(proposed, proposedLabels) { return }
        }
    }

    /// `offered grants and tax breaks worth $410 million` read with the amount as a second object of
    /// `offered`: an amount right after `worth` is what the thing is worth (`worth`'s object).
    mutating func attachAmountToWorth() {
        for worth in heads.indices.dropLast() where words[worth].lowercased() == "worth" && heads[worth] >= 0 {
            let amount = worth + 1
            guard tags[amount] == .dollar || tags[amount] == .CD, heads[amount] != Int32(worth), labels[amount] == .obj else { continue }
            var proposed = heads
            proposed[amount] = Int32(worth)
            if adopt(proposed, labels) { return }
        }
    }

    /// `had stopped picking his lowest rows` read with `picking` as an adverbial clause: right after
    /// a verb of starting, stopping or going on, an `-ing` verb without a subordinator is its
    /// complement (`xcomp`, as UD English EWT has it), so the extractor reads `had stopped picking`.
    mutating func relabelGerundComplement() {
        for gerund in heads.indices.dropFirst() where labels[gerund] == .advcl && tags[gerund] == .VBG {
            let verb = gerund - 1
            guard heads[gerund] == Int32(verb), tags[verb].isVerb, Self.gerundComplementVerbs.contains(words[verb].lowercased()),
                  !has(gerund, { $0 == .mark }) else { continue }
            labels[gerund] = .xcomp
        }
    }

    static let gerundComplementVerbs = verbForms(["stop", "start", "keep", "begin", "finish", "avoid", "quit", "continue", "resume"])
        .union(["stopped", "stopping", "quitting", "began", "begun", "kept", "beginning"])

    /// `The first ship is due to be delivered in March` read with the infinitive as an adverbial
    /// clause of `due`: after an adjective that takes an infinitive (`due`, `able`, `likely` …) the
    /// infinitive is its complement (`xcomp`), so the extractor reads `is due to be delivered in`.
    mutating func relabelAdjectiveInfinitive() {
        for clause in heads.indices.dropFirst(2) where labels[clause] == .advcl && tags[clause].isVerb && heads[clause] >= 0 {
            let adjective = Int(heads[clause])
            guard adjective < clause, tags[adjective] == .JJ, Self.infinitiveAdjectives.contains(words[adjective].lowercased()),
                  children[clause].contains(where: { labels[$0] == .mark && words[$0].lowercased() == "to" && $0 > adjective }),
                  !tags[(adjective + 1)..<clause].contains(where: { $0 == .comma })
            else { continue }
            labels[clause] = .xcomp
        }
    }

    static let infinitiveAdjectives: Set<String> = [
        "due", "able", "unable", "likely", "unlikely", "set", "poised", "ready", "eager", "willing", "unwilling", "certain", "sure",
    ]
}
