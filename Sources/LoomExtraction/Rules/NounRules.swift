import LoomLanguage

/// Noun-mediated statements: appositions (`Eddie Wu, the chief executive,`), titles (`President
/// Bush`, `Chief Executive Officer Eddie Wu`) and possessives (`Alibaba 's Hong Kong shares`).
struct NounRules {
    let view: SentenceView
    let clauses: ClauseRules

    /// Title words accepted when a parser attaches a title as `compound` rather than `nmod:desc`.
    static let titles: Set<String> = [
        "president", "ceo", "chairman", "chairwoman", "chair", "chief", "officer", "executive", "director",
        "minister", "secretary", "senator", "governor", "mayor", "king", "queen", "prince", "general", "judge",
        "professor", "dr.", "founder", "co-founder", "spokesman", "spokeswoman", "manager", "coach", "captain",
        "sen.", "gov.", "rep.", "gen.", "prof.", "pope", "bishop", "ambassador", "commissioner", "chancellor",
        "premier", "leader", "head", "editor", "analyst", "economist", "vice", "deputy", "lord", "sir", "saint",
    ]

    /// Words that qualify a title inside a run of title words (`Chief Financial Officer`, `Chief
    /// Operating Officer`, `Managing Director`) without being titles on their own.
    static let titleModifiers: Set<String> = [
        "financial", "operating", "technology", "information", "marketing", "commercial", "strategy", "legal",
        "medical", "scientific", "science", "investment", "product", "people", "compliance", "risk", "digital",
        "data", "revenue", "communications", "security", "managing", "senior", "assistant", "associate", "foreign",
        "finance", "interior", "defense", "defence", "justice", "health", "trade", "transport", "energy", "education",
    ]

