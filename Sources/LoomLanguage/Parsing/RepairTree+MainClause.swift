/// Repairs that restore a sentence's main clause when the parser made something else the root (see ``ParseRepair``).
extension RepairTree {
    /// `Brekke , 58 , took over as chief executive` read with the name as the root and `took` as a
    /// loose clause beside it: a sentence that opens with a noun phrase and an apposition between
    /// commas goes on with its main verb. When the root is that opening noun and a finite verb
    /// without a subject hangs from it right after a comma, the verb becomes the root with the noun
    /// as its subject; the noun's dependents after the verb move to the verb.
    static let looseClauseLabels: Set<DependencyLabel> = [.parataxis, .ccomp, .conj, .dep, .advcl, .acl, .appos, .list]

    mutating func restoreVerbAfterOpeningApposition() {
        guard let root = heads.firstIndex(of: -1), tags[root].isNoun, children[root].contains(where: { labels[$0] == .appos }),
              (0..<root).allSatisfy({ heads[$0] >= 0 && Int(heads[$0]) <= root }) else { return }
        guard let verb = children[root].first(where: { child in
            child > root && tags[child].isVerb && Self.looseClauseLabels.contains(labels[child]) && isFiniteHead(child)
                && !has(child, \.isSubject) && tags[child - 1] == .comma
        }) else { return }
        var proposed = heads
        var proposedLabels = labels
        proposed[verb] = -1
        proposedLabels[verb] = .root
        proposed[root] = Int32(verb)
        proposedLabels[root] = has(verb, { $0 == .auxPass }) ? .nsubjPass : .nsubj
        for child in children[root] where child > verb { proposed[child] = Int32(verb) }
        guard adopt(proposed, proposedLabels) else { return }
    }

    /// `Founded in 2006 by two engineers , Qorvane employs 9,400 people` read with `Founded` as the
    /// root and `employs` as a relative clause of `engineers`: a sentence that opens with a participle
    /// clause goes on, after its comma, with the main clause. When the root is an opening participle
    /// and a clause with a tensed verb and its own subject (not a relative pronoun) starts right
    /// after the first comma, that verb is the root and the participle its adverbial clause. The
    /// same holds for a participle with its auxiliary (`Having returned to the Second Division ,
    /// they gained …`) and for an opening prepositional phrase read as the root (`Following the
    /// decision to withdraw tram services , the station closed …`), which becomes an oblique.
    mutating func restoreMainClauseAfterOpeningParticiple() {
        guard let root = heads.firstIndex(of: -1) else { return }
        let participle = (tags[root] == .VBN || tags[root] == .VBG)
            && (0..<root).allSatisfy({ tags[$0] == .RB || tags[$0] == .IN || labels[$0] == .aux || labels[$0] == .auxPass })
        let phrase = tags[root].isNoun && root > 0 && labels[0] == .caseMarker && heads[0] == Int32(root)
        guard participle || phrase,
              let comma = ((root + 1)..<heads.count).first(where: { tags[$0] == .comma }) else { return }
        guard let verb = ((comma + 1)..<heads.count).first(where: { tags[$0].isVerb || tags[$0] == .MD }) else { return }
        let main = [.aux, .auxPass, .cop].contains(labels[verb]) ? Int(heads[verb]) : verb
        guard main > comma, main != root, Self.tensed.contains(tags[verb]),
              let subject = children[main].first(where: { labels[$0].isSubject }), subject > comma, subject < verb,
              tags[subject] != .WDT, tags[subject] != .WP else { return }
        // The subject's phrase starts right after the comma (`, Qorvane employs`, `, the hotel has`).
        guard subtreeBounds().first(of: subject) == comma + 1 else { return }
        var proposed = heads
        var proposedLabels = labels
        proposed[main] = -1
        proposedLabels[main] = .root
        proposed[root] = Int32(main)
        proposedLabels[root] = participle ? .advcl : .obl
        for token in (comma + 1)..<heads.count where token != main {
            if !isDescendant(token, of: main), heads[token] >= 0, Int(heads[token]) <= comma || Int(heads[token]) == root { proposed[token] = Int32(main) }
        }
        proposed[comma] = Int32(root)
        proposedLabels[comma] = .punct
        guard adopt(proposed, proposedLabels) else { return }
    }

