import LoomLanguage

/// What follows the relation in a clause: the object (one span per conjunct), words that move into
/// the relation (the first preposition, `CEO of`) and further arguments.
struct Complement {
    var objects: [ArgumentSpan]
    var preposition: [RelationWord] = []
    var extras: [ArgumentSpan] = []
    var rule: String
}

extension ClauseRules {
    static let obliqueLabels: Set<DependencyLabel> = [.obl, .oblAgent, .oblUnmarked, .oblTmod, .oblNpmod]

    /// Spans for every conjunct of an argument head.
    func spans(_ head: Int, skip: Set<Int> = []) -> [ArgumentSpan] {
        view.conjuncts(head).map { conjunct in
            let name = view.introducedName(conjunct) ?? conjunct
            return ArgumentSpan(tokens: view.phrase(name, skip: skip), head: name)
        }
    }

    func fullSpan(_ head: Int) -> ArgumentSpan { ArgumentSpan(tokens: view.phrase(head, keepCase: true), head: head) }

    /// ``fullSpan(_:)`` of an argument with its infinitive marker (`prices ; to double output`).
    func markedSpan(_ head: Int) -> ArgumentSpan {
        var span = fullSpan(head)
        let marker = view.children[head].filter { view.labels[$0] == .mark && view.lemmas[$0] == "to" && $0 < head }
        if let first = span.tokens.first, let to = marker.last, to == first - 1 { span.tokens.insert(to, at: 0) }
        return span
    }

    /// Subordinators of adverbial clauses kept as further arguments (`until he switched over to Merck`).
    static let adverbialMarks: Set<String> = ["until", "after", "before", "when", "while", "as", "because", "since", "once", "unless", "whereas"]

    /// The complement of the clause whose last folded predicate is `source`, with its adverbial
    /// clauses of time and cause as further arguments.
    func complement(of source: Int, predicate: Int) -> Complement? {
        guard var result = coreComplement(of: source, predicate: predicate) else { return nil }
        let adverbials = view.children[source].filter { child in
            view.labels[child] == .advcl && !result.objects.contains { $0.head == child }
                && view.children[child].contains { view.labels[$0] == .mark && Self.adverbialMarks.contains(view.lemmas[$0]) }
        }
        if !adverbials.isEmpty {
            result.extras += adverbials.map(adverbialSpan)
            result.extras.sort { $0.head < $1.head }
        }
        return result
    }

    /// An adverbial clause as an argument, with its subordinator (`after a court ruled …`,
    /// `because demand fell`): the subordinator says how the clause relates to the statement.
    func adverbialSpan(_ clause: Int) -> ArgumentSpan {
        var tokens = view.phrase(clause, keepCase: true, clause: true)
        if let first = tokens.first, first > 0, view.heads[first - 1] == clause, view.labels[first - 1] == .mark {
            tokens.insert(first - 1, at: 0)
        }
        return ArgumentSpan(tokens: tokens, head: clause)
    }

    /// `fell 4 percent in after-hours trading`: an amount right after the verb, without a
    /// preposition, is what the clause is about (before any prepositional oblique).
    func isAmount(_ i: Int, after verb: Int) -> Bool {
        guard i > verb, [.oblUnmarked, .oblNpmod].contains(view.labels[i]), view.caseMarker(of: i).isEmpty, !view.isDate(i) else { return false }
        return view.tags[i] == .CD || view.tags[i] == .dollar || view.children[i].contains { view.labels[$0] == .nummod }
    }

    /// `two years ago`, `several years later`, `a week earlier`: UD heads them with the adverb, but
    /// they date the clause like an oblique.
    func isDistanceInTime(_ i: Int) -> Bool {
        view.labels[i] == .advmod && Self.timeDistanceAdverbs.contains(view.lemmas[i].lowercased())
            && view.children[i].contains { view.tags[$0].isNoun }
    }

    static let timeDistanceAdverbs: Set<String> = ["ago", "later", "earlier", "late", "early"]

