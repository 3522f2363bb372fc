import LoomLanguage

/// Verbal and copular clauses (ClausIE's SV·, SVO, SVC, SVA, SVOO, SVOA, SVOC), one statement per
/// combination of conjoined subjects and objects.
struct ClauseRules {
    let view: SentenceView

    /// Labels of a predicate's children that belong to the clause, not to a nominal predicate's phrase.
    static let clauseLabels: Set<DependencyLabel> = [
        .nsubj, .nsubjPass, .nsubjOuter, .csubj, .csubjPass, .csubjOuter, .expl, .aux, .auxPass, .cop, .mark,
        .advcl, .advclRelcl, .obl, .oblAgent, .oblUnmarked, .oblTmod, .oblNpmod, .ccomp, .parataxis, .discourse,
        .vocative, .dislocated,
    ]

    /// Adverbs that act as verb particles when they follow the verb directly (`switched over to`).
    static let particles: Set<String> = ["over", "up", "out", "back", "away", "off", "down", "in", "on", "around", "through", "forward", "apart", "aside"]
    /// Verbs whose adverb right after them states where something stands (`stay low`, `remain
    /// flat`, `held steady`): the adverb is part of the relation, not a detail to drop.
    static let standingVerbs: Set<String> = ["stay", "remain", "hold", "sit", "keep"]
    /// Verbs of placing in a ranking, completed by an ordinal (`came second with 71 seats`).
    static let rankingVerbs: Set<String> = ["come", "finish", "place", "rank", "end"]
    /// Prepositions that open a gerund of means or purpose (`by cutting`, `on repairing`).
    static let meansMarkers: Set<String> = ["by", "on", "in", "for", "through", "toward", "towards"]

    /// Whether token `i` heads a clause the rules read.
    func isPredicate(_ i: Int) -> Bool {
        let label = view.labels[i]
        // Existentials (`there is a way`) state no relation between two arguments.
        if view.firstChild(of: i, .expl) != nil { return false }
        if view.children[i].contains(where: { view.labels[$0] == .cop && view.tags[$0].isVerb }) { return !isFoldedXcomp(i) }
        guard view.tags[i].isVerb else { return false }
        switch label {
        case .aux, .auxPass, .cop, .amod, .compound, .caseMarker, .mark, .det, .fixed, .flat, .nmod, .nsubj, .obj,
             .nmodPoss, .goeswith, .reparandum:
            return false
        default:
            return !isFoldedXcomp(i)
        }
    }

    /// An open clausal complement whose words join its governor's relation (`pledged to invest`).
    /// The object of a verb that does what its open complement says (`urged both sides to return`);
    /// UD English EWT labels it `iobj` after some verbs (`does not allow the governor to order`).
    func complementDoer(_ verb: Int) -> Int? {
        view.firstChild(of: verb, .obj) ?? view.firstChild(of: verb, .iobj)
    }

    func isFoldedXcomp(_ i: Int) -> Bool {
        guard view.heads[i] >= 0 else { return false }
        let governor = view.heads[i]
        // `sortied to protect X`: a subjectless purpose infinitive reads like an open complement, also
        // after a date when the verb is active (`voted on Thursday to build`), but not after another
        // argument of the verb.
        if view.labels[i] == .advcl, view.tags[i] == .VB, view.tags[governor].isVerb,
           view.children[i].contains(where: { view.labels[$0] == .mark && view.lemmas[$0] == "to" }),
           !view.children[i].contains(where: { view.labels[$0].isSubject }),
           !view.children[governor].contains(where: { [.xcomp, .obj, .ccomp].contains(view.labels[$0]) }) {
            let obliques = view.children[governor].filter { view.labels[$0] == .obl }
            return obliques.isEmpty || (view.firstChild(of: governor, .auxPass) == nil && obliques.allSatisfy(view.isDate))
        }
        guard view.labels[i] == .xcomp else { return false }
        guard complementDoer(governor) == nil else { return false }
        if view.tags[governor].isVerb { return view.tags[i].isVerb || view.firstChild(of: i, .cop) != nil }
        // `were able to reinforce`: a copular adjective and its infinitive make one relation.
        return view.tags[governor].isAdjective && view.firstChild(of: governor, .cop) != nil && view.tags[i].isVerb
    }