    /// `After the vote , shares of Meridian , the largest tenant , rose 4 percent` read with `shares`
    /// as a conjunct of `vote` (and `the largest tenant` as an apposition of the opening phrase): a
    /// conjunct without any conjunction right after an opening phrase's comma is the subject of the
    /// subjectless tensed verb that follows it, and an apposition after it describes it.
    mutating func makeCommaConjunctTheSubject() {
        guard tags[0] == .IN || tags[0] == .VBG else { return }
        // `Following the vote`: the noun is the object of `Following`, or the head of its case marker.
        let phrase: Int
        if let object = children[0].first(where: { labels[$0] == .obj }) {
            phrase = object
        } else if labels[0] == .caseMarker, heads[0] > 0 {
            phrase = Int(heads[0])
        } else { return }
        guard !has(phrase, { $0 == .cc }), let comma = ((phrase + 1)..<heads.count).first(where: { tags[$0] == .comma }),
              let subject = children[phrase].first(where: { labels[$0] == .conj && $0 > comma }) else { return }
        let bounds = subtreeBounds()
        // The comma may hang on the conjunct (UD's convention) or on the phrase.
        guard bounds.first(of: subject) == comma + 1 || bounds.first(of: subject) == comma,
              let tensed = ((bounds.last(of: subject) + 1)..<heads.count).first(where: { Self.tensed.contains(tags[$0]) })
        else { return }
        let verb = [.aux, .auxPass, .cop].contains(labels[tensed]) ? Int(heads[tensed]) : tensed
        guard verb > subject, !has(verb, \.isSubject), !isDescendant(verb, of: subject) else { return }
        var proposed = heads, proposedLabels = labels
        proposed[subject] = Int32(verb)
        proposedLabels[subject] = .nsubj
        // The apposition describes the noun right before it (`shares of Meridian , the largest tenant`).
        let described = tags[bounds.last(of: subject)].isNoun ? bounds.last(of: subject) : subject
        for apposition in children[phrase] + children[0] where labels[apposition] == .appos && apposition > subject && apposition < verb {
            proposed[apposition] = Int32(described)
        }
        // A verb hung inside the opening phrase takes the phrase's place, the phrase becoming its oblique.
        if isDescendant(verb, of: phrase) {
            proposed[verb] = heads[phrase]
            proposedLabels[verb] = labels[phrase]
            proposed[phrase] = Int32(verb)
            proposedLabels[phrase] = .obl
            for token in (bounds.last(of: subject) + 1)..<heads.count
            where heads[token] == Int32(phrase) && proposed[token] == Int32(phrase) && token != verb {
                proposed[token] = Int32(verb)
            }
        }
        _ = adopt(proposed, proposedLabels)
    }

    /// `Net income more than doubled to $610 million` read with `more` as the root and `doubled` as
    /// its adverbial clause: `more than` (or `less than`) before a verb qualifies the verb, which is
    /// the root; `more` becomes its adverb (`than` fixed to it) and the noun before it the subject.
    mutating func restoreVerbAfterMoreThan() {
        guard let root = heads.firstIndex(of: -1), root + 2 < heads.count,
              ["more", "less"].contains(words[root].lowercased()), words[root + 1].lowercased() == "than",
              tags[root + 2].isVerb, heads[root + 2] == Int32(root) else { return }
        let verb = root + 2
        var proposed = heads
        var proposedLabels = labels
        proposed[verb] = -1
        proposedLabels[verb] = .root
        for child in children[root] where child != verb {
            proposed[child] = Int32(verb)
            if child < root, Self.isNominal(tags[child]) { proposedLabels[child] = .nsubj }
        }
        proposed[root] = Int32(verb)
        proposedLabels[root] = .advmod
        proposed[root + 1] = Int32(root)
        proposedLabels[root + 1] = .fixed
        guard adopt(proposed, proposedLabels) else { return }
    }

