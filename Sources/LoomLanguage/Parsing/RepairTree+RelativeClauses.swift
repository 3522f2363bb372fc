/// Repairs of relative clauses and of the clauses around them (see ``ParseRepair``).
extension RepairTree {
    /// `a fee on sales that the company introduced in 2024` read as `that` (object of `sales`) →
    /// `the company` → `introduced` (a participle modifying `company`): a relative pronoun never
    /// depends on a noun, so the clause is rebuilt as a relative clause of that noun with the noun
    /// phrase as its subject and the pronoun as its object.
    mutating func rebuildRelativeClauseUnderPronoun() {
        for pronoun in heads.indices where tags[pronoun] == .WDT && [.obj, .nsubj, .iobj].contains(labels[pronoun]) {
            let noun = Int(heads[pronoun])
            guard noun >= 0, noun < pronoun, tags[noun].isNoun,
                  let phrase = children[pronoun].first(where: { $0 > pronoun && Self.isNominal(tags[$0]) }),
                  let verb = children[phrase].first(where: { $0 > phrase && labels[$0] == .acl && (tags[$0] == .VBN || tags[$0] == .VBD) })
            else { continue }
            // `a fee on sales that …`: after a prepositional modifier other than `of`, the clause is
            // read as modifying the noun the modifier belongs to.
            var antecedent = noun
            let governor = Int(heads[noun])
            if labels[noun] == .nmod, governor >= 0, governor < noun, tags[governor].isNoun,
               let marker = children[noun].first(where: { labels[$0] == .caseMarker && $0 < noun }), words[marker].lowercased() != "of" {
                antecedent = governor
            }
            attach(verb, to: antecedent, as: .aclRelcl)
            attach(phrase, to: verb, as: .nsubj)
            attach(pronoun, to: verb, as: .obj)
            return
        }
    }

    /// `founded by oilman Frank Delgado , who ran it until 2015` read with `ran` as an adverbial
    /// clause of `founded`, or `approve a tram line that will connect …` with `connect` as a
    /// complement of `approve`: a clause whose subject or object is a relative pronoun right after a
    /// noun (`that`, `which`, `who`, `whom`, or a noun after `whose`), or after a comma that follows a
    /// noun (`who`, `whom`, `whose`; a `, which` may refer to a whole clause), is a relative clause of that noun (of its phrase's head
    /// word, above `flat` and `compound` arcs), never a complement or modifier of a verb.
    static let misreadRelativeClauseLabels: Set<DependencyLabel> = [.advcl, .ccomp, .parataxis, .conj, .xcomp, .dep]
    static let relativePronounRoles: Set<DependencyLabel> = [.nsubj, .nsubjPass, .obj]

    mutating func attachRelativeClauseToNoun() {
        for pronoun in heads.indices.dropFirst(1) where (tags[pronoun] == .WP || tags[pronoun] == .WDT || tags[pronoun] == .WPS) {
            // `Ortiz , whose shot deflected`: `whose` stands in its noun, the clause's subject or object.
            let argument = tags[pronoun] == .WPS && labels[pronoun] == .nmodPoss ? Int(heads[pronoun]) : pronoun
            guard argument >= 0, Self.relativePronounRoles.contains(labels[argument]) else { continue }
            let word = words[pronoun].lowercased()
            let personal = word == "who" || word == "whom" || word == "whose"
            var noun: Int
            if tags[pronoun - 1].isNoun, personal || word == "that" || word == "which" {
                noun = pronoun - 1
            } else if personal, pronoun >= 2, tags[pronoun - 1] == .comma, tags[pronoun - 2].isNoun {
                noun = pronoun - 2
            } else {
                continue
            }
            let clause = Int(heads[argument])
            guard clause > pronoun, Self.misreadRelativeClauseLabels.contains(labels[clause]) else { continue }
            while [.flat, .compound, .fixed].contains(labels[noun]), heads[noun] >= 0, Int(heads[noun]) < pronoun {
                noun = Int(heads[noun])
            }
            guard tags[noun].isNoun, heads[clause] != Int32(noun) else { continue }
            var proposed = heads
            proposed[clause] = Int32(noun)
            guard Self.isTree(proposed) else { continue }
            attach(clause, to: noun, as: .aclRelcl)
            if tags[pronoun - 1] == .comma, heads[pronoun - 1] != Int32(clause) { attach(pronoun - 1, to: clause, as: .punct) }
            return
        }
    }

