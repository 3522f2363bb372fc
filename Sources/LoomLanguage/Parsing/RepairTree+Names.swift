/// Repairs of names the parser splits or joins wrongly (see ``ParseRepair``).
extension RepairTree {
    /// `The Cupertino , California-based company did not comment`: the city and its `X-based` state
    /// modify `company`, which the parser took for an apposition of the city. The noun becomes the
    /// phrase's head (with the determiner), the city a compound of it.
    mutating func headPlaceBasedDescription() {
        for noun in heads.indices where tags[noun].isCommonNoun && noun >= 3 {
            // The noun is read as the place's apposition, or as a second subject beside it.
            guard let place = (0..<noun).last(where: { tags[$0].isProperNoun && $0 + 2 < noun && tags[$0 + 1] == .comma
                      && words[$0 + 2].lowercased().hasSuffix("-based") }),
                  (labels[noun] == .appos && heads[noun] == Int32(place))
                      || (heads[noun] == heads[place] && labels[noun] == labels[place] && labels[noun].isSubject),
                  let determiner = children[place].first(where: { labels[$0] == .det && $0 < place }) else { continue }
            let (head, label) = (heads[place], labels[place])
            heads[noun] = head
            labels[noun] = label
            attach(place, to: noun, as: .compound)
            attach(determiner, to: noun, as: .det)
            attach(place + 1, to: noun, as: .punct)
            return
        }
    }

    /// `Kestrel Motors Inc. and Voltaris Battery Group`: read as three conjuncts (`Voltaris` and
    /// `Battery Group` each conjoined to `Inc.`). Conjuncts need a conjunction or a comma between them,
    /// so two adjacent proper-noun conjuncts are one name: the first becomes a compound of the second,
    /// which takes its conjunction.
    mutating func joinAdjacentNameConjuncts() {
        for head in heads.indices {
            let conjuncts = children[head].filter { labels[$0] == .conj && tags[$0].isProperNoun }
            for (first, second) in zip(conjuncts, conjuncts.dropFirst()) where adjacent(first, second) {
                let conjunction = children[first].first { labels[$0] == .cc && $0 < first }
                attach(first, to: second, as: .compound)
                if let conjunction { attach(conjunction, to: second, as: .cc) }
                return
            }
        }
    }

    /// `agreed to buy data analytics company Kestrel Labs for …` read with `data analytics` as the
    /// object and `company Kestrel Labs` as an oblique without a preposition: a run of nouns ending in
    /// a name right after a verb's common-noun object, with no preposition, is one noun phrase; the
    /// name heads it and the object becomes its compound. Weekdays and months (`bought shares Monday`)
    /// date the verb and stay.
    mutating func joinObjectWithFollowingName() {
        let bounds = subtreeBounds()
        for name in heads.indices where tags[name].isProperNoun && [.obl, .oblUnmarked, .oblNpmod, .advcl].contains(labels[name]) {
            let verb = Int(heads[name])
            let start = bounds.first(of: name)
            let object = start - 1
            guard verb >= 0, object > verb, heads[object] == Int32(verb), labels[object] == .obj, tags[object].isCommonNoun,
                  (start...name).allSatisfy({ tags[$0].isNoun }),
                  !RepairTree.calendarNames.contains(words[name].lowercased()),
                  !children[name].contains(where: { labels[$0] == .caseMarker && $0 < name }) else { continue }
            var proposed = heads
            var proposedLabels = labels
            proposed[name] = Int32(verb)
            proposedLabels[name] = .obj
            proposed[object] = Int32(name)
            proposedLabels[object] = .compound
            // Prepositional phrases after the name (`for about $2.1 billion`) belong to the verb.
            for phrase in children[name] where phrase > name && children[phrase].contains(where: { labels[$0] == .caseMarker }) {
                proposed[phrase] = Int32(verb)
                proposedLabels[phrase] = .obl
            }
            guard adopt(proposed, proposedLabels) else { continue }
            return
        }
    }