    /// Prepositions that also open clauses (`after the bank said …`).
    static let subordinators: Set<String> = ["after", "before", "until", "since", "because", "while", "when", "as"]

    /// Whether some case marker is a subordinator (`after the People's Bank of China said`): a cheap
    /// test before the rules that rebuild such clauses.
    var hasSubordinatorCaseMarker: Bool {
        labels.indices.contains { labels[$0] == .caseMarker && Self.subordinators.contains(words[$0].lowercased()) }
    }

    /// `held steady after the People's Bank of China said it would cut rates` read with `after the
    /// Bank` as an oblique (of `held` or of `said`) or as a modifier of the object (`paid a penalty
    /// after regulators found …`) and `said` as a conjunct without a conjunction (or as a subjectless
    /// adverbial clause: `was delayed after a court ruled that …`): a verb conjoined without `and`, or
    /// adverbial, without a subject, right after such a phrase, is an adverbial clause whose subject
    /// is the phrase's noun and whose subordinator is its preposition.
    mutating func rebuildClauseAfterSubordinator() {
        // Cheap test first: this runs on every parse and rarely finds anything.
        guard hasSubordinatorCaseMarker else { return }
        let bounds = subtreeBounds()
        for verb in heads.indices where (labels[verb] == .conj || labels[verb] == .advcl) && tags[verb].isVerb && heads[verb] >= 0 {
            let head = Int(heads[verb])
            // Right before the verb, its subtree or its auxiliaries (`while the mutiny had led to`).
            let (currentHeads, currentLabels) = (heads, labels)
            let endsBeforeVerb = { (noun: Int) in
                let after = bounds.last(of: noun) + 1
                return after == verb || after == bounds.first(of: verb)
                    || after < verb && (after..<verb).allSatisfy { Int(currentHeads[$0]) == verb && [.aux, .auxPass].contains(currentLabels[$0]) }
            }
            let oblique = (children[verb] + children[head]).first {
                $0 < verb && Self.obliqueLabels.contains(labels[$0]) && endsBeforeVerb($0)
            }
            let nounModifier = (0..<verb).first {
                labels[$0] == .nmod && endsBeforeVerb($0) && isDescendant($0, of: head)
            }
            // `treated for injuries after a roof collapsed`: the oblique (`for injuries`) ends right before
            // the verb too, but only the phrase opened by a subordinator can be the clause.
            let (currentChildren, currentWords, currentTags) = (children, words, tags)
            let subordinated = { (noun: Int) -> Int? in
                guard let marker = currentChildren[noun].first(where: {
                    currentLabels[$0] == .caseMarker && Self.subordinators.contains(currentWords[$0].lowercased())
                }), marker == bounds.first(of: noun) || marker == bounds.first(of: noun) + 1 && currentTags[marker - 1] == .comma
                else { return nil }
                return marker
            }
            guard !has(verb, { $0 == .cc || $0.isSubject }), Self.tensed.contains(tags[verb]) || isFiniteHead(verb),
                  let noun = [oblique, nounModifier].compactMap({ $0 }).first(where: { subordinated($0) != nil }),
                  let marker = subordinated(noun)
            else { continue }
            var proposed = heads
            proposed[noun] = Int32(verb)
            proposed[marker] = Int32(verb)
            guard Self.isTree(proposed) else { continue }
            labels[verb] = .advcl
            attach(noun, to: verb, as: .nsubj)
            attach(marker, to: verb, as: .mark)
            if tags[marker - 1] == .comma && heads[marker - 1] == Int32(noun) { attach(marker - 1, to: verb, as: .punct) }
            return
        }
    }

    static let obliqueLabels: Set<DependencyLabel> = [.obl, .oblTmod, .oblNpmod, .oblUnmarked]