    func candidates(for predicate: Int) -> [Candidate] {
        // `than they were six months ago` is the yardstick of a comparison, not a statement.
        guard !view.children[predicate].contains(where: { view.labels[$0] == .mark && view.lemmas[$0] == "than" }) else { return [] }
        // `without warning its customers`, `instead of cutting jobs`: the clause says what did not
        // happen, stated negated (`did not warn`) for a plain gerund, else not at all.
        let counterfactual = view.children[predicate].contains(where: {
            [.mark, .cc].contains(view.labels[$0]) && Self.counterfactualMarks.contains(view.lemmas[$0].lowercased())
        })
        guard !counterfactual || (view.tags[predicate] == .VBG
            && !view.children[predicate].contains(where: { [.aux, .auxPass, .cop].contains(view.labels[$0]) })) else { return [] }
        guard let subjectInfo = subject(of: predicate, depth: 0) else { return [] }
        var relation = relationWords(of: predicate)
        // `expects the fine to reduce its profit`: what the object is to do is not a fact; the
        // relation keeps its `to` (`to reduce`).
        if view.labels[predicate] == .xcomp, view.heads[predicate] >= 0,
           let object = complementDoer(view.heads[predicate]), subjectInfo.heads == [object] {
            relation = view.children[predicate].filter { view.labels[$0] == .mark && $0 < predicate }.map(word) + relation
        }
        if let prefix = foldedConjunctPrefix(predicate) {
            // `to begin … and take`: the conjunct shares the first verb's `to`.
            let marker = view.firstChild(of: predicate, .mark) ?? view.firstChild(of: view.heads[predicate], .mark)
            relation = prefix + (marker.map { [word($0)] } ?? []) + relation
        } else if view.labels[predicate] == .conj, view.tags[predicate].isVerb, view.heads[predicate] >= 0,
           !view.children[predicate].contains(where: { view.labels[$0] == .aux || view.labels[$0] == .auxPass || view.labels[$0].isSubject }) {
            let governor = view.heads[predicate]
            let inherited = view.children[governor].filter { (view.labels[$0] == .aux || view.labels[$0] == .auxPass) && $0 < governor }
            if view.tags[governor] == view.tags[predicate] { relation = inherited.map(word) + relation }
        }
        if needsCopula(predicate, inherited: subjectInfo.inherited || subjectInfo.passiveParticiple) {
            relation.insert(.added(beForm(predicate, subject: subjectInfo.heads.first), lemma: "be"), at: 0)
        }
        if view.firstChild(of: predicate, .cop) != nil, view.children[predicate].contains(where: isFoldedXcomp) {
            // `were less likely to be admitted`: a degree adverb of the adjective is part of what is said.
            if predicate > 0, view.heads[predicate - 1] == predicate, view.labels[predicate - 1] == .advmod,
               ["less", "more", "least", "most"].contains(view.lemmas[predicate - 1].lowercased()) {
                relation.append(word(predicate - 1))
            }
            relation.append(word(predicate))
            // `is due to start`: UD attaches the `to` of `due to` as fixed.
            relation += view.children[predicate].filter { view.labels[$0] == .fixed && $0 > predicate }.map(word)
        }
        var source = predicate
        var steps = 0
        while steps < view.count, let next = view.children[source].first(where: { isFoldedXcomp($0) }) {
            steps += 1
            relation += foldedWords(next)
            source = next
        }
        // `is set to open in late 2027` with `in late 2027` on `set`: the folded verbs' obliques
        // stand in when the last verb has no complement of its own.
        let foldedObliques = source == predicate ? [] : foldedPredicates(from: predicate, to: source).flatMap { verb in
            view.children[verb].filter { Self.obliqueLabels.contains(view.labels[$0]) && $0 > verb }
        }
        guard var complement = complement(of: source, predicate: predicate)
            ?? (foldedObliques.isEmpty ? nil : obliqueComplement(of: source, obliques: foldedObliques))
            ?? (source == predicate ? nil : adverbialClauseComplement(of: predicate)) else { return [] }
        relation += complement.preposition
        if counterfactual { relation = negatedBaseForm(relation, predicate: predicate, subject: subjectInfo.heads.first) }
        if source != predicate {
            // `voted on Thursday to build a line`: the folded verbs' dates stay arguments.
            let obliques = foldedPredicates(from: predicate, to: source).flatMap { verb in
                view.children[verb].filter { oblique in
                    Self.obliqueLabels.contains(view.labels[oblique]) && view.isDate(oblique)
                        && !complement.objects.contains { $0.head == oblique }
                }
            }
            complement.extras = (complement.extras + obliques.map(fullSpan)).sorted { $0.head < $1.head }
        }
        let negated = counterfactual || relation.contains { $0.token.map(view.isNegation) ?? false }
        var result: [Candidate] = []
        for var subject in subjectInfo.heads.flatMap({ subjectSpans($0, skip: subjectInfo.skip) }) {
            subject.tokens = subjectInfo.prefix + subject.tokens
            for object in complement.objects {
                var candidate = Candidate(
                    subject: subject, relation: relation, object: object, extras: complement.extras,
                    rule: complement.rule, negated: negated)
                candidate.inheritedSubject = subjectInfo.inherited
                result.append(candidate)
            }
        }
        return result
    }