    /// Weekdays and months, which date a verb when they follow its object.
    static let calendarNames: Set<String> = weekdays.union([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
    ])

    /// `Chief Executive Henrik Larsen said …` read with `Henrik` as a `list` item of `Chief`: inside a
    /// run of adjacent proper nouns (no punctuation between), `list` or `dep` arcs are misreadings of
    /// one name (wider label sets, such as apposition or conjunct, cost EWT dev and test accuracy). When the run hangs from one head outside it, it is rebuilt as
    /// one name: its last word takes the run's place, the others are its compounds. So is a run that
    /// hangs from one verb as two subjects (`Chief Executive Ingrid Solberg told …` with `Executive`
    /// and `Ingrid` both `nsubj`): a verb has one subject, and the two are one name.
    static let wrongNameRunLabels: Set<DependencyLabel> = [.list, .dep]

    mutating func flattenNameRun() {
        var start = 0
        while start < heads.count {
            var end = start
            while end < heads.count, tags[end].isProperNoun { end += 1 }
            defer { start = max(end, start + 1) }
            let run = start..<end
            guard run.count >= 2 else { continue }
            let exits = run.filter { !run.contains(Int(heads[$0])) }
            guard let exit = exits.first,
                  exits.count == 1 ? run.contains(where: { $0 != exit && Self.wrongNameRunLabels.contains(labels[$0]) })
                                   : exits.allSatisfy({ heads[$0] == heads[exit] && labels[$0].isSubject }),
                  heads.indices.allSatisfy({ !run.contains(Int(heads[$0])) || run.contains($0) || !Self.wrongNameRunLabels.contains(labels[$0]) })
            else { continue }
            let last = run.upperBound - 1
            let (head, label) = (heads[exit], labels[exit])
            for token in run where token != last {
                heads[token] = Int32(last)
                labels[token] = .compound
            }
            heads[last] = head
            labels[last] = label
            // Dependents of the run's words outside it now hang from the name's head word.
            for token in heads.indices where !run.contains(token) && run.contains(Int(heads[token])) {
                heads[token] = Int32(last)
            }
            rebuild()
            return
        }
    }

    /// Words that end an organization's name (`Food and Drug Administration`).
    static let organizationEnds: Set<String> = [
        "administration", "commission", "agency", "board", "bureau", "department", "exchange", "company", "co.",
        "corporation", "corp.", "authority", "council", "association", "institute", "service", "fund", "bank",
        "trust", "group", "society", "foundation", "university", "college", "museum", "office", "court", "party",
    ]

    /// `The Food and Drug Administration granted …` read as two subjects (`Food`, `Administration`)
    /// or as two conjuncts: after `the`, a capitalized word joined by `and`/`&` to a capitalized run
    /// without a determiner that ends in an organization word is one name. The run's last word takes
    /// the first word's place; the first word (with the conjunction) becomes its compound.
    mutating func joinNameAroundAnd() {
        // The cheap tag test first: the word after the conjunction must be a noun (checked again below).
        for first in heads.indices.dropFirst() where first + 2 < heads.count && tags[first + 2].isNoun
            && words[first - 1].lowercased() == "the" && words[first].startsWithUppercase {
            guard ["and", "&"].contains(words[first + 1].lowercased()) else { continue }
            var last = first + 2
            while last + 1 < heads.count, words[last + 1].startsWithUppercase, tags[last + 1].isNoun { last += 1 }
            guard (first + 2...last).allSatisfy({ words[$0].startsWithUppercase && tags[$0].isNoun }),
                  Self.organizationEnds.contains(words[last].lowercased()) else { continue }
            let sameHead = heads[first] == heads[last] && labels[first] == labels[last]
            let conjoined = heads[last] == Int32(first) && labels[last] == .conj
            guard sameHead || conjoined || Int(heads[first]) == last else { continue }
            var proposed = heads
            var proposedLabels = labels
            // Two subjects (or objects) of one word: the second keeps its place; a conjunct takes the first's.
            if conjoined {
                proposed[last] = heads[first]
                proposedLabels[last] = labels[first]
            }
            for token in first..<last {
                proposed[token] = Int32(last)
                proposedLabels[token] = .compound
            }
            // The conjunction stays inside the name (under its first word, not at the head, where
            // phrases leave conjunctions out).
            proposed[first + 1] = Int32(first)
            proposedLabels[first + 1] = .cc
            proposed[first - 1] = Int32(last)
            proposedLabels[first - 1] = .det
            for token in heads.indices where !(first - 1...last).contains(token) && (first..<last).contains(Int(heads[token])) {
                proposed[token] = Int32(last)
            }
            guard adopt(proposed, proposedLabels) else { continue }
            return
        }
    }