    /// `investors bet that spending on artificial intelligence would lift their earnings` (or `failed to
    /// consider how logging would affect water`) read with `spending …` as the complement of `bet` and
    /// `would lift` as a clause of its own: a gerund opened by `that`, `whether` or `how` and followed
    /// right away by a subjectless tensed verb is that verb's subject (`csubj`), and the verb is the
    /// complement.
    mutating func moveGerundIntoComplementClause() {
        let bounds = subtreeBounds()
        for gerund in heads.indices where labels[gerund] == .ccomp && tags[gerund] == .VBG && heads[gerund] >= 0 {
            guard let that = children[gerund].first(where: { child in
                let word = words[child].lowercased()
                return child < gerund && (labels[child] == .mark && ["that", "whether"].contains(word)
                    || labels[child] == .advmod && ["how", "why"].contains(word))
            }) else { continue }
            let next = bounds.last(of: gerund) + 1
            guard next < heads.count else { continue }
            // The verb whose subtree starts right after the gerund's: a modal or auxiliary's head, or a tensed verb.
            let verb = [.aux, .auxPass].contains(labels[next]) ? Int(heads[next]) : next
            guard verb >= next, verb < heads.count, tags[verb].isVerb, isFiniteHead(verb), !has(verb, \.isSubject),
                  heads[verb] != Int32(gerund) else { continue }
            var proposed = heads
            let governor = Int(heads[gerund])
            // `as investors bet` hung on `lift`: the governing clause takes the verb's place.
            if heads[governor] == Int32(verb) { proposed[governor] = heads[verb] }
            proposed[verb] = Int32(governor)
            proposed[gerund] = Int32(verb)
            proposed[that] = Int32(verb)
            guard Self.isTree(proposed) else { continue }
            heads = proposed
            labels[verb] = .ccomp
            labels[gerund] = .csubj
            rebuild()
            return
        }
    }

    /// `The buyers , these analysts added , could be foreign concerns` read with `The buyers` as a
    /// second subject of `added`: a verb has one subject. When a verb between commas has two, the one
    /// before the first comma belongs to the clause after the second comma that has none.
    mutating func moveSubjectPastParentheticalReporter() {
        for verb in heads.indices where tags[verb].isVerb && verb + 1 < heads.count && tags[verb + 1] == .comma {
            let subjects = children[verb].filter { labels[$0].isSubject && $0 < verb }
            guard subjects.count == 2, let clause = children[verb].first(where: {
                $0 > verb + 1 && [.ccomp, .parataxis, .advcl].contains(labels[$0]) && !has($0, { $0.isSubject || $0 == .mark })
            }) else { continue }
            let (moved, speaker) = (subjects[0], subjects[1])
            let bounds = subtreeBounds()
            // The comma may hang inside the subject's phrase or follow it.
            let end = bounds.last(of: moved)
            let comma = tags[end] == .comma ? end : end + 1
            guard tags[comma] == .comma, comma + 1 == bounds.first(of: speaker) else { continue }
            attach(moved, to: clause, as: has(clause, { $0 == .auxPass }) ? .nsubjPass : .nsubj)
            if comma == end { attach(comma, to: verb, as: .punct) }
            labels[clause] = .ccomp
            return
        }
    }

    /// `Admissions numbered 51 last year and totaled 60` read as a noun phrase whose verb modifies the
    /// noun (`acl`): a clause that modifies a noun is a participle or an infinitive, never a tensed
    /// verb. A root noun with a tensed `acl` right after it is that verb's subject.
    mutating func makeTensedModifierOfRootNounTheVerb() {
        guard let noun = heads.firstIndex(of: -1), Self.isNominal(tags[noun]), !has(noun, { $0 == .cop }),
              noun + 1 < heads.count, heads[noun + 1] == Int32(noun), labels[noun + 1] == .acl,
              [.VBD, .VBZ, .VBP].contains(tags[noun + 1]), !has(noun + 1, { $0.isSubject || $0 == .mark }) else { return }
        let verb = noun + 1
        var proposed = heads, proposedLabels = labels
        proposed[verb] = -1
        proposedLabels[verb] = .root
        proposed[noun] = Int32(verb)
        proposedLabels[noun] = .nsubj
        for child in children[noun] where child > verb { proposed[child] = Int32(verb) }
        _ = adopt(proposed, proposedLabels)
    }