    static let honorifics: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "st.", "st", "sir", "lord", "lady", "saint", "mr", "mrs", "ms", "dr", "miss", "dame", "mt.", "ft.",
    ]

    /// Longest argument a noun-mediated statement may have: a longer one is a clause the parser
    /// attached to the noun (`The local utility plans to build …` read as one noun phrase).
    static let maximumArgumentLength = 12

    func candidates(for noun: Int) -> [Candidate] {
        candidatesBeforeLengthCheck(for: noun).filter {
            $0.subject.tokens.count <= Self.maximumArgumentLength && $0.object.tokens.count <= Self.maximumArgumentLength
        }
    }

    private func candidatesBeforeLengthCheck(for noun: Int) -> [Candidate] {
        var result: [Candidate] = []
        let tag = view.tags[noun]
        guard tag.isNoun || tag == .CD || tag == .PRP else { return [] }
        for child in view.children[noun] {
            switch view.labels[child] {
            case .appos where child > noun:
                // Without a comma between them, `political philosopher Benjamin Constant` is a title.
                let separated = (noun + 1..<child).contains { view.tags[$0].isPunctuation }
                if separated { result += apposition(noun, child) } else if view.tags[child].isProperNoun {
                    result += [Candidate(subject: ArgumentSpan(tokens: view.phrase(child), head: child), relation: [.added("is", lemma: "be")],
                                         object: ArgumentSpan(tokens: view.phrase(noun, skip: [child]), head: noun), rule: "title")]
                }
            case .nmodDesc where child < noun && tag.isProperNoun, .compound where child < noun && tag.isProperNoun:
                result += title(noun, child)
            // `Chief Executive Marta Kowalski` with `Executive` read as an adjective of the name, after
            // another title word (`General Motors` alone is a name).
            case .amod where child > 0 && child < noun && tag.isProperNoun && Self.titles.contains(view.lemmas[child])
                && view.heads[child - 1] == noun && Self.titles.contains(view.lemmas[child - 1]):
                result += title(noun, child)
            case .nmodPoss: result += possessive(noun, child)
            default: break
            }
        }
        return result
    }

    /// Months and weekdays (lower-cased, with their usual abbreviations): a date beside a name is a
    /// dateline or a time (`BEIJING , March 10 , 2025`, `on Thursday , in a deal`), not an apposition.

    private func apposition(_ noun: Int, _ appos: Int) -> [Candidate] {
        guard view.tags[appos].isNoun || view.tags[appos] == .CD else { return [] }
        // `COLUMBUS , Ohio , March 12 , 2025 —`: a dateline's date hangs on the place; the place is no date.
        let dates = Set(view.children[noun].filter { [.nmodUnmarked, .nmodTmod].contains(view.labels[$0]) && view.isDate($0) })
        let subject = ArgumentSpan(tokens: view.phrase(noun, skip: dates), head: noun)
        guard !subject.tokens.contains(where: { SentenceView.calendarWords.contains(view.text($0).lowercased()) }),
              !(view.tags[noun] == .CD), !view.isDate(appos) else { return [] }
        // `Montgomery County , Pennsylvania`: a bare short name after a name is where it is.
        let modified = view.children[appos].contains { [.det, .detPoss, .nmodPoss, .amod, .nmod, .acl].contains(view.labels[$0]) }
        let appositionTokens = view.phrase(appos)
        // … but a name in brackets (`Artificial General Intelligence (AGI)`) is another name, not a place.
        let bracketed = (noun + 1..<appos).contains { view.tags[$0] == .leftBracket || view.text($0) == "(" }
        if bracketed && view.tags[appos].isProperNoun && !modified { return [] }  // the graph merges the two names
        if view.tags[noun].isProperNoun && view.tags[appos].isProperNoun && !modified && appositionTokens.count <= 3 {
            return [Candidate(subject: subject, relation: [.added("is", lemma: "be"), .added("in", lemma: "in")],
                              object: ArgumentSpan(tokens: appositionTokens, head: appos), rule: "place")]
        }
        // `his first wife , Blanche`: the name is what the statement is about.
        if view.tags[noun].isCommonNoun && view.tags[appos].isProperNoun && !modified {
            return [Candidate(subject: ArgumentSpan(tokens: appositionTokens, head: appos), relation: [.added("is", lemma: "be")],
                              object: subject, rule: "appos")]
        }
        // A bare plural with a verb under it (`, plans to build …`) is a clause the parser misread.
        let determined = view.children[appos].contains { [.det, .detPoss, .nmodPoss, .nummod].contains(view.labels[$0]) }
        if !determined && view.tags[appos].isCommonNoun && appositionTokens.contains(where: { view.tags[$0].isVerb }) { return [] }
        let complement = clauses.nominalComplement(of: appos)
        return (complement?.objects ?? []).map { object in
            Candidate(subject: subject, relation: [.added("is", lemma: "be")] + (complement?.preposition ?? []),
                      object: object, rule: "appos")
        }
    }

    private func title(_ name: Int, _ title: Int) -> [Candidate] {
        let nameLabel = view.labels[name]
        guard nameLabel != .compound && nameLabel != .nmodDesc && nameLabel != .flat,
              !Self.titles.contains(view.lemmas[name]) else { return [] }
        var titleTokens = view.phrase(title)
        // `Chief Executive Henrik Larsen` with each title word a compound of the name: one title,
        // stated once, by its last word.
        let titleSiblings = view.children[name].filter {
            $0 < name && (view.labels[$0] == .compound || view.labels[$0] == .amod)
                && (Self.titles.contains(view.lemmas[$0]) || Self.titleModifiers.contains(view.lemmas[$0].lowercased()))
        }
        if titleSiblings.contains(title + 1) { return [] }
        while titleSiblings.contains(title), let first = titleTokens.first, titleSiblings.contains(first - 1) {
            titleTokens = view.phrase(first - 1) + titleTokens
        }
        if view.labels[title] == .compound || view.labels[title] == .amod {
            // `Senator Grace Whitfield` parsed as a chain: `Grace` is a first name, not a title.
            guard !view.tags[title].isProperNoun || Self.titles.contains(view.lemmas[title])
                || Self.titleModifiers.contains(view.lemmas[title].lowercased()) else { return [] }
            guard view.tags[title].isProperNoun || view.tags[title].isCommonNoun,
                  titleTokens.contains(where: { Self.titles.contains(view.lemmas[$0]) }) else { return [] }
        }
        guard titleTokens.allSatisfy({ $0 < name }) else { return [] }
        // A title word inside a longer name (`Artificial General Intelligence`) is no title.
        let before = view.children[name].filter { $0 < title && (view.labels[$0] == .compound || view.labels[$0] == .amod) }
        guard !before.contains(where: {
            (view.tags[$0].isProperNoun || view.text($0).first?.isUppercase == true) && !Self.titles.contains(view.lemmas[$0])
                && !(titleSiblings.contains($0) && titleTokens.contains($0))
        }) else { return [] }
        // Honorifics (`Dr.`, `Mr.`, `St.`) are part of the name, not a statement about it.
        if titleTokens.count == 1, Self.honorifics.contains(view.lemmas[title].lowercased()) { return [] }
        // The name: the head with its name parts (flat, other compounds after the title).
        let skip = Set(view.children[name].filter { $0 <= title || view.labels[$0] == .nmodPoss || view.labels[$0] == .det || view.labels[$0] == .amod })
        let nameTokens = view.phrase(name, skip: skip).filter { $0 > title }
        guard nameTokens.count >= 1, view.tags[name].isProperNoun else { return [] }
        return [Candidate(subject: ArgumentSpan(tokens: nameTokens, head: name), relation: [.added("is", lemma: "be")],
                          object: ArgumentSpan(tokens: titleTokens, head: title), rule: "title")]
    }

    static let standInNouns = AgreementTagRepair.ordinals.union(["latest", "own", "best", "largest", "biggest"])

    private func possessive(_ noun: Int, _ owner: Int) -> [Candidate] {
        guard view.tags[owner].isNoun else { return [] }
        // `the People 's Bank of China`, `the Queen 's Bench`: a possessive inside a name.
        if view.tags[noun].isProperNoun && view.tags[owner].isProperNoun,
           view.children[owner].contains(where: { view.labels[$0] == .det && view.lemmas[$0] == "the" }) { return [] }
        // `the group 's first in North America`, `its own`: an ordinal stands for a noun left out.
        if Self.standInNouns.contains(view.lemmas[noun].lowercased()) { return [] }
        let marker = view.children[owner].filter { view.labels[$0] == .caseMarker }
        let ownerTokens = view.phrase(owner, skip: Set(marker))
        let owned = view.phrase(noun, skip: [owner])
        guard !owned.isEmpty, owned != [noun] || view.tags[noun].isNoun else { return [] }
        let has = view.isPast(above: noun) == true ? "had" : "has"
        return [Candidate(subject: ArgumentSpan(tokens: ownerTokens, head: owner), relation: [.added(has, lemma: "have")],
                          object: ArgumentSpan(tokens: owned, head: noun), rule: "poss")]
    }
}