    /// `approved a line that will connect the waterfront with the airport , ending a dispute .` with
    /// `ending` under the relative clause: a participle clause set off by a comma at the end of the
    /// sentence comments on the main clause, so it moves from a relative clause to the root verb.
    mutating func moveTrailingParticipleToMainClause() {
        guard let root = heads.firstIndex(of: -1), tags[root].isVerb else { return }
        let bounds = subtreeBounds()
        for participle in heads.indices where labels[participle] == .advcl && tags[participle] == .VBG && participle > 0 {
            let head = Int(heads[participle])
            guard tags[participle - 1] == .comma, bounds.first(of: participle) >= participle - 1,
                  labels[head] == .aclRelcl, head != root,
                  ((bounds.last(of: participle) + 1)..<heads.count).allSatisfy({ tags[$0].isPunctuation }) else { continue }
            attach(participle, to: root, as: .advcl)
            if heads[participle - 1] == Int32(head) { attach(participle - 1, to: participle, as: .punct) }
            return
        }
    }

    /// `a leak at one of the company's storage sites that was reported in October` with the relative
    /// clause on `sites`: a relative pronoun subject agrees with its antecedent, so a clause whose
    /// verb is singular (`was`, `-s`) under a plural noun, or plural (`were`, `are`) under a singular
    /// one, belongs to the nearest noun above (through `nmod` arcs) that agrees.
    mutating func attachRelativeClauseByAgreement() {
        for clause in heads.indices where labels[clause] == .aclRelcl && heads[clause] >= 0 {
            guard let pronoun = children[clause].first(where: { labels[$0] == .nsubj || labels[$0] == .nsubjPass }),
                  tags[pronoun] == .WDT || tags[pronoun] == .WP,
                  let singularVerb = verbNumber(of: clause) else { continue }
            let noun = Int(heads[clause])
            guard let nounSingular = nounNumber(noun), nounSingular != singularVerb else { continue }
            var current = noun
            while labels[current] == .nmod, heads[current] >= 0 {
                current = Int(heads[current])
                guard let number = nounNumber(current) else { continue }
                if number == singularVerb {
                    attach(clause, to: current, as: .aclRelcl)
                    return
                }
            }
        }
    }

    /// `because a bracket that holds the front seat belts can crack in a crash` read with `the front
    /// seat belts` as the subject of `can crack`, and `because a bracket` as an oblique of `crack` or
    /// `can crack` as a second relative clause of `bracket`: when a noun after a subordinator read as
    /// its preposition (`because`, `after` …) has a relative clause without an object, and a finite
    /// verb's subject follows that clause right away, the subject is the relative clause's object,
    /// and the verb is an adverbial clause with the noun as its subject and the subordinator as its
    /// mark.
    mutating func closeRelativeClauseBeforePredicate() {
        // Cheap tests first: this runs on every parse and rarely finds anything.
        guard tags.contains(where: { $0 == .WDT || $0 == .WP }), hasSubordinatorCaseMarker else { return }
        let bounds = subtreeBounds()
        for predicate in heads.indices where isFiniteHead(predicate) && heads[predicate] >= 0 {
            guard let subject = children[predicate].first(where: { labels[$0] == .nsubj && $0 < predicate }) else { continue }
            // The noun: the predicate's head (a second relative clause) or its oblique.
            let candidates = [Int(heads[predicate])] + children[predicate].filter { Self.obliqueLabels.contains(labels[$0]) }
            for noun in candidates where noun < subject && heads[noun] >= 0 && tags[noun].isNoun {
                guard let relative = children[noun].first(where: { child in
                          labels[child] == .aclRelcl && child < subject && bounds.last(of: child) + 1 == bounds.first(of: subject)
                              && children[child].contains { labels[$0].isSubject && (tags[$0] == .WDT || tags[$0] == .WP) }
                      }),
                      !has(relative, { $0 == .obj }),
                      let marker = children[noun].first(where: {
                          labels[$0] == .caseMarker && Self.subordinators.contains(words[$0].lowercased())
                      }),
                      marker == bounds.first(of: noun) else { continue }
                var proposed = heads
                if heads[predicate] == Int32(noun) { proposed[predicate] = heads[noun] }
                proposed[subject] = Int32(relative)
                proposed[noun] = Int32(predicate)
                proposed[marker] = Int32(predicate)
                guard Self.isTree(proposed) else { continue }
                labels[subject] = .obj
                labels[predicate] = .advcl
                labels[noun] = .nsubj
                labels[marker] = .mark
                heads = proposed
                rebuild()
                return
            }
        }
    }