    /// `Following the vote , shares of Meridian Logistics , the largest tenant , rose` read with
    /// `Following` as the case marker of `tenant` (an oblique of `rose`) and `the vote` as its object:
    /// the opening word marks the phrase it opens, which modifies the verb, and the noun phrase
    /// between commas after the subject describes the subject.
    mutating func moveOpeningMarkerOffApposition() {
        guard labels[0] == .caseMarker, let object = children[0].first(where: { labels[$0] == .obj }), heads[0] > Int32(object) else { return }
        let described = Int(heads[0])
        guard [.obl, .nmod].contains(labels[described]), heads[described] >= 0 else { return }
        let verb = Int(heads[described])
        guard tags[verb].isVerb, let subject = children[verb].first(where: { labels[$0].isSubject && $0 > object && $0 < described })
        else { return }
        let bounds = subtreeBounds()
        let end = bounds.last(of: subject)
        // The described phrase starts right after the comma (its subtree also holds the marker).
        guard tags[end + 1] == .comma, end + 2 <= described,
              (end + 2..<described).allSatisfy({ heads[$0] == Int32(described) }) else { return }
        var proposed = heads, proposedLabels = labels
        proposed[object] = Int32(verb)
        proposedLabels[object] = .obl
        proposed[0] = Int32(object)
        proposed[described] = Int32(tags[end].isNoun ? end : subject)
        proposedLabels[described] = .appos
        // Commas of the opening phrase go with it.
        for comma in children[0] where tags[comma] == .comma { proposed[comma] = Int32(object) }
        _ = adopt(proposed, proposedLabels)
    }

    /// `Turnout rose from 52 percent in the previous election , held in 2022` read with `held` as a
    /// conjunct of `rose`: conjuncts need a conjunction (or a list), so a bare participle after a
    /// comma that follows a noun describes that noun (`acl`).
    mutating func attachParticipleAfterCommaToNoun() {
        for participle in heads.indices.dropFirst(2) where labels[participle] == .conj && tags[participle] == .VBN {
            let noun = participle - 2
            guard tags[participle - 1] == .comma, tags[noun].isNoun, heads[participle] >= 0, Int(heads[participle]) < noun,
                  !has(participle, { $0 == .cc || $0.isSubject || $0 == .aux || $0 == .auxPass }),
                  isDescendant(noun, of: Int(heads[participle])),
                  // After an amount or a time the participle comments on the clause (`rose 22 percent
                  // to 1.35 billion francs , helped by higher prices`).
                  !has(noun, { $0 == .nummod }), !RepairTree.timeUnits.contains(words[noun].lowercased()),
                  // Not the last item of a list of participles (`founded , owned and run`).
                  !children[Int(heads[participle])].contains(where: { labels[$0] == .conj && $0 > participle })
            else { continue }
            var proposed = heads, proposedLabels = labels
            proposed[participle] = Int32(noun)
            proposedLabels[participle] = .acl
            if adopt(proposed, proposedLabels) { return }
        }
    }

    /// `Inflation slowed to 2.8 percent in October from 3.4 percent in September , helped by lower
    /// prices` read with `helped` describing `September`: a participle with an agent, after a comma and
    /// a date or an amount, says why the clause happened, so it modifies the clause's verb (`advcl`).
    mutating func moveAgentParticipleOffTime() {
        for participle in heads.indices.dropFirst(2) where labels[participle] == .acl && tags[participle] == .VBN {
            let noun = Int(heads[participle])
            guard tags[participle - 1] == .comma, noun == participle - 2, has(participle, { $0 == .oblAgent }),
                  isTimeOrAmount(noun) else { continue }
            var verb = noun, steps = 0
            while verb >= 0, !tags[verb].isVerb, steps < heads.count {
                verb = Int(heads[verb])
                steps += 1
            }
            guard verb >= 0, tags[verb].isVerb else { continue }
            attach(participle, to: verb, as: .advcl)
            return
        }
    }

