import LoomLanguage

/// Finds the proper names of a sentence as maximal runs of proper-noun tokens.
///
/// A run may bridge `&` and `of` between proper nouns (`Bank of America`, `Procter & Gamble`) and a
/// possessive inside an institution name (`People's Bank of China`). A run is split after a legal-form
/// suffix that is followed by more names (`Meta Platforms Inc. Chief Executive …`) and before an embedded
/// title that introduces a person (`Alibaba Chairman Joe Tsai` → `Alibaba` | `Chairman Joe Tsai`), but
/// not inside a title (`Chief Financial Officer David Chen` stays one run).
struct NameRuns {
    let sentence: AnalyzedSentence
    let headline: Headline?

    init(_ sentence: AnalyzedSentence, headline: Headline? = nil) {
        self.sentence = sentence
        self.headline = headline
    }

    func runs() -> [ClosedRange<Int>] {
        var result = [ClosedRange<Int>]()
        var index = 0
        while index < sentence.count {
            guard isName(index) else {
                index += 1
                continue
            }
            var end = index
            while true {
                if end + 1 < sentence.count && isName(end + 1) {
                    end += 1
                } else if let bridged = bridge(after: end) {
                    end = bridged
                } else {
                    break
                }
            }
            for piece in split(index...end) {
                result.append(contentsOf: headline.map { $0.segment(piece, of: sentence) } ?? [piece])
            }
            index = end + 1
        }
        return result
    }

    private func isName(_ index: Int) -> Bool {
        let text = sentence.tokens[index].text
        // `Lyon-based` modifies a noun (`the Lyon-based company`): not a name of its own.
        if let dash = text.lastIndex(of: "-"), Self.placeModifiers.contains(text[text.index(after: dash)...].lowercased()) {
            return false
        }
        guard sentence.tags[index].isProperNoun || Self.isMistaggedName(text, tag: sentence.tags[index]) else { return false }
        // A lower-case word tagged as a proper noun is a tagging slip (`apple` the fruit stays common);
        // `eBay` has a capital, so it counts.
        guard text.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return false }
        return headline?.mayBeName(text) ?? true
    }

    static let placeModifiers: Set<String> = ["based", "headquartered", "born", "listed", "owned", "run"]

    /// A name the tagger gave a common tag: a capitalized token tagged as a web address (`Amazon.com`,
    /// `Álvarez` — accented names are sometimes tagged ADD), or an acronym tagged as a common noun
    /// (`PBOC`, but not a title such as `CEO`).
    static func isMistaggedName(_ text: String, tag: PennTag) -> Bool {
        guard text.first?.isUppercase == true else { return false }
        if tag == .ADD {
            return !text.contains("@") && !text.contains("/") && !text.lowercased().hasPrefix("www.")
                && text.contains(where: \.isLetter)
        }
        guard tag == .NN || tag == .NNS else { return false }
        return Acronyms.isAcronym(text) && !NameCues.personTitles.contains(text.lowercased())
            && !NameCues.strongTitles.contains(text.lowercased())
    }

    /// The last token of a bridge (`of China`, `& Gamble`, `'s Bank`) that continues the run ending at
    /// `end`, or nil.
    private func bridge(after end: Int) -> Int? {
        guard end + 2 < sentence.count, isName(end + 2) else { return nil }
        let word = sentence.tokens[end + 1].text
        switch word {
        case "&", "of", "de", "du", "van", "von", "der", "la":
            if word == "of", !NameRuns.isInstitution(sentence.tokens[end].text) { return nil }
            return end + 1
        case "'s", "’s":
            return NameRuns.isInstitution(sentence.tokens[end + 2].text) ? end + 1 : nil
        default:
            return nil
        }
    }

    /// Words after which `of` continues a name (`University of …`, `Port of …`).
    static func isInstitution(_ word: String) -> Bool {
        let lower = word.lowercased()
        return NameCues.organizationWords.contains(lower) || institutionHeads.contains(lower)
    }

    static let institutionHeads: Set<String> = [
        "port", "republic", "kingdom", "city", "state", "states", "province", "people", "bank", "gulf", "isle",
        "museum", "house", "church", "court", "department", "office", "secretary", "minister", "governor",
        "mayor", "president", "chief", "head", "duke", "prince",
    ]

    private func split(_ run: ClosedRange<Int>) -> [ClosedRange<Int>] {
        var pieces = [ClosedRange<Int>]()
        var start = run.lowerBound
        var index = run.lowerBound
        while index <= run.upperBound {
            let lower = sentence.tokens[index].text.lowercased()
            if index > start, index < run.upperBound, NameRuns.legalForms.contains(lower),
               !EntityKey.isSuffix(sentence.tokens[index + 1].text.lowercased()) {
                pieces.append(start...index)
                start = index + 1
            } else if index > start, isTitle(index), !isTitle(index - 1), !isTitleWord(index - 1),
                      let after = firstNonTitle(from: index),
                      after <= run.upperBound, !NameRuns.isInstitution(sentence.tokens[after].text) {
                pieces.append(start...(index - 1))
                start = index
                index = after
                continue
            }
            index += 1
        }
        if start <= run.upperBound { pieces.append(start...run.upperBound) }
        return pieces
    }

    /// Legal forms that end an organization name.
    static let legalForms: Set<String> = [
        "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "co.", "ag", "sa", "s.a.", "nv", "n.v.",
        "gmbh", "a/s", "se", "lp", "llp",
    ]

    private func isTitle(_ index: Int) -> Bool {
        NameCues.strongTitles.contains(sentence.tokens[index].text.lowercased())
            || ["chief", "vice", "managing", "deputy", "prime"].contains(sentence.tokens[index].text.lowercased())
    }

    /// Any word of a title (`Financial` in `Chief Financial Officer`): a title word after another does
    /// not start a new name (`Chief Financial` | `Officer David Chen` would make `Chief Financial` a name).
    private func isTitleWord(_ index: Int) -> Bool {
        NameCues.personTitles.contains(sentence.tokens[index].text.lowercased())
    }

    private func firstNonTitle(from index: Int) -> Int? {
        var current = index
        while current < sentence.count, isTitle(current) || NameCues.personTitles.contains(sentence.tokens[current].text.lowercased()) {
            current += 1
        }
        return current < sentence.count ? current : nil
    }
}