    /// `depends on what he does`, `decided on whether to sell`: a wh-clause after a preposition (UD:
    /// an adverbial clause marked by the preposition) is the verb's prepositional argument, its
    /// preposition part of the relation.
    func prepositionalClause(of verb: Int) -> Complement? {
        guard view.tags[verb].isVerb,
              let clause = view.children[verb].first(where: { $0 > verb && [.advcl, .ccomp].contains(view.labels[$0]) }),
              let preposition = view.children[clause].first(where: {
                  view.labels[$0] == .mark && view.tags[$0] == .IN && Self.clausePrepositions.contains(view.lemmas[$0].lowercased())
              }),
              view.children[clause].contains(where: {
                  $0 > preposition && ([.WP, .WRB, .WDT].contains(view.tags[$0]) || ["whether", "if"].contains(view.lemmas[$0].lowercased()))
              }) else { return nil }
        let span = ArgumentSpan(tokens: view.phrase(clause, skip: [preposition], keepCase: true, clause: true), head: clause)
        return Complement(objects: [span], preposition: [word(preposition)], rule: "sva")
    }

    /// Prepositions that take a wh-clause as their object.
    static let clausePrepositions: Set<String> = ["on", "about", "of", "over", "in", "for", "with", "at", "to", "from", "into", "upon"]

    /// `Northfield has struggled since a state program … expired`: a verb with nothing else after it
    /// takes its adverbial clause of time or cause, subordinator included, as what it says.
    func adverbialClauseComplement(of verb: Int) -> Complement? {
        guard view.tags[verb].isVerb,
              let clause = view.children[verb].first(where: { child in
                  // `as` compares more often than it dates (`did not go as far as he could have`).
                  child > verb && view.labels[child] == .advcl
                      && view.children[child].contains {
                          view.labels[$0] == .mark && Self.adverbialMarks.contains(view.lemmas[$0]) && view.lemmas[$0] != "as"
                      }
              }) else { return nil }
        return Complement(objects: [adverbialSpan(clause)], rule: "sva")
    }

    /// `the skirts became longer`, `was put higher`: with nothing else after the verb, a bare
    /// comparative adverb or adjective is what the clause says of its subject (UD English EWT
    /// labels it `advmod`); `later`, `more` and the like only qualify the verb.
    func comparativeComplement(of verb: Int) -> Complement? {
        guard view.tags[verb].isVerb,
              let comparative = view.children[verb].first(where: {
                  $0 > verb && view.labels[$0] == .advmod && (view.tags[$0] == .RBR || view.tags[$0] == .JJR)
                      && !Self.nonPredicativeComparatives.contains(view.lemmas[$0].lowercased())
                      && view.children[$0].allSatisfy { view.labels[$0] == .advmod }
              }) else { return nil }
        return Complement(objects: [fullSpan(comparative)], rule: "svc")
    }

    /// Comparatives that qualify the verb rather than describe the subject.
    static let nonPredicativeComparatives: Set<String> = [
        "more", "less", "later", "late", "earlier", "early", "further", "farther", "sooner", "soon", "rather", "better",
        "worse", "most", "least",
    ]

    func coreComplement(of source: Int, predicate: Int) -> Complement? {
        if view.firstChild(of: source, .cop) != nil { return nominalComplement(of: source) }
        let kids = view.children[source]
        var obliques = kids.filter {
            (Self.obliqueLabels.contains(view.labels[$0]) && !view.isRelativePronoun($0)) || isDistanceInTime($0)
        }
        let relative = relativeObject(of: predicate)
        if let relative, relative.preposition.isEmpty, view.firstChild(of: source, .obj) == nil {
            return Complement(objects: relative.objects, extras: obliques.map(fullSpan), rule: "relcl")
        }
        // `does not allow the governor to order …`: an indirect object before an open complement is
        // its doer, the object (UD English EWT labels it `iobj` after `allow`, `ask`, `tell`).
        let doer = kids.first { view.labels[$0] == .iobj && kids.contains { view.labels[$0] == .xcomp } }
        if let object = kids.first(where: { view.labels[$0] == .obj && !view.isRelativePronoun($0) }) ?? doer {
            var extras = kids.filter {
                $0 != object && (view.labels[$0] == .iobj || (view.labels[$0] == .xcomp && !isFoldedXcomp($0)))
            }
            extras += obliques
            return Complement(objects: spans(object), extras: extras.sorted().map(markedSpan), rule: extras.isEmpty ? "svo" : "svoa")
        }
        if let clause = kids.first(where: { view.labels[$0] == .ccomp }) {
            return Complement(objects: [clauseSpan(clause)], extras: obliques.map(fullSpan), rule: "svo-clause")
        }
        if let predicative = kids.first(where: { view.labels[$0] == .xcomp && !isFoldedXcomp($0) }) {
            return Complement(objects: spans(predicative), extras: obliques.map(fullSpan), rule: "svc")
        }
        if let relative { return Complement(objects: relative.objects, preposition: relative.preposition, extras: obliques.map(fullSpan), rule: "relcl") }
        if let iobj = kids.first(where: { view.labels[$0] == .iobj }) {
            return Complement(objects: spans(iobj), extras: obliques.map(fullSpan), rule: "svo")
        }
        return obliqueComplement(of: source, obliques: obliques)
    }