    /// `since a state program that paid hospitals for uninsured patients expired in March` read with
    /// `for uninsured patients` as the subject of `expired` inside the relative clause: a subject that
    /// opens with a preposition is the relative clause's oblique, and the finite verb is the
    /// predicate of the noun the clause describes (an adverbial clause when a subordinator opens the
    /// noun's phrase, else the root when the noun is).
    mutating func closeRelativeClauseAroundPrepositionalSubject() {
        // Cheap tests first: this runs on every parse and rarely finds anything.
        for predicate in heads.indices where heads[predicate] >= 0 && labels[Int(heads[predicate])] == .aclRelcl && isFiniteHead(predicate) {
            let bounds = subtreeBounds()
            let relative = Int(heads[predicate])
            guard relative < predicate, heads[relative] >= 0,
                  children[relative].contains(where: { labels[$0].isSubject && (tags[$0] == .WDT || tags[$0] == .WP) }),
                  let subject = children[predicate].first(where: { labels[$0] == .nsubj && $0 > relative && $0 < predicate }),
                  let preposition = children[subject].first(where: { labels[$0] == .caseMarker }),
                  preposition == bounds.first(of: subject) else { continue }
            let noun = Int(heads[relative])
            var proposed = heads, proposedLabels = labels
            proposed[subject] = Int32(relative)
            proposedLabels[subject] = .obl
            proposed[noun] = Int32(predicate)
            proposedLabels[noun] = .nsubj
            if let marker = children[noun].first(where: { labels[$0] == .caseMarker && Self.subordinators.contains(words[$0].lowercased()) }),
               marker == bounds.first(of: noun), heads[noun] >= 0 {
                proposed[predicate] = heads[noun]
                proposedLabels[predicate] = .advcl
                proposed[marker] = Int32(predicate)
                proposedLabels[marker] = .mark
            } else if heads[noun] < 0 {
                proposed[predicate] = -1
                proposedLabels[predicate] = .root
                for token in heads.indices where heads[token] == Int32(noun) && token > bounds.last(of: relative) {
                    proposed[token] = Int32(predicate)
                }
            } else { continue }
            if adopt(proposed, proposedLabels) { return }
        }
    }