    /// `without warning its customers` → `did not warn`: `do` in the tense of the clause above and
    /// the subject's number, `not`, and the gerund's lemma; an added `be` goes.
    func negatedBaseForm(_ relation: [RelationWord], predicate: Int, subject: Int?) -> [RelationWord] {
        let plural = subject.map { view.tags[$0] == .NNS || view.tags[$0] == .NNPS } ?? false
        let auxiliary = view.isPast(above: predicate) ?? false ? "did" : plural ? "do" : "does"
        let rest = relation.compactMap { word -> RelationWord? in
            if word.token == nil && word.lemma == "be" { return nil }
            return word.token == predicate ? RelationWord(text: view.lemmas[predicate], lemma: view.lemmas[predicate], token: predicate) : word
        }
        return [.added(auxiliary, lemma: "do"), .added("not", lemma: "not")] + rest
    }

    /// Subordinators of a clause that says what did not happen (`without`, `instead of`, `rather than`).
    static let counterfactualMarks: Set<String> = ["without", "instead", "rather"]

    /// A folded complement's words in a relation: its marker and its own relation words (`to invest`).
    func foldedWords(_ complement: Int) -> [RelationWord] {
        view.children[complement].filter { view.labels[$0] == .mark }.map(word) + relationWords(of: complement)
    }

    /// `is expected to begin next spring and to take three years`: a subjectless verb conjoined to a
    /// folded open complement continues the relation that complement folds into; returns the
    /// relation words above the conjunct (`is expected`), or nil for other predicates. (A conjoined
    /// verb without auxiliaries otherwise takes its head's: `has bought and sold`.)
    func foldedConjunctPrefix(_ predicate: Int) -> [RelationWord]? {
        guard view.labels[predicate] == .conj, view.tags[predicate].isVerb, view.heads[predicate] >= 0 else { return nil }
        let first = view.heads[predicate]
        guard isFoldedXcomp(first), !view.children[predicate].contains(where: { view.labels[$0].isSubject }) else { return nil }
        var chain: [Int] = []
        var current = first
        while isFoldedXcomp(current), view.heads[current] >= 0, chain.count < view.count {
            current = view.heads[current]
            chain.append(current)
        }
        chain.reverse()
        var words = relationWords(of: chain[0])
        if view.firstChild(of: chain[0], .cop) != nil { words.append(word(chain[0])) }
        for step in chain.dropFirst() { words += foldedWords(step) }
        return words
    }

