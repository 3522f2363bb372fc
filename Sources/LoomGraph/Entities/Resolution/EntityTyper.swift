import LoomLanguage

/// Types noun phrases and cleans proper names. Rules, first match wins:
/// - numbers: a currency symbol or word → MONEY; `%`/`percent` → PERCENT; a month, weekday or year
///   (1900–2099) or an ISO date → DATE; any other number → QUANTITY;
/// - names: a legal suffix or organization word anywhere (`Inc.`, `Bank`, `University`) → ORGANIZATION;
///   a leading title or role (`Chief Executive Officer`, `Mr.`), a known given name followed by another
///   word, or an apposition with a person noun (`Jin-ho Park, its president`) → PERSON; a known
///   country, region, city or state abbreviation (`La.`), a place designator as last word (`Richland
///   Parish`), or a place cue before the name (`based in`, `headquartered in`, `in`) →
///   LOCATION; otherwise OTHER (the article's coreference may still type it later);
/// - common-noun phrases → OTHER.
///
/// Each type comes with the strength of its evidence (``TypeEvidence``): a legal suffix or a title
/// outweighs a list lookup, which outweighs a context cue, so a later mention with stronger evidence
/// (`Apple Inc.` after `Apple`) retypes the entity.
struct EntityTyper {
    let sentence: AnalyzedSentence

    /// A proper name with its title stripped and its type.
    struct TypedName {
        var name: String
        var type: EntityType
        /// The first token of the name proper (after titles).
        var start: Int
        /// How strong the evidence for ``type`` is.
        var strength: TypeEvidence = .none
    }

    func typeName(_ phrase: NounPhrase) -> TypedName {
        let span = phrase.span
        let words = span.map { sentence.tokens[$0].text }
        let full = text(span)
        var start = span.lowerBound
        while start < span.upperBound, isTitleWord(start) || sentence.tokens[start].text == "of" && start > span.lowerBound {
            start += 1
        }
        if !(span.lowerBound..<start).contains(where: { NameCues.strongTitles.contains(sentence.tokens[$0].text.lowercased()) }) {
            start = span.lowerBound
        }
        let stripped = start > span.lowerBound ? text(start...span.upperBound) : full
        let strippedWords = (start...span.upperBound).map { sentence.tokens[$0].text.lowercased() }
        if strippedWords.contains(where: isOrganizationWord) {
            return TypedName(name: full, type: .organization, start: span.lowerBound, strength: .designator)
        }
        if start > span.lowerBound {
            return TypedName(name: stripped, type: .person, start: start, strength: .designator)
        }
        if let previous = span.lowerBound > 0 ? span.lowerBound - 1 : nil, isTitleWord(previous),
           NameCues.strongTitles.contains(sentence.tokens[previous].text.lowercased()) {
            return TypedName(name: full, type: .person, start: start, strength: .designator)
        }
        if Places.contains(strippedWords.joined(separator: " ")) || Places.contains(EntityKey.key(for: full))
            || strippedWords.count > 1 && NameCues.placeDesignators.contains(strippedWords.last!) {
            return TypedName(name: full, type: .location, start: start, strength: .lexicon)
        }
        if words.count > 1, GivenNames.contains(words[0]) {
            return TypedName(name: full, type: .person, start: start, strength: .lexicon)
        }
        if hasPersonApposition(phrase.head) {
            return TypedName(name: full, type: .person, start: start, strength: .lexicon)
        }
        if followsPlaceCue(span.lowerBound, words: words.count) {
            return TypedName(name: full, type: .location, start: start, strength: .context)
        }
        return TypedName(name: full, type: .other, start: start)
    }

    /// The type of a numeric phrase (MONEY, PERCENT, DATE or QUANTITY).
    func typeNumber(_ span: ClosedRange<Int>) -> EntityType {
        var hasYear = false
        for index in span {
            let word = sentence.tokens[index].text
            let lower = word.lowercased()
            if let first = word.first, NumberCues.currencySymbols.contains(first) { return .money }
            if NumberCues.currencyWords.contains(lower) { return .money }
        }
        for index in span {
            let lower = sentence.tokens[index].text.lowercased()
            let lemma = sentence.lemmas[index].lowercased()
            if NumberCues.dateWords.contains(lemma) { return .date }
            if lower.hasSuffix("%") || NumberCues.percentWords.contains(lower) { return .percent }
            if NumberCues.months.contains(lower) || NumberCues.dateWords.contains(lower) { return .date }
            if EntityTyper.isYear(lower) || EntityTyper.isISODate(lower) { hasYear = true }
        }
        if hasYear && span.allSatisfy({ sentence.tags[$0] == .CD || [",", "-", "–"].contains(sentence.tokens[$0].text) }) {
            return .date
        }
        return .quantity
    }

    static func isYear(_ word: String) -> Bool {
        guard word.count == 4, let value = Int(word) else { return false }
        return (1900...2099).contains(value)
    }

    static func isISODate(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    func text(_ span: ClosedRange<Int>) -> String {
        var result = ""
        for index in span {
            result += sentence.tokens[index].text
            if index < span.upperBound && sentence.tokens[index].spaceAfter && sentence.tags[index + 1] != .POS {
                result += " "
            }
        }
        return result
    }

    private func isTitleWord(_ index: Int) -> Bool {
        NameCues.personTitles.contains(sentence.tokens[index].text.lowercased())
    }

    private func isOrganizationWord(_ word: String) -> Bool {
        NameCues.organizationWords.contains(word) || NameCues.organizationWords.contains(word + ".")
    }

    /// Whether the name is in apposition with a person noun (`Kevin Lin, the supplier's chairman`).
    private func hasPersonApposition(_ head: Int) -> Bool {
        for index in 0..<sentence.count where sentence.labels[index] == .appos {
            let other: Int
            if Int(sentence.heads[index]) == head {
                other = index
            } else if index == head, sentence.heads[index] >= 0, Int(sentence.heads[index]) < sentence.count {
                other = Int(sentence.heads[index])
            } else {
                continue
            }
            if NameCues.descriptionTypes[sentence.lemmas[other].lowercased()] == .person { return true }
        }
        return false
    }

    /// Whether a place cue precedes the name: `based in`, `headquartered in`, `located in`, `near`, or
    /// a bare `in` before a one-word name (`a kitchen in Villeurbanne`; longer unknown names after `in`
    /// are as often companies or people).
    private func followsPlaceCue(_ start: Int, words: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = sentence.tokens[start - 1].text.lowercased()
        if previous == "near" { return true }
        guard previous == "in" || previous == "from" else { return false }
        if start > 1, NameCues.locationCueWords.contains(sentence.tokens[start - 2].text.lowercased()) { return true }
        return previous == "in" && words == 1 && sentence.tags[start].isProperNoun
    }
}