    /// Whether a clause's finite verb (its first tensed auxiliary or copula, else itself) is
    /// singular (`was`, `is`, `-s`) or plural (`were`, `are`, a bare present); nil when it does not show.
    private func verbNumber(of clause: Int) -> Bool? {
        let finite = children[clause].first { [.aux, .auxPass, .cop].contains(labels[$0]) && $0 < clause } ?? clause
        switch tags[finite] {
        case .VBZ: return true
        case .VBP: return false
        case .VBD:
            switch words[finite].lowercased() {
            case "was": return true
            case "were": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether a noun (or the pronoun-like `one` of `one of the sites`) is singular; nil for other words.
    private func nounNumber(_ token: Int) -> Bool? {
        switch tags[token] {
        case .NN, .NNP: return true
        case .NNS, .NNPS: return false
        case .CD: return words[token].lowercased() == "one" ? true : nil
        default: return nil
        }
    }

    /// `Opponents , led by council member Greg Whitcomb , argued …` read with `Greg Whitcomb` as the
    /// object of `led` and `by` hung inside it: a participle's object that opens with `by` right
    /// after the participle is its agent (`obl:agent`, with `by` as its case marker).
    mutating func markAgentReadAsObject() {
        for verb in heads.indices where tags[verb] == .VBN {
            guard let object = children[verb].first(where: { labels[$0] == .obj }) else { continue }
            let by = subtreeBounds().first(of: object)
            guard by == verb + 1, words[by].lowercased() == "by", tags[by] == .IN, by != object else { continue }
            labels[object] = .oblAgent
            attach(by, to: object, as: .caseMarker)
            return
        }
    }

    /// `Lisa Tsai , who founded Prairie Wind and remains its chief executive , will join the board`:
    /// a sentence that opens with a name and a relative clause between commas has its main verb after
    /// the closing comma. Parsers often hang that verb inside the relative clause, or make a verb of
    /// the relative clause the root. When the first finite verb after the closing comma does not govern
    /// the name, the tree is rebuilt around it: the verb becomes the root with the name as subject,
    /// words between the commas that hung outside them join the relative clause (verbs as conjuncts,
    /// nominals as objects), and words after the comma that hung inside them join the verb. The new
    /// tree is kept only if it is well formed. ``closeOpeningParticiple()`` does the same for a
    /// participle between the commas.
    mutating func closeOpeningRelativeClause() {
        let count = heads.count
        guard let relative = (0..<count).first(where: { labels[$0] == .aclRelcl }) else { return }
        let name = Int(heads[relative])
        // The name, or a title that introduces it (`Council member Priya Nandakumar , who …`).
        guard name >= 0, name < relative,
              let open = (name + 1..<relative).first(where: { tags[$0] == .comma }),
              (0..<name).allSatisfy({ heads[$0] == Int32(name) }),  // the name opens the sentence
              open + 1 < count, [.WP, .WDT].contains(tags[open + 1]) || isQuantifiedRelativePronoun(after: open),
              tags[name].isProperNoun || isQuantifiedRelativePronoun(after: open)
                  || tags[name].isCommonNoun && children[name].contains(where: { labels[$0] == .appos && tags[$0].isProperNoun && $0 == name + 1 }),
              let close = (relative + 1..<count).first(where: { tags[$0] == .comma }),
              let verb = mainPredicate(after: close) else { return }
        let inside = (open + 1)..<close
        // With the main verb already right (`Lisa Tsai … will join`), what is left to mend are words
        // between the commas hung outside them (`remains its chief executive` with `executive` as
        // the subject of `join`).
        if heads[name] == Int32(verb) {
            guard heads[verb] == -1,
                  inside.contains(where: { $0 != relative && !inside.contains(Int(heads[$0])) && heads[$0] != Int32(name) })
            else { return }
        }
        rebuildAroundMainVerb(name: name, clause: relative, as: .aclRelcl, between: open...close, verb: verb)
    }

    /// Whether a comma is followed by a quantified relative pronoun (`, most of whom`, `, two of which`).
    func isQuantifiedRelativePronoun(after comma: Int) -> Bool {
        comma + 3 < heads.count && [.WP, .WDT].contains(tags[comma + 3]) && words[comma + 2].isWord("of")
            && words[comma + 1].isWord(in: Self.quantifiers, maxLength: 7)
    }

    /// Words that pick a part of a group (`most of whom`, `none of which`).
    static let quantifiers: Set<String> = [
        "most", "many", "some", "all", "none", "half", "both", "each", "several", "few", "one", "two", "three", "four",
        "five", "either", "neither", "any", "much", "part",
    ]

    /// `The participants , most of whom lived in small towns ,` read with `most` and `whom` as two
    /// subjects of `lived` (or `lived` as a conjunct of the verb before, `two of which are in Paris`
    /// as an oblique): the clause after `, most of whom` is a relative clause on the noun before the
    /// comma, the quantifier is its subject and the pronoun belongs to the quantifier (`nmod`).
    mutating func joinQuantifierWithRelativePronoun() {
        for comma in heads.indices.dropFirst() where tags[comma] == .comma && isQuantifiedRelativePronoun(after: comma) {
            let quantifier = comma + 1, of = comma + 2, pronoun = comma + 3, noun = comma - 1
            guard tags[noun].isNoun || tags[noun] == .CD,
                  let predicate = [Int(heads[pronoun]), Int(heads[quantifier])].first(where: { $0 > pronoun }),
                  heads[predicate] >= 0 else { continue }
            let subject: DependencyLabel = has(predicate, { $0 == .auxPass }) ? .nsubjPass : .nsubj
            let moves: [(node: Int, head: Int, label: DependencyLabel)] = [
                (predicate, noun, .aclRelcl), (quantifier, predicate, subject), (pronoun, quantifier, .nmod), (of, pronoun, .caseMarker),
            ]
            // Already so (a later rule may have read it right): nothing to do.
            guard moves.contains(where: { heads[$0.node] != Int32($0.head) || labels[$0.node] != $0.label }) else { continue }
            if reattach(moves) { return }
        }
    }

    /// `Kestrel , founded in 2015 by two former Google engineers , sells tools`: like
    /// ``closeOpeningRelativeClause()`` for a past participle between the commas (`acl`), when the
    /// parser made the participle the root or hung the main verb inside its phrase.
    mutating func closeOpeningParticiple() {
        let count = heads.count
        guard count > 5, let open = (1..<count).first(where: { tags[$0] == .comma }) else { return }
        let name = open - 1, participle = open + 1
        guard tags[name].isProperNoun, participle < count, tags[participle] == .VBN,
              (0..<name).allSatisfy({ heads[$0] == Int32(name) }),
              let close = (participle + 1..<count).first(where: { tags[$0] == .comma }),
              let verb = mainPredicate(after: close), heads[name] != Int32(verb) else { return }
        rebuildAroundMainVerb(name: name, clause: participle, as: .acl, between: open...close, verb: verb)
    }

    /// Rebuilds the tree of a sentence that opens with `name` and a clause between the commas `open`
    /// and `close` (see ``closeOpeningRelativeClause()``): `verb` becomes the root with the name as
    /// its subject, the clause hangs on the name as `label`, stray words between the commas join the
    /// clause and words after the closing comma that hung inside join the verb. Kept only if the
    /// result is a tree.
    private mutating func rebuildAroundMainVerb(
        name: Int, clause: Int, as label: DependencyLabel, between commas: ClosedRange<Int>, verb: Int
    ) {
        let count = heads.count
        let (open, close) = (commas.lowerBound, commas.upperBound)
        let inside = (open + 1)..<close
        var proposed = heads
        var proposedLabels = labels
        proposed[clause] = Int32(name)
        proposedLabels[clause] = label
        for token in inside where token != clause && !inside.contains(Int(heads[token])) {
            let host = inside.reversed().first { $0 < token && tags[$0].isVerb } ?? clause
            if tags[token].isVerb {
                proposed[token] = Int32(clause)
                proposedLabels[token] = .conj
            } else {
                proposed[token] = Int32(host)
                proposedLabels[token] = Self.isNominal(tags[token]) && label == .aclRelcl ? .obj : labels[token]
            }
        }
        for token in (close + 1)..<count where token != verb && (inside.contains(Int(heads[token])) || Int(heads[token]) == name) {
            proposed[token] = Int32(verb)
        }
        proposed[open] = Int32(clause)
        proposedLabels[open] = .punct
        proposed[close] = Int32(clause)
        proposedLabels[close] = .punct
        proposed[verb] = -1
        proposedLabels[verb] = .root
        proposed[name] = Int32(verb)
        proposedLabels[name] = children[verb].contains { labels[$0] == .auxPass } ? .nsubjPass : .nsubj
        for token in (close + 1)..<count where proposed[token] == Int32(verb) && proposedLabels[token].isSubject && token != name {
            proposedLabels[token] = .obj  // one subject per clause: an old one is the verb's object now
        }
        guard adopt(proposed, proposedLabels) else { return }
    }

    /// The first predicate after `position`: a verb with a tense of its own, or the word a tensed
    /// auxiliary or copula after `position` belongs to (`, has been under pressure` → `pressure`;
    /// `, is its chief executive` → `executive`).
    private func mainPredicate(after position: Int) -> Int? {
        for token in (position + 1)..<heads.count {
            if tags[token].isVerb && isFiniteHead(token) { return token }
            if Self.tensed.contains(tags[token]), [.aux, .auxPass, .cop].contains(labels[token]), Int(heads[token]) > position {
                return Int(heads[token])
            }
        }
        return nil
    }

    /// A verb with a tense of its own: a modal or tensed auxiliary, or a tensed form.
    func isFiniteHead(_ verb: Int) -> Bool {
        guard ![.aux, .auxPass, .cop].contains(labels[verb]) else { return false }
        if Self.tensed.contains(tags[verb]) { return true }
        return children[verb].contains { (labels[$0] == .aux || labels[$0] == .auxPass) && Self.tensed.contains(tags[$0]) }
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

    /// `The champions were Kilmacud Crokes , who were knocked out` read with `champions`, `Kilmacud
    /// Crokes` and `who` all subjects of `knocked` and the first `were` its auxiliary: a verb has one
    /// subject. A `be` between two subjects of a relative clause's verb is the copula of a clause of
    /// its own, whose predicate is the second subject and which the relative clause describes.
    mutating func splitCopulaFromRelativeClause() {
        for verb in heads.indices where tags[verb].isVerb {
            let subjects = children[verb].filter { labels[$0].isSubject && $0 < verb }
            guard subjects.count >= 3, let pronoun = subjects.last, tags[pronoun] == .WP || tags[pronoun] == .WDT else { continue }
            let first = subjects[subjects.count - 3], predicate = subjects[subjects.count - 2]
            guard let copula = children[verb].first(where: {
                (labels[$0] == .aux || labels[$0] == .auxPass) && $0 > first && $0 < predicate && Self.beForms.contains(words[$0].lowercased())
            }) else { continue }
            var proposed = heads, proposedLabels = labels
            proposed[predicate] = heads[verb]
            proposedLabels[predicate] = labels[verb]
            proposed[first] = Int32(predicate)
            proposedLabels[first] = .nsubj
            proposed[copula] = Int32(predicate)
            proposedLabels[copula] = .cop
            proposed[verb] = Int32(predicate)
            proposedLabels[verb] = .aclRelcl
            for child in children[verb] where child > first && child < predicate && child != copula {
                proposed[child] = Int32(predicate)  // adverbs and negation of the copular clause
            }
            if adopt(proposed, proposedLabels) { return }
        }
    }

    static let beForms: Set<String> = ["is", "are", "was", "were", "'s", "'re", "be", "been"]

    /// `people who walk more may also be healthier` read with `more` on `healthier`: an adverb right
    /// after a relative clause inside the subject, before the predicate's auxiliaries, ends that
    /// clause (an adverb of the predicate would stand after its first auxiliary: `may also be`).
    mutating func attachAdverbAfterRelativeClause() {
        for adverb in heads.indices.dropFirst(2) where labels[adverb] == .advmod && labels[adverb - 1] == .aclRelcl {
            let predicate = Int(heads[adverb]), clause = adverb - 1
            guard predicate > adverb, children[adverb].isEmpty, tags[clause].isVerb, subtreeBounds().last(of: clause) == clause,
                  let noun = Optional(Int(heads[clause])), noun >= 0, heads[noun] == Int32(predicate), labels[noun].isSubject,
                  (adverb + 1..<predicate).contains(where: { heads[$0] == Int32(predicate) && [.aux, .auxPass, .cop].contains(labels[$0]) }),
                  !has(clause, { $0 == .obj || $0 == .xcomp || $0 == .ccomp })
            else { continue }
            attach(adverb, to: clause, as: .advmod)
            return
        }
    }

    /// `healthier in ways the questionnaires did not capture` read with `capture` as a clause of its
    /// own (`parataxis`): a clause that starts right after a noun, with a subject but no object and no
    /// punctuation before it, is a relative clause without a pronoun on that noun (`the deal they
    /// signed`).
    mutating func attachBareRelativeClause() {
        for verb in heads.indices where (labels[verb] == .parataxis || labels[verb] == .dep) && tags[verb].isVerb {
            let bounds = subtreeBounds()
            let start = bounds.first(of: verb), noun = start - 1
            guard noun > 0, tags[noun] == .NN || tags[noun] == .NNS, !tags[start].isPunctuation,
                  let subject = children[verb].first(where: { labels[$0] == .nsubj }), subject < verb,
                  bounds.first(of: subject) == start, tags[start] == .DT || tags[start] == .PRP || tags[start] == .PRPS,
                  !has(verb, { [.obj, .ccomp, .xcomp, .mark].contains($0) }), heads[noun] >= 0,
                  isDescendant(noun, of: Int(heads[verb]))
            else { continue }
            if reattach([(verb, noun, .aclRelcl)]) { return }
        }
    }

    /// `Adults over 65 who walked at least 30 minutes a day were 28 percent less likely to be
    /// admitted` read with `were … likely` inside the relative clause and the noun as the root: a
    /// sentence that opens with a noun and a relative clause, without commas or a conjunction, has its
    /// main predicate at the first tensed copula, auxiliary or verb after the relative clause's own
    /// verb. That predicate becomes the root with the noun as subject; what lies before it joins the
    /// relative clause, and a number after the copula is a measure (`28 percent less likely`).
    mutating func restoreMainPredicateAfterRelativeClause() {
        guard let root = heads.firstIndex(of: -1), tags[root].isNoun, !tags[root].isVerb,
              (0..<root).allSatisfy({ heads[$0] == Int32(root) }),
              let clause = children[root].first(where: { labels[$0] == .aclRelcl && $0 > root }),
              Self.tensed.contains(tags[clause]),
              children[clause].contains(where: { labels[$0].isSubject && [.WP, .WDT].contains(tags[$0]) && $0 < clause })
        else { return }
        guard let boundary = ((clause + 1)..<heads.count).first(where: { Self.tensed.contains(tags[$0]) }),
              !((root + 1)..<boundary).contains(where: { tags[$0] == .comma || tags[$0] == .CC || tags[$0] == .colon })
        else { return }
        let predicate = [.cop, .aux, .auxPass].contains(labels[boundary]) ? Int(heads[boundary]) : boundary
        guard predicate >= boundary, predicate != clause, isDescendant(predicate, of: clause) else { return }
        var moves: [(node: Int, head: Int, label: DependencyLabel)] = [
            (predicate, -1, .root),
            (root, predicate, has(predicate, { $0 == .auxPass }) ? .nsubjPass : .nsubj),
        ]
        let before = (clause + 1)..<boundary
        for token in before where !before.contains(Int(heads[token])) && Int(heads[token]) != clause {
            moves.append((token, clause, labels[token].isSubject ? .oblUnmarked : labels[token]))
        }
        for token in boundary..<heads.count where token != predicate {
            let head = Int(heads[token])
            if head >= 0 && head < boundary && head != root { moves.append((token, predicate, labels[token])) }
            // `were 28 percent less likely`: after the copula a number measures the predicate.
            if head == predicate && labels[token].isSubject && token > boundary { moves.append((token, predicate, .oblNpmod)) }
        }
        _ = reattach(moves)
    }
}