    /// The predicates whose relation words were folded into one relation, `predicate` first, `source` excluded.
    func foldedPredicates(from predicate: Int, to source: Int) -> [Int] {
        var result: [Int] = []
        var current = source
        while current != predicate, view.heads[current] >= 0, result.count < view.count {
            current = view.heads[current]
            result.append(current)
        }
        return result.reversed()
    }

    func word(_ i: Int) -> RelationWord { RelationWord(text: view.text(i), lemma: view.lemmas[i], token: i) }

    /// The predicate with its auxiliaries, copula, negation and particle, in sentence order.
    func relationWords(of predicate: Int) -> [RelationWord] {
        var tokens = view.children[predicate].filter {
            let label = view.labels[$0]
            return label == .aux || label == .auxPass || label == .cop || label == .compoundPrt || view.isNegation($0)
                || (label == .advmod && $0 == predicate + 1 && Self.particles.contains(view.lemmas[$0]))
                || (label == .advmod && $0 == predicate + 1 && Self.standingVerbs.contains(view.lemmas[predicate])
                    && view.tags[$0] == .RB && view.children[$0].isEmpty && !view.isNegation($0))
                || (label == .advmod && $0 == predicate + 1 && Self.rankingVerbs.contains(view.lemmas[predicate])
                    && AgreementTagRepair.ordinals.contains(view.text($0).lowercased()))
                || isInnerAdverb($0, of: predicate)
                || isFoldedAdjective($0, of: predicate)
        }
        // `Having rejected an earlier design , the board …`: the perfect participle's `having` only
        // orders the events; the statement is `the board ; rejected ; …`.
        tokens.removeAll { view.labels[$0] == .aux && view.tags[$0] == .VBG && view.lemmas[$0] == "have" && view.tags[predicate] == .VBN }
        // `no longer paid`, `very often refers`: an inner adverb keeps the adverbs that modify it
        // (a `no` there negates the statement).
        for adverb in tokens where view.labels[adverb] == .advmod && adverb < predicate {
            tokens += view.children[adverb].filter { view.labels[$0] == .advmod && $0 < adverb }
        }
        if view.firstChild(of: predicate, .cop) == nil { tokens.append(predicate) }
        // With an outer subject there are two copulas; the clause's own is the last.
        let copulas = tokens.filter { view.labels[$0] == .cop }
        if copulas.count > 1 { tokens.removeAll { view.labels[$0] == .cop && $0 != copulas.max()! } }
        return tokens.sorted().filter { !view.tags[$0].isPunctuation }.map(word)
    }

    /// A bare adjective right after the verb with the verb's clause or object after it (`has made
    /// clear that …`, `made public its plans`): part of the relation, not its object.
    func isFoldedAdjective(_ i: Int, of predicate: Int) -> Bool {
        guard view.labels[i] == .xcomp, i == predicate + 1, view.tags[i] == .JJ, view.children[i].isEmpty,
              view.tags[predicate].isVerb else { return false }
        return view.children[predicate].contains { $0 > i && (view.labels[$0] == .ccomp || view.labels[$0] == .obj) }
    }

    /// An adverb between the auxiliaries and the verb (`has also given`, `often refers`).
    func isInnerAdverb(_ i: Int, of predicate: Int) -> Bool {
        guard view.labels[i] == .advmod, i < predicate, view.tags[i] == .RB || view.tags[i] == .RBR || view.tags[i] == .RBS,
              view.tags[predicate].isVerb else { return false }
        for between in (i + 1)..<predicate {
            let label = view.labels[between]
            guard view.heads[between] == predicate, label == .aux || label == .auxPass || label == .advmod else { return false }
        }
        return true
    }