    /// SVA: the agent, else the first oblique after the verb, else the first one; its preposition
    /// joins the relation. Without obliques, a shared object, a prepositional clause, a comparative
    /// or an adverbial clause.
    func obliqueComplement(of source: Int, obliques: [Int]) -> Complement? {
        var obliques = obliques
        let chosen = obliques.first { view.labels[$0] == .oblAgent }
            ?? obliques.first { isAmount($0, after: source) }
            ?? obliques.first { $0 > source && !view.caseMarker(of: $0).isEmpty }
            ?? obliques.first { $0 > source } ?? obliques.first
        guard let chosen else {
            return sharedObject(of: source) ?? prepositionalClause(of: source) ?? comparativeComplement(of: source)
                ?? adverbialClauseComplement(of: source)
        }
        obliques.removeAll { $0 == chosen }
        // `On one occasion , the lamps went out`: a fronted oblique keeps its preposition.
        if chosen < source, view.labels[chosen] != .oblAgent {
            return Complement(objects: [fullSpan(chosen)], extras: obliques.map(fullSpan), rule: "sva")
        }
        let marker = view.caseMarker(of: chosen)
        // `vote in favor of the deal`: a complex preposition joins the relation whole.
        if let inner = complexPrepositionObject(chosen) {
            let innerMarker = view.caseMarker(of: inner)
            return Complement(
                objects: spans(inner, skip: Set(innerMarker)), preposition: (marker + [chosen] + innerMarker).map(word),
                extras: obliques.map(fullSpan), rule: "sva")
        }
        let adverbs = adverbsBefore(marker, of: chosen)
        return Complement(
            objects: spans(chosen, skip: Set(marker + adverbs)), preposition: (adverbs + marker).map(word),
            extras: obliques.map(fullSpan), rule: "sva")
    }

    /// The adverbs of `noun` right before its preposition (`equalized just before halftime`, `was
    /// likely before the end of the year`): they qualify the relation, not the noun. A negation stays
    /// where it is.
    func adverbsBefore(_ marker: [Int], of noun: Int) -> [Int] {
        guard var index = marker.min() else { return [] }
        var adverbs = [Int]()
        while index > 0, view.heads[index - 1] == noun, view.labels[index - 1] == .advmod, view.tags[index - 1] == .RB,
              !view.isNegation(index - 1), view.children[index - 1].isEmpty {
            index -= 1
            adverbs.insert(index, at: 0)
        }
        return adverbs
    }

    /// Nouns that make a complex preposition with the preposition before them and `of`/`to` after
    /// them (`in favor of`, `on behalf of`, `in response to`).
    static let complexPrepositionNouns: Set<String> = [
        "favor", "favour", "behalf", "front", "charge", "support", "response", "spite", "place", "addition", "search",
        "violation", "defiance", "honor", "honour", "memory", "protest", "exchange", "return",
    ]

    /// The noun after a complex preposition headed by `noun` (`in favor of the deal` → `deal`): the
    /// noun bare (no determiner or modifier) with one `of`/`to` modifier.
    func complexPrepositionObject(_ noun: Int) -> Int? {
        guard Self.complexPrepositionNouns.contains(view.lemmas[noun]), !view.caseMarker(of: noun).isEmpty else { return nil }
        let kids = view.children[noun].filter { view.labels[$0] != .caseMarker }
        guard kids.count == 1, let inner = kids.first, inner > noun, view.labels[inner] == .nmod,
              view.caseMarker(of: inner).contains(where: { ["of", "to"].contains(view.lemmas[$0]) }) else { return nil }
        return inner
    }

    /// `buy and sell large amounts`: a verb with no complement of its own shares the object of the
    /// verb conjoined after it.
    func sharedObject(of verb: Int) -> Complement? {
        guard view.tags[verb].isVerb,
              let next = view.children[verb].first(where: { view.labels[$0] == .conj && view.tags[$0].isVerb && $0 > verb }),
              !view.children[next].contains(where: { view.labels[$0].isSubject }),
              let object = view.children[next].first(where: { view.labels[$0] == .obj && $0 > next }) else { return nil }
        return Complement(objects: spans(object), rule: "svo-shared")
    }