    /// A date, a time or an amount (`September`, `2024`, `Monday`, `3 percent`, `two years`).
    func isTimeOrAmount(_ noun: Int) -> Bool {
        let word = words[noun].lowercased()
        return tags[noun] == .CD || has(noun, { $0 == .nummod }) || RepairTree.timeUnits.contains(word)
            || RepairTree.weekdays.contains(word) || RepairTree.monthNames.contains(word)
    }

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// `helped by lower food and energy prices` read with `prices` as a conjunct of `helped`: a bare
    /// noun joined to a verb by `and` is a conjunct of the noun right before the `and`, which ends the
    /// verb's object or oblique (`by procreation rather than conversion`).
    mutating func moveNounConjunctOffVerb() {
        for conjunct in heads.indices where labels[conjunct] == .conj && (tags[conjunct] == .NN || tags[conjunct] == .NNS) {
            let verb = Int(heads[conjunct])
            guard verb >= 0, verb < conjunct, tags[verb].isVerb,
                  let cc = children[conjunct].first(where: { labels[$0] == .cc && $0 < conjunct }),
                  !has(conjunct, { $0.isSubject || $0 == .cop || $0 == .aux || $0 == .caseMarker }) else { continue }
            let bounds = subtreeBounds()
            let noun = cc - 1
            guard tags[noun].isNoun, let argument = children[verb].last(where: {
                $0 < cc && [.obj, .obl, .oblAgent, .iobj].contains(labels[$0]) && tags[$0].isNoun
            }), bounds.last(of: argument) == noun else { continue }
            attach(conjunct, to: noun, as: .conj)
            return
        }
    }

    /// `Even short walks after meals appeared to lower blood pressure` read with `after meals
    /// appeared` as the sentence's only clause and `walks` hanging from it: when the subordinator of
    /// the root verb (or of a reported clause) comes right after a bare noun phrase that opens the
    /// sentence (or the clause), there is no clause left for it, so that noun is the verb's subject
    /// and `after meals` modifies it.
    mutating func makeNounBeforeSubordinatorTheSubject() {
        for verb in heads.indices where (heads[verb] < 0 || labels[verb] == .ccomp) && tags[verb].isVerb {
            guard let marker = children[verb].last(where: { labels[$0] == .mark && tags[$0] == .IN && $0 < verb }),
                  let inner = children[verb].first(where: { labels[$0] == .nsubj && $0 > marker && $0 < verb }),
                  let noun = children[verb].first(where: { $0 < marker && tags[$0].isNoun && !labels[$0].isSubject }),
                  !has(noun, { $0 == .caseMarker }) else { continue }
            let bounds = subtreeBounds()
            // The clause starts with the noun (a reported clause may open with `that`).
            var start = heads[verb] < 0 ? 0 : bounds.first(of: verb)
            if labels[start] == .mark && words[start].isWord("that") { start += 1 }
            guard bounds.first(of: noun) == start, bounds.last(of: noun) + 1 == marker, bounds.first(of: inner) == marker + 1,
                  ((bounds.last(of: inner) + 1)..<verb).allSatisfy({ [.aux, .auxPass, .advmod].contains(labels[$0]) })
            else { continue }
            if reattach([(noun, verb, .nsubj), (inner, noun, .nmod), (marker, inner, .caseMarker)]) { return }
        }
    }

    /// `A storm knocked out power to 80,000 homes , the grid operator said on Thursday .` read with
    /// `said` as a conjunct of `knocked` (no conjunction): a reporting verb with its own subject after
    /// the sentence's clause and a comma, with nothing after it but its obliques, reports that clause:
    /// it becomes the root and the clause its complement.
    mutating func makeTrailingReporterTheRoot() {
        guard let root = heads.firstIndex(of: -1) else { return }
        for verb in children[root] where labels[verb] == .conj && VerbTagRepair.reportingForms.contains(words[verb].lowercased()) {
            let bounds = subtreeBounds()
            let start = bounds.first(of: verb)
            guard start > 0, tags[start - 1] == .comma, !has(verb, { [.cc, .ccomp, .obj, .xcomp, .mark].contains($0) }),
                  let subject = children[verb].first(where: { labels[$0] == .nsubj }), subject < verb,
                  bounds.first(of: subject) == start, bounds.last(of: verb) >= heads.count - 2
            else { continue }
            if reattach([(verb, -1, .root), (root, verb, .ccomp)]) { return }
        }
    }
}