    /// A participle without auxiliaries that borrows its subject (`the company co-founded by`, `,
    /// leading to`) reads as a clause with `be` (`was co-founded by`, `is leading to`).
    func needsCopula(_ predicate: Int, inherited: Bool) -> Bool {
        let tag = view.tags[predicate]
        guard inherited, tag == .VBN || tag == .VBG,
              !view.children[predicate].contains(where: { [.aux, .auxPass, .cop, .nsubj, .nsubjPass].contains(view.labels[$0]) }) else { return false }
        if view.labels[predicate] == .conj, view.heads[predicate] >= 0 {
            let governor = view.heads[predicate]
            if view.children[governor].contains(where: { view.labels[$0] == .aux || view.labels[$0] == .auxPass }) { return false }
        }
        return tag == .VBG || view.firstChild(of: predicate, .obj) == nil
    }

    static let stativeParticiples: Set<String> = ["based", "headquartered", "located", "listed", "owned", "known"]

    /// `is`, `are`, `was` or `were`, from the tense of the clause above and the subject's number.
    func beForm(_ predicate: Int, subject: Int?) -> String {
        // A passive participle reports a past event (`co-founded by`), certainly so with a date (`Sunridge
        // , founded in 2014 , operates …`); a gerund takes the clause's tense.
        let dated = view.tags[predicate] == .VBN && view.children[predicate].contains { oblique in
            view.labels[oblique] == .obl && view.isDate(oblique)
                && view.children[oblique].contains { view.labels[$0] == .caseMarker && ["in", "on"].contains(view.lemmas[$0]) }
        }
        // `a reinsurer based in Zürich`: a participle of a lasting state describes the present.
        let stative = view.tags[predicate] == .VBN && [.acl, .conj].contains(view.labels[predicate])
            && Self.stativeParticiples.contains(view.text(predicate).lowercased())
        let past = !stative && (dated || (view.isPast(above: predicate) ?? (view.tags[predicate] == .VBN)))
        let plural = subject.map {
            view.tags[$0] == .NNS || view.tags[$0] == .NNPS || ["these", "those"].contains(view.lemmas[$0].lowercased())
        } ?? false
        return past ? (plural ? "were" : "was") : (plural ? "are" : "is")
    }

    // MARK: Subjects

    struct SubjectInfo {
        var heads: [Int]
        var skip: Set<Int> = []
        var inherited = false
        var passiveParticiple = false
        /// Words read before each subject (`most of` in `most of the participants`).
        var prefix: [Int] = []
    }