    /// `costs for flour , butter and energy` read with `butter and energy` as an apposition of
    /// `costs`: a bare noun after a comma that opens a conjunction (`, butter and energy`) continues
    /// the list whose first item stands before the comma.
    mutating func joinListReadAsApposition() {
        let bounds = subtreeBounds()
        for item in heads.indices where labels[item] == .appos && tags[item].isCommonNoun {
            let start = bounds.first(of: item)
            let comma = tags[start] == .comma ? start : start - 1
            guard comma >= 1, tags[comma] == .comma, tags[comma - 1].isCommonNoun,
                  !children[item].contains(where: { [.det, .detPoss, .nmodPoss].contains(labels[$0]) }),
                  let conjunct = children[item].first(where: { labels[$0] == .conj }),
                  children[conjunct].contains(where: { labels[$0] == .cc }) else { continue }
            var first = comma - 1
            while [.compound, .flat].contains(labels[first]), heads[first] > Int32(first), Int(heads[first]) < comma {
                first = Int(heads[first])
            }
            guard first != Int(heads[item]) else { continue }
            var proposed = heads
            proposed[item] = Int32(first)
            proposed[conjunct] = Int32(first)
            guard Self.isTree(proposed) else { continue }
            attach(item, to: first, as: .conj)
            attach(conjunct, to: first, as: .conj)
            attach(comma, to: item, as: .punct)
            return
        }
    }

    /// `Arminius , leader of the Cherusci , now had` read with `Arminius` as a compound of `leader`:
    /// a comma never falls inside a compound. A name before the comma is the phrase's head and the
    /// noun after it its apposition.
    mutating func splitCompoundAtComma() {
        for name in heads.indices where labels[name] == .compound && tags[name].isProperNoun && heads[name] > Int32(name) + 1 {
            let noun = Int(heads[name])
            guard tags[name + 1] == .comma, tags[noun].isCommonNoun, heads[noun] >= 0,
                  !children[name].contains(where: { $0 > name }),
                  // `The Cupertino , California-based company` is one phrase (see headPlaceBasedDescription).
                  !children[noun].contains(where: { $0 < name && labels[$0] == .det }),
                  (name + 2..<noun).allSatisfy({ heads[$0] == Int32(noun) && !tags[$0].isPunctuation }) else { continue }
            // `Science , Math , and Technology Academy` is a list.
            let after = subtreeBounds().last(of: noun) + 1
            guard after >= heads.count || tags[after] != .CC && !(tags[after] == .comma && after + 1 < heads.count && tags[after + 1] == .CC)
            else { continue }
            var proposed = heads, proposedLabels = labels
            proposed[name] = heads[noun]
            proposedLabels[name] = labels[noun]
            proposed[noun] = Int32(name)
            proposedLabels[noun] = .appos
            proposed[name + 1] = Int32(noun)
            proposedLabels[name + 1] = .punct
            // Earlier compounds of the name's own phrase (`Chief Arminius`) stay with it.
            for child in children[noun] where child < name {
                proposed[child] = Int32(name)
            }
            if adopt(proposed, proposedLabels) { return }
        }
    }
}