    /// A clausal object without its complementizer (`that`).
    func clauseSpan(_ clause: Int) -> ArgumentSpan {
        let marks = view.children[clause].filter { view.labels[$0] == .mark && view.lemmas[$0] == "that" }
        // `Halvard was in talks`: a nominal predicate keeps its preposition.
        return ArgumentSpan(tokens: view.phrase(clause, skip: Set(marks), keepAtHead: [.conj, .cc], keepCase: true, clause: true), head: clause)
    }

    /// In a relative clause whose object is the relative pronoun or missing (`the book (that) he wrote`,
    /// `the house in which he lived`), the modified noun is the object.
    func relativeObject(of predicate: Int) -> Complement? {
        guard view.labels[predicate] == .aclRelcl, view.heads[predicate] >= 0 else { return nil }
        let noun = view.heads[predicate]
        let kids = view.children[predicate]
        guard let subject = kids.first(where: { view.labels[$0].isSubject }), !view.isRelativePronoun(subject),
              view.quantifiedRelativePronoun(subject) == nil else { return nil }
        if let pronoun = kids.first(where: { Self.obliqueLabels.contains(view.labels[$0]) && view.isRelativePronoun($0) }) {
            let marker = view.caseMarker(of: pronoun)
            guard !marker.isEmpty else { return nil }
            return Complement(objects: [ArgumentSpan(tokens: view.phrase(noun, skip: [predicate]), head: noun)],
                              preposition: marker.map(word), rule: "relcl")
        }
        let hasObject = kids.contains { view.labels[$0] == .obj && !view.isRelativePronoun($0) }
        let hasClause = kids.contains { view.labels[$0] == .ccomp || view.labels[$0] == .xcomp }
        guard !hasObject, !hasClause else { return nil }
        return Complement(objects: [ArgumentSpan(tokens: view.phrase(noun, skip: [predicate]), head: noun)], rule: "relcl")
    }

    /// The complement of a copular predicate (`is CEO of Y`, `is in Paris`, `is independent from Y`, `is Y`).
    func nominalComplement(of predicate: Int) -> Complement? {
        let kids = view.children[predicate]
        let copula = view.firstChild(of: predicate, .cop) ?? predicate
        var skip = Set(kids.filter {
            Self.clauseLabels.contains(view.labels[$0]) || view.isNegation($0) || (view.labels[$0] == .advmod && $0 < copula)
        })
        let obliques = kids.filter { Self.obliqueLabels.contains(view.labels[$0]) }
        let ownCase = view.caseMarker(of: predicate)
        if !ownCase.isEmpty {
            let adverbs = adverbsBefore(ownCase, of: predicate)
            skip.formUnion(ownCase + adverbs)
            return Complement(objects: spans(predicate, skip: skip), preposition: (adverbs + ownCase).map(word),
                              extras: obliques.map(fullSpan), rule: "svc-prep")
        }
        let tag = view.tags[predicate]
        // A bare title-like noun takes its `of`-phrase into the relation (`is CEO of`); a noun with a
        // determiner or modifiers stays whole (`is a junior clerk in the Goods Depot`).
        let bare = !kids.contains { [.det, .detPoss, .nmodPoss, .amod, .nummod].contains(view.labels[$0]) }
        let candidates = tag.isNoun ? (bare ? kids.filter { view.labels[$0] == .nmod } : []) : (tag.isAdjective ? obliques : [])
        if let modifier = candidates.first(where: { $0 > predicate && !view.caseMarker(of: $0).isEmpty }) {
            let marker = view.caseMarker(of: modifier)
            let core = view.phrase(predicate, skip: skip.union([modifier])).filter { $0 < modifier }
            return Complement(
                objects: spans(modifier, skip: Set(marker)), preposition: core.map(word) + marker.map(word),
                extras: obliques.filter { $0 != modifier }.map(fullSpan), rule: "svc-noun")
        }
        let objects = view.conjuncts(predicate).map { conjunct in
            ArgumentSpan(tokens: view.phrase(conjunct, skip: conjunct == predicate ? skip : []), head: conjunct)
        }
        return Complement(objects: objects, extras: obliques.map(fullSpan), rule: "svc")
    }
}