    func subject(of predicate: Int, depth: Int) -> SubjectInfo? {
        guard depth < 8 else { return nil }
        let label = view.labels[predicate]
        let governor = view.heads[predicate]
        // `The problem is that customers are …`: the inner subject (not `nsubj:outer`) goes with the predicate.
        let subjects = view.children[predicate].filter { view.labels[$0].isSubject }
        if let own = subjects.first(where: { view.labels[$0] != .nsubjOuter && view.labels[$0] != .csubjOuter }) ?? subjects.first {
            if label == .aclRelcl, governor >= 0, view.isRelativePronoun(own) {
                // `in the year that ended in March` names a period; it states nothing.
                if view.lemmas[predicate] == "end", VerbTagRepair.periods.contains(view.text(governor).lowercased()) { return nil }
                // `X is a company that makes chips` is about X; `X were Kilmacud Crokes , who were
                // knocked out` is about the name.
                if view.firstChild(of: governor, .cop) != nil, !view.tags[governor].isProperNoun,
                   let outer = view.children[governor].first(where: { view.labels[$0] == .nsubj }), !view.isPronoun(outer) {
                    return SubjectInfo(heads: [outer])
                }
                return SubjectInfo(heads: [governor], skip: [predicate])
            }
            // `The participants , most of whom lived in small towns ,`: most of the participants lived there.
            if label == .aclRelcl, governor >= 0, let pronoun = view.quantifiedRelativePronoun(own),
               let of = view.children[pronoun].first(where: { view.labels[$0] == .caseMarker }), own < of {
                return SubjectInfo(heads: [governor], skip: [predicate], prefix: [own, of])
            }
            return SubjectInfo(heads: [own])
        }
        guard governor >= 0 else { return nil }
        switch label {
        case .conj:
            // `due in 2027 and the last in 2029`: an adjective with a determiner is a noun phrase whose
            // verb was left out (gapping), not a second predicate of the subject.
            if view.tags[predicate].isAdjective, view.firstChild(of: predicate, .det) != nil { return nil }
            guard var info = subject(of: governor, depth: depth + 1) else { return nil }
            info.inherited = true
            info.passiveParticiple = info.passiveParticiple && view.tags[predicate] == .VBN
            return info
        case .acl:
            guard view.tags[predicate] == .VBN || view.tags[predicate] == .VBG,
                  view.firstChild(of: predicate, .mark) == nil else { return nil }
            // `the three months ended Oct. 31` names a period; it states nothing.
            if view.lemmas[predicate] == "end", VerbTagRepair.periods.contains(view.text(governor).lowercased()) { return nil }
            // `X is the twelfth album by Melvins , released in 2000`: the participle is about X.
            if view.firstChild(of: governor, .cop) != nil,
               let outer = view.children[governor].first(where: { view.labels[$0] == .nsubj || view.labels[$0] == .nsubjPass }) {
                return SubjectInfo(heads: [outer], inherited: true,
                                   passiveParticiple: view.tags[predicate] == .VBN && view.firstChild(of: predicate, .obj) == nil)
            }
            // `Alpenrück Holding AG , a reinsurer based in Zürich ,`: the participle is about the named entity.
            let anchor = view.labels[governor] == .appos && view.heads[governor] >= 0 ? view.heads[governor] : governor
            return SubjectInfo(heads: [anchor], skip: [predicate], inherited: true,
                               passiveParticiple: view.tags[predicate] == .VBN && view.firstChild(of: predicate, .obj) == nil)
        case .aclRelcl:
            return SubjectInfo(heads: [governor], skip: [predicate])
        case .advcl, .xcomp:
            guard view.tags[predicate] == .VBG || view.tags[predicate] == .VBN || label == .xcomp else { return nil }
            // `will be notified by mail starting in April`: a gerund of `start`/`begin` without an
            // object dates the clause; it states nothing about the subject.
            if label == .advcl, view.tags[predicate] == .VBG, ["start", "begin"].contains(view.lemmas[predicate]),
               view.firstChild(of: predicate, .obj) == nil { return nil }
            // `An apple grown for eating`: a purpose gerund's doer is not the clause's subject.
            if view.children[predicate].contains(where: { view.labels[$0] == .mark && view.lemmas[$0] == "for" }) { return nil }
            // `the money should be spent on repairing roads`: after a passive, a gerund of means or
            // purpose is done by the unnamed agent, not by the passive's subject.
            if view.tags[predicate] == .VBG, view.firstChild(of: governor, .auxPass) != nil,
               view.children[predicate].contains(where: { view.labels[$0] == .mark && Self.meansMarkers.contains(view.lemmas[$0]) }) {
                return nil
            }
            if label == .xcomp, let object = complementDoer(governor) { return SubjectInfo(heads: [object], inherited: true) }
            guard var info = subject(of: governor, depth: depth + 1) else { return nil }
            info.inherited = true
            info.passiveParticiple = false
            return info
        default:
            return nil
        }
    }

    /// One span per conjunct of the subject head.
    func subjectSpans(_ head: Int, skip: Set<Int>) -> [ArgumentSpan] {
        let heads = view.tags[head].isVerb ? [head] : view.conjuncts(head)
        return heads.map { head in
            let name = view.introducedName(head) ?? head
            return ArgumentSpan(tokens: view.phrase(name, skip: skip), head: name)
        }
    }
}
