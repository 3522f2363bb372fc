/// A post-pass for news text over the trained tagger's output, for verb errors that leave a
/// sentence without its main verb (so the parser builds a noun phrase and nothing is extracted):
/// - a verb after a modal tagged as an adverb, adjective or noun (`prices could double/RB next
///   year`, `would double/RB the utility's capacity`): a lower-case word that can be a base-form
///   verb, whose dictionary tag is not an adverb or preposition, followed by the start of an object
///   or a preposition, becomes `VB`; so does such a word after `and` in the modal's verb phrase
///   (`would cut 600 jobs and close/JJ two clinics`);
/// - a past tense read as a participle right after the sentence's opening subject when an object
///   follows: after a name or pronoun (`Harbor Light last raised/VBN money in 2023`), or after a
///   common-noun phrase when no tensed verb follows (`The council also named/VBN Priya Raman`,
///   `Norway's regulator fined/VBN Nordvik Bank`, `Net income more than doubled/VBN to …`): it
///   becomes `VBD` (a participle there would leave the subject without a verb);
/// - the same after the subject and a prepositional phrase of names or nouns, when no tensed verb
///   follows (`The clinics in Millbrook and Cedar Falls treated/VBN nearly 30,000 patients`);
/// - in a sentence without any verb, a past form right after the opening subject and before its
///   object (`The company forecast/IN revenue of …`) becomes `VBD`;
/// - after the opening subject and a parenthetical between commas, a verb form read as a noun
///   before its object (`The drug , known as CT-417 , targets/NNS a protein`, `The deal , which was
///   approved by both boards , values/NNS Kestrel at …`) is the verb;
/// - after a possessive standing for its noun, a past form read as a noun before an amount
///   (`while Kestrel 's rose/NN 22 percent`) is the verb;
/// - a capitalized `-s` word read as a verb at the start of a sentence, right before (adverbs
///   aside) the sentence's tensed verb (`Nurses/VBZ last went on strike`), is a plural noun; so is
///   an `-s` word after the opening adjectives when a tensed verb follows (`Even short walks/VBZ
///   after meals appeared`);
/// - `lower` and `better` after `to` and a verb that takes an infinitive, before a noun phrase, are
///   the infinitive (`appeared to lower/JJR blood pressure`);
/// - after a subordinator and a noun phrase, a participle with no tensed verb after it in its clause
///   is the clause's past tense (`after a roof collapsed/VBN in Port Alden`);
/// - a participle right after `and`, when the verb before it is a plain past tense,
///   is a past tense too (`wore step counters and filled/VBN in questionnaires`);
/// - after a reporting verb and a noun phrase, a participle before an infinitive or object
///   (`said the company expected/VBN to spend`) is the reported clause's past tense;
/// - a verb read as the last noun of the opening noun phrase (`The PBOC set/NN its rate`, `The Fed/JJ
///   cut/NN rates again .`): before a possessive, or in a full sentence without any verb, a word after
///   the phrase's first noun that has a verb form becomes that verb (`-s` form `VBZ`, past form `VBD`;
///   a capitalized adjective before it becomes a name);
/// - a reporting verb read as a participle at the end of the sentence, after a comma and a noun
///   phrase (`… , the company announced/VBN on Wednesday .`), is the past tense;
/// - `ended` between a reporting period and a date (`the three months ended/VBD Oct. 31`) is `VBN`;
/// - a past form right after a comma and before `by`, once the clause has its verb (`Inflation
///   slowed , helped/VBD by lower prices`), is a participle describing the clause;
/// - a past tense read as a participle between a subject and a possessive object (`the company
///   cut/VBN its forecast`): a passive participle takes no object, so it becomes `VBD`;
/// - after `let`, `make` or `help` and a noun phrase, a base-form verb read as the phrase's last noun
///   (`would let the utility meet/NN rising demand`) is the bare infinitive;
/// - `her` read as a pronoun object before a noun read as a verb (`did not disclose her/PRP pay/VB
///   .`): after a verb that takes no bare infinitive (not `let`, `make`, `help`, `see` …), and when the
///   word can be a noun and ends the phrase, they become `PRP$` and `NN`;
/// - in a title-case headline without a tensed verb, the first capitalized `-s` verb form after a
///   noun is the verb (`State Senate Passes/NNPS Bill Capping Insulin Costs`), and so is one right
///   after the headline's one comma (`Central Bank Holds Rates , Signals/NNPS Cut Later This Year`).
///
/// All fire rarely on UD English EWT (`loom eval tagger FILE --news-repairs` lists what they change)
/// and restore the main clause of the news sentences they were written for.
public enum VerbTagRepair {
    /// Returns the tags with the repairs applied; `tagger` supplies the word classes (WordNet and
    /// verb-table base forms) and the dictionary tags.
    public static func apply(words: [String], tags: [PennTag], tagger: PartOfSpeechTagger) -> [PennTag] {
        guard words.count > 2, tags.count == words.count else { return tags }
        var result = tags
        repairVerbsAfterModals(words, &result, tagger.lexicon)
        repairConjoinedVerbAfterModal(words, &result, tagger.lexicon)
        repairOpeningPastTense(words, &result, tagger.lexicon)
        repairPastTenseAfterOpeningPhrase(words, &result, tagger.lexicon)
        repairPastTenseAfterSubjectModifier(words, &result)
        repairPeriodEnded(words, &result)
        repairParticipleBeforeAgent(words, &result)
        repairVerbInsideOpeningNounRun(words, &result, tagger.lexicon)
        repairVerbAfterParenthetical(words, &result, tagger.lexicon)
        repairOpeningPluralNoun(words, &result, tagger.lexicon)
        repairPluralNounAfterOpeningAdjective(words, &result, tagger.lexicon)
        repairComparativeInfinitive(words, &result)
        repairPastTenseAfterSubordinator(words, &result)
        repairConjoinedPastTense(words, &result)
        repairPastTenseAfterElidedPossessive(words, &result, tagger.lexicon)
        repairReportedPastTense(words, &result)
        repairTrailingReportingVerb(words, &result)
        repairParticipleWithPossessiveObject(&result)
        repairPossessiveHer(words, &result, tagger.lexicon)
        repairBareInfinitiveAfterCausative(words, &result, tagger.lexicon)
        repairHeadlineVerb(words, &result, tagger.lexicon)
        return result
    }

    private static func repairParticipleWithPossessiveObject(_ tags: inout [PennTag]) {
        for index in 2..<(tags.count - 1) where tags[index] == .VBN && tags[index + 1] == .PRPS {
            let noun = tags[index - 1]
            guard noun.isProperNoun || (noun.isCommonNoun && tags[index - 2] == .DT) else { continue }
            tags[index] = .VBD
        }
    }

    /// `would let the utility meet/NN rising demand`: after `let`, `make` or `help` and a noun phrase
    /// with a determiner, a word that can be a base-form verb, read as the phrase's last noun, is the
    /// bare infinitive when what follows can be its object (`let the utility meet demand`).
    private static func repairBareInfinitiveAfterCausative(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        for causative in tags.indices where tags[causative].isVerb && causatives.contains(words[causative].lowercased()) {
            var index = causative + 1
            guard index < tags.count, tags[index] == .DT || tags[index] == .PRPS else { continue }
            index += 1
            while index < tags.count, tags[index].isAdjective { index += 1 }
            let nounStart = index
            while index < tags.count, tags[index] == .NN || tags[index] == .NNS || tags[index] == .NNP { index += 1 }
            let candidate = index - 1
            guard candidate > nounStart, tags[candidate] == .NN, index < tags.count,
                  // Not before an adjective: `make the model attractive` is an object and its predicate.
                  [.VBG, .DT, .PRPS, .CD, .dollar, .NNS].contains(tags[index]) || (tags[index] == .NN && tags[index - 1] == .NN),
                  words[candidate] == words[candidate].lowercased(),
                  lexicon.morphology(FeatureHash.string(words[candidate])) & baseVerbBits != 0 else { continue }
            tags[candidate] = .VB
            if tags[index] == .VBG { tags[index] = .JJ }  // `rising demand`: the participle describes the object
        }
    }

    /// Verbs whose object does what a bare infinitive after it says (`let the utility meet`).
    static let causatives: Set<String> = ["let", "lets", "letting", "make", "makes", "made", "making", "help", "helps", "helped", "helping"]

    /// Verbs that take an object and a bare infinitive (`let her go`, `made her cry`).
    static let bareInfinitiveVerbs: Set<String> = [
        "let", "lets", "letting", "make", "makes", "made", "making", "help", "helps", "helped", "helping", "see",
        "sees", "saw", "seen", "watch", "watches", "watched", "hear", "hears", "heard", "have", "has", "had",
        "having", "bid", "feel", "feels", "felt", "notice", "noticed", "get", "got",
    ]

    private static func repairPossessiveHer(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        for index in 1..<(tags.count - 1) where tags[index] == .PRP && words[index].lowercased() == "her" {
            let next = index + 1
            guard tags[next] == .VB, tags[index - 1].isVerb, !bareInfinitiveVerbs.contains(words[index - 1].lowercased()),
                  lexicon.morphology(FeatureHash.string(words[next].lowercased())) & nounBit != 0
            else { continue }
            let after = next + 1 < tags.count ? tags[next + 1] : .period
            guard after.isPunctuation || after == .IN || after == .CC else { continue }
            tags[index] = .PRPS
            tags[next] = .NN
        }
    }

    /// Word-class bit (``TaggerMorphology``) of a WordNet noun lemma.
    static let nounBit: UInt16 = 1 << 0

    /// Tags that can start the object or the prepositional phrase after a verb.
    static let objectStarts: Set<PennTag> = [.DT, .PRPS, .CD, .NN, .NNS, .NNP, .NNPS, .JJ, .PRP, .dollar, .IN, .TO]
    /// Word-class bits (``TaggerMorphology``) of a base-form verb: a WordNet verb lemma or the
    /// verb table's base form.
    static let baseVerbBits: UInt16 = 1 << 1 | 1 << 10

    private static func repairVerbsAfterModals(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        for modal in tags.indices where tags[modal] == .MD {
            var candidate = modal + 1
            while candidate < tags.count, tags[candidate] == .RB, !canBeBaseVerb(words[candidate], lexicon) { candidate += 1 }
            guard candidate + 1 < tags.count, [.RB, .JJ, .NN].contains(tags[candidate]) else { continue }
            let word = words[candidate]
            guard word == word.lowercased(), canBeBaseVerb(word, lexicon) else { continue }
            let usual = lexicon.tag(exact: FeatureHash.string(word))
            guard usual != .RB, usual != .IN, usual != .RP, objectStarts.contains(tags[candidate + 1]) else { continue }
            tags[candidate] = .VB
        }
    }

    /// `would cut about 600 jobs and close/JJ two rural clinics`: after `and`, a word that can be a
    /// base-form verb, before a determiner or number, continues the modal's verb phrase (no tensed
    /// verb between), so it is a base-form verb too.
    private static func repairConjoinedVerbAfterModal(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        guard let modal = tags.firstIndex(of: .MD) else { return }
        for index in (modal + 3)..<max(modal + 3, tags.count - 1) where tags[index - 1] == .CC && [.JJ, .NN, .RB].contains(tags[index]) {
            guard [.DT, .CD, .PRPS, .dollar].contains(tags[index + 1]), words[index] == words[index].lowercased(),
                  tags[(modal + 1)..<(index - 1)].contains(.VB),
                  !tags[(modal + 1)..<(index - 1)].contains(where: { tensedVerbs.contains($0) }),
                  canBeBaseVerb(words[index], lexicon) else { continue }
            let usual = lexicon.tag(exact: FeatureHash.string(words[index]))
            guard usual != .RB, usual != .IN, usual != .RP else { continue }
            tags[index] = .VB
        }
    }

    private static func canBeBaseVerb(_ word: String, _ lexicon: TaggerLexicon) -> Bool {
        lexicon.morphology(FeatureHash.string(word.lowercased())) & baseVerbBits != 0
    }

    /// Where the sentence's opening subject ends (after any adverbs and `more than`), and whether it
    /// is a common-noun phrase (`The council`, `Net income`, `Norway 's regulator`) rather than a
    /// name or a pronoun; nil when the sentence does not open with one.
    static func openingSubjectEnd(_ tags: [PennTag], _ words: [String]) -> (end: Int, commonNounPhrase: Bool)? {
        var index = 0
        while index < tags.count, tags[index].isProperNoun { index += 1 }
        if index == 0, tags[0] == .PRP { index = 1 }
        var commonNounPhrase = false
        // `Norway 's financial regulator`: a possessive name opens a determiner phrase too.
        let possessiveName = index > 0 && index < tags.count && tags[index] == .POS
        if possessiveName || index == 0 {
            if possessiveName || tags[0] == .DT || tags[0] == .PRPS { index += 1 }
            while index < tags.count, tags[index].isAdjective { index += 1 }
            let nounStart = index
            while index < tags.count, tags[index].isNoun { index += 1 }
            guard index > nounStart else { return nil }
            commonNounPhrase = true
        }
        while index < tags.count, tags[index] == .RB { index += 1 }
        if index + 2 < tags.count, tags[index] == .JJR || tags[index] == .RBR, words[index + 1].lowercased() == "than" { index += 2 }
        return (index, commonNounPhrase)
    }

    /// Tags of a tensed verb.
    static let tensedVerbs: Set<PennTag> = [.MD, .VBD, .VBZ, .VBP]

    private static func repairOpeningPastTense(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        guard let (index, commonNounPhrase) = openingSubjectEnd(tags, words), index + 1 < tags.count else { return }
        let next = tags[index + 1]
        guard objectStarts.contains(next) else { return }
        let verbless = !tags.contains { $0.isVerb || $0 == .MD }
        // A bare noun phrase (`Net income`, `lucky breaks`) counts only in a full sentence.
        let bare = commonNounPhrase && ![.DT, .PRPS].contains(tags[0]) && !tags[0].isProperNoun
        if bare, tags.last != .period { return }
        if tags[index] == .VBN {
            // After a common-noun phrase the participle may be a reduced relative (`The company
            // acquired by Meta raised …`) unless no tensed verb follows; a preposition may follow
            // only in a sentence without any other verb, and never `by` (`Harbor Light acquired by rival`).
            if commonNounPhrase, tags[(index + 1)...].contains(where: tensedVerbs.contains) { return }
            if next == .IN, !(commonNounPhrase && tags.filter(\.isVerb).count == 1 && words[index + 1].lowercased() != "by") { return }
            tags[index] = .VBD
            return
        }
        // `The company forecast/IN revenue of …`: in a sentence without any verb, a past form right
        // after the opening subject and before its object is the verb.
        // Only in a full sentence (a period at the end, six words or more) that opens with a determiner,
        // possessive, name or pronoun: verbless fragments (`Best regards`, `E-mail …`) stay as they are.
        let lower = words[index].lowercased()
        guard verbless, next != .IN, words[index] == lower, !tags[index].isPunctuation, tags.count >= 6, tags.last == .period,
              [.DT, .PRPS, .PRP, .NNP, .NNPS].contains(tags[0]) else { return }
        let morphology = lexicon.morphology(FeatureHash.string(lower))
        if morphology & pastBits != 0 {
            tags[index] = .VBD
        } else if morphology & baseVerbBits != 0, [.NN, .IN, .VB, .VBP].contains(tags[index]) {
            // A base form after a singular subject is a past tense that looks like it (`forecast`,
            // `cut`, `set`); after a plural one it may be the present.
            let plural = [.NNS, .NNPS].contains(tags[index - 1]) || ["i", "we", "they", "you"].contains(words[index - 1].lowercased())
            tags[index] = plural ? .VBP : .VBD
        }
    }

    /// `Rather than cutting jobs , the company reduced/VBN hours`: after an opening phrase without a
    /// tensed verb and its comma, the clause's subject and a participle before its object are the
    /// opening of a sentence (the repair above, on the words after the comma).
    private static func repairPastTenseAfterOpeningPhrase(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        guard let comma = tags.firstIndex(of: .comma), comma >= 2, comma + 4 < tags.count,
              !tags[..<comma].contains(where: tensedVerbs.contains) else { return }
        var clause = Array(tags[(comma + 1)...])
        guard !clause.contains(where: tensedVerbs.contains) else { return }
        repairOpeningPastTense(Array(words[(comma + 1)...]), &clause, lexicon)
        tags.replaceSubrange((comma + 1)..., with: clause)
    }

    /// Reporting verbs whose object may be a whole clause without `that` (`said the company expected …`).
    static let reportingForms: Set<String> = ["said", "says", "say", "told", "added", "noted", "believes", "believed", "thinks", "thought"]

    /// `… will build a factory , the company announced/VBN on Wednesday .`: a reporting verb after a
    /// comma and a noun phrase, with nothing after it but a prepositional phrase, closes the sentence
    /// as its reporting clause, so it is a past tense, not a participle modifying the noun.
    private static func repairTrailingReportingVerb(_ words: [String], _ tags: inout [PennTag]) {
        for verb in 3..<tags.count where tags[verb] == .VBN && trailingReporters.contains(words[verb].lowercased()) {
            var start = verb - 1
            while start > 0, tags[start].isNoun || tags[start].isAdjective || tags[start] == .DT || tags[start] == .PRPS { start -= 1 }
            guard start < verb - 1, tags[start] == .comma, tags[verb - 1].isNoun,
                  tags[(verb + 1)...].allSatisfy({ [.IN, .DT, .NN, .NNP, .CD, .JJ, .period, .comma].contains($0) }),
                  verb + 1 == tags.count || [.IN, .period].contains(tags[verb + 1]) else { continue }
            tags[verb] = .VBD
        }
    }

    /// `The clinics in Millbrook and Cedar Falls treated/VBN nearly 30,000 patients`: after the opening
    /// subject and a prepositional phrase of names or nouns, in a sentence with no tensed verb, a
    /// participle before its object is the sentence's past tense.
    private static func repairPastTenseAfterSubjectModifier(_ words: [String], _ tags: inout [PennTag]) {
        guard let (end, _) = openingSubjectEnd(tags, words), end + 2 < tags.count, tags[end] == .IN,
              ["in", "at", "of", "from", "near", "across", "around"].contains(words[end].lowercased()),
              !tags.contains(where: tensedVerbs.contains) else { return }
        var index = end + 1
        if tags[index] == .DT { index += 1 }
        let nounStart = index
        while index < tags.count, tags[index].isNoun || (tags[index] == .CC && index > nounStart) { index += 1 }
        guard index > nounStart, index + 1 < tags.count, tags[index] == .VBN, tags[index - 1].isNoun else { return }
        let next = tags[index + 1]
        let objectFollows = (objectStarts.contains(next) && next != .IN && next != .TO)
            || (next == .RB && index + 2 < tags.count && [.CD, .DT, .dollar].contains(tags[index + 2]))
        guard objectFollows else { return }
        tags[index] = .VBD
    }

    /// Verbs that close a sentence as its reporting clause (`, the company announced .`).
    static let trailingReporters: Set<String> = ["said", "announced", "reported", "added", "told", "noted", "confirmed", "disclosed", "stated", "wrote"]

    /// `He said the company expected/VBN to spend …`: after a reporting verb, a noun phrase and a
    /// participle with an infinitive or object after it make a reported clause, so the participle is
    /// its past tense (a reduced relative cannot follow a bare reporting verb's object).
    private static func repairReportedPastTense(_ words: [String], _ tags: inout [PennTag]) {
        for reporter in tags.indices where reportingForms.contains(words[reporter].lowercased()) && tags[reporter].isVerb {
            var index = reporter + 1
            if index < tags.count, tags[index] == .DT || tags[index] == .PRPS { index += 1 }
            while index < tags.count, tags[index].isAdjective { index += 1 }
            let nounStart = index
            while index < tags.count, tags[index].isNoun { index += 1 }
            guard index > nounStart, index + 1 < tags.count, tags[index] == .VBN,
                  [.TO, .DT, .PRPS].contains(tags[index + 1]) else { continue }
            tags[index] = .VBD
        }
    }

    /// Word-class bit (``TaggerMorphology``) of a third-person-singular form in the verb table.
    static let presentSBits: UInt16 = 1 << 6

    /// `The drug , known as CT-417 , targets/NNS a protein`: after the opening subject and a
    /// parenthetical between commas without a tensed verb, a verb form read as a noun before an
    /// object is the main verb (`-s` form → `VBZ`, past form → `VBD`).
    private static func repairVerbAfterParenthetical(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        guard let (open, _) = openingSubjectEnd(tags, words), open < tags.count, tags[open] == .comma,
              let close = ((open + 1)..<tags.count).first(where: { tags[$0] == .comma }), close > open + 1 else { return }
        // A relative clause (`, which was approved by both boards ,`) has a verb of its own; any other
        // parenthetical with a tensed verb may be the main clause itself.
        let relativeClause = [.WDT, .WP].contains(tags[open + 1])
        guard relativeClause || !tags[(open + 1)..<close].contains(where: tensedVerbs.contains) else { return }
        let word = close + 1
        // After a relative clause the main verb may take a preposition (`, which was drafted by
        // engineers , calls for two berths`); after other parentheticals a preposition more often
        // goes on a noun (`, cities with …`), and `of` always does.
        guard word + 1 < tags.count, tags[word] == .NNS || tags[word] == .NN, words[word] == words[word].lowercased(),
              objectStarts.contains(tags[word + 1]),
              relativeClause ? words[word + 1].lowercased() != "of" : tags[word + 1] != .IN && tags[word + 1] != .TO
        else { return }
        let morphology = lexicon.morphology(FeatureHash.string(words[word]))
        if tags[word] == .NNS, morphology & presentSBits != 0 {
            tags[word] = .VBZ
        } else if tags[word] == .NN, morphology & pastBits != 0 {
            tags[word] = .VBD
        }
    }

    /// `State Senate Passes/NNPS Bill Capping Insulin Costs`: in a title-case headline without a
    /// tensed verb, the first capitalized `-s` word after a noun that the verb table knows as an
    /// `-s` form is the headline's verb (headlines drop articles, so a name run swallows it).
    private static func repairHeadlineVerb(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        let capitalized = words.filter(\.startsWithUppercase).count
        let lower = words.filter { $0.first?.isLowercase == true }.count
        // A short run of words without punctuation (not a signature, an address or a list of names),
        // except one comma before a second verb (`Central Bank Holds Rates , Signals Cut Later This Year`).
        let comma = tags.firstIndex(of: .comma)
        guard capitalized >= 3, capitalized > 2 * lower, (4...14).contains(words.count),
              !tags.indices.contains(where: { ($0 != comma && tags[$0].isPunctuation) || tensedVerbs.contains(tags[$0]) || tags[$0] == .CC })
        else { return }
        // The verb follows a short subject and comes before its capitalized or numeric object.
        func isVerbForm(_ index: Int) -> Bool {
            words[index].startsWithUppercase && words[index].hasSuffix("s") && [.NNP, .NNPS, .NNS].contains(tags[index])
                && lexicon.morphology(FeatureHash.string(words[index].lowercased())) & presentSBits != 0
        }
        func hasObject(after index: Int) -> Bool {
            index + 1 < words.count && (words[index + 1].startsWithUppercase || [.CD, .dollar].contains(tags[index + 1]))
        }
        let end = comma ?? words.count
        if let comma { guard comma + 1 < words.count, isVerbForm(comma + 1), hasObject(after: comma + 1) else { return } }
        for index in 1..<max(1, min(5, end - 1)) where tags[index - 1].isNoun && isVerbForm(index) {
            guard hasObject(after: index) else { continue }
            // `Baltic Freight Lines Orders Twelve Ships`: of two such words in a row the first ends the name.
            if isVerbForm(index + 1), index + 2 < end { continue }
            // The word after the verb is its object (`Signals Cut/VB Later` → `Cut/NN`).
            for verb in [index] + (comma.map { [$0 + 1] } ?? []) {
                tags[verb] = .VBZ
                if [.VB, .VBP].contains(tags[verb + 1]) { tags[verb + 1] = .NN }
            }
            return
        }
    }

    /// Word-class bit (``TaggerMorphology``) of a past-tense form in the verb table.
    static let pastBits: UInt16 = 1 << 8

    /// Nouns of a reporting period (`the three months ended Oct. 31`).
    public static let periods: Set<String> = ["quarter", "quarters", "months", "weeks", "year", "years", "period", "half", "days"]

    /// `in the three months ended/VBD Oct. 31` (`in the year ended in March`): after a reporting period and before a date, `ended`
    /// is a participle modifying the period (else it steals the sentence's subject).
    private static func repairPeriodEnded(_ words: [String], _ tags: inout [PennTag]) {
        for index in 1..<(tags.count - 1) where tags[index] == .VBD && words[index].lowercased() == "ended" {
            // `ended Oct. 31`, `ended in March`.
            let date = words[index + 1].lowercased() == "in" && index + 2 < tags.count ? index + 2 : index + 1
            guard periods.contains(words[index - 1].lowercased()), tags[date] == .NNP || tags[date] == .CD else { continue }
            tags[index] = .VBN
        }
    }

    /// `Inflation slowed to 2.8 percent , helped/VBD by lower food and energy prices`: a past form
    /// between a comma and `by`, after a clause that has its tensed verb, is the participle of an
    /// adjunct (read as a second verb it takes `prices` for a conjoined oblique).
    private static func repairParticipleBeforeAgent(_ words: [String], _ tags: inout [PennTag]) {
        for index in 2..<(tags.count - 1) where tags[index] == .VBD && tags[index - 1] == .comma && words[index + 1].isWord("by") {
            guard tags[..<(index - 1)].contains(where: { tensedVerbs.contains($0) }) else { continue }
            tags[index] = .VBN
        }
    }

    /// `The PBOC set/NN its daily reference rate`, `The Fed/JJ cut/NN rates again .`: a sentence
    /// opening with a determiner or possessive and a run of nouns, whose verb was read as one of
    /// them. The verb is the run's last noun before a possessive (a noun is never followed by one),
    /// or, in a full sentence without any verb, the first noun after the run's first word that has a
    /// verb form and an object (or an adverb) after it.
    private static func repairVerbInsideOpeningNounRun(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        guard tags[0] == .DT || tags[0] == .PRPS else { return }
        var index = 1
        while index < tags.count, tags[index].isAdjective { index += 1 }
        let nounStart = index
        while index < tags.count, tags[index].isNoun { index += 1 }
        let nounEnd = index
        // The run's words after its first word (a capitalized adjective counts as its first word: a
        // name read as an adjective).
        let first = nounStart > 1 && words[nounStart - 1].startsWithUppercase ? nounStart - 1 : nounStart
        guard nounEnd > first + 1, nounEnd < tags.count else { return }
        let verbless = tags.count >= 5 && tags.last == .period && !tags.contains { $0.isVerb || $0 == .MD }
        let candidates: [Int]
        if tags[nounEnd] == .PRPS {
            candidates = [nounEnd - 1]
        } else if verbless {
            candidates = Array((first + 1)..<nounEnd)
        } else {
            return
        }
        for candidate in candidates where words[candidate] == words[candidate].lowercased() {
            let next = tags[candidate + 1]
            // An object after it, or an adverb after the run's last word (`The oil price rises/NNS sharply .`).
            let hasObject = candidate + 1 < nounEnd || objectStarts.contains(next) && next != .IN
            guard hasObject || next == .RB, let verb = verbTag(of: words[candidate], lexicon) else { continue }
            tags[candidate] = verb
            if tags[candidate - 1].isAdjective { tags[candidate - 1] = .NNP }
            return
        }
    }

    /// The tensed verb tag a word's form allows (`-s` form `VBZ`, past form `VBD`), if any.
    private static func verbTag(of word: String, _ lexicon: TaggerLexicon) -> PennTag? {
        let morphology = lexicon.morphology(FeatureHash.string(word))
        if morphology & presentSBits != 0, word.hasSuffix("s") { return .VBZ }
        if morphology & pastBits != 0 { return .VBD }
        return nil
    }


    /// `were treated for injuries after a roof collapsed/VBN in Port Alden`: a subordinator opens a
    /// clause, so after it and a plain noun phrase a participle is the clause's past tense when no
    /// tensed verb follows before the clause ends (`after the plan approved by the board was
    /// rejected` keeps its participle).
    private static func repairPastTenseAfterSubordinator(_ words: [String], _ tags: inout [PennTag]) {
        let phrase: Set<PennTag> = [.DT, .PRPS, .JJ, .NN, .NNS, .NNP, .NNPS, .CD]
        for index in 0..<(tags.count - 2) where AgreementTagRepair.subordinators.contains(words[index].lowercased()) {
            guard tags[index] == .IN, phrase.contains(tags[index + 1]) else { continue }
            var verb = index + 1
            while verb < tags.count, phrase.contains(tags[verb]) { verb += 1 }
            guard verb < tags.count, tags[verb] == .VBN, tags[verb - 1].isNoun || tags[verb - 1] == .CD else { continue }
            let end = ((verb + 1)..<tags.count).first { [.comma, .period, .colon, .CC].contains(tags[$0]) } ?? tags.count
            guard !tags[(verb + 1)..<end].contains(where: { tensedVerbs.contains($0) || $0 == .VBN }) else { continue }
            tags[verb] = .VBD
        }
    }

    /// `The participants wore step counters and filled/VBN in questionnaires`: a participle right after
    /// `and`, when the verb before it in the sentence is a simple past tense (no auxiliary or adverb
    /// right before that verb), shares its tense (`was founded and based in` keeps its participle).
    private static func repairConjoinedPastTense(_ words: [String], _ tags: inout [PennTag]) {
        for index in 2..<(tags.count - 1) where tags[index] == .VBN && tags[index - 1] == .CC && words[index - 1].isWord("and") {
            guard let previous = (0..<(index - 1)).last(where: { tags[$0].isVerb || tags[$0] == .MD }), tags[previous] == .VBD,
                  previous == 0 || !(tags[previous - 1].isVerb || tags[previous - 1] == .MD || tags[previous - 1] == .RB),
                  [.RP, .IN, .DT, .PRPS, .NN, .NNS, .CD, .JJ].contains(tags[index + 1]) else { continue }
            tags[index] = .VBD
        }
    }

    /// `appeared to lower/JJR blood pressure`: after a verb that takes an infinitive and `to`, the
    /// comparatives that are also verbs (`lower`, `better`) before a noun phrase are that infinitive
    /// (after other verbs `to` is a preposition: `cut rates to lower levels`).
    private static func repairComparativeInfinitive(_ words: [String], _ tags: inout [PennTag]) {
        for index in 2..<(tags.count - 1) where tags[index] == .JJR || tags[index] == .RBR {
            guard tags[index - 1] == .TO, words[index].isWord(in: ["lower", "better"], maxLength: 6),
                  infinitiveTakers.contains(words[index - 2].lowercased()),
                  [.DT, .PRPS, .NN, .NNS, .JJ, .CD].contains(tags[index + 1]) else { continue }
            tags[index] = .VB
        }
    }

    /// Forms of verbs followed by an infinitive (`aims to`, `appeared to`, `helped to`).
    static let infinitiveTakers = RepairTree.infinitiveComplementVerbs
        .union(RepairTree.verbForms(["appear", "seem", "help", "tend", "work", "act", "serve"]))

    /// `Even short walks/VBZ after meals appeared to lower blood pressure`: in the opening noun
    /// phrase of a sentence or of a `that` clause (determiners, adverbs and adjectives only before
    /// it), an `-s` word right after an adjective is a plural noun when a tensed verb follows.
    private static func repairPluralNounAfterOpeningAdjective(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        let opening: Set<PennTag> = [.DT, .RB, .PRPS, .JJ, .JJR, .JJS, .CD]
        // The sentence's start, or a reported clause's (`added that even short walks/VBZ …`).
        let starts = [0] + tags.indices.filter { $0 > 0 && tags[$0 - 1] == .IN && words[$0 - 1].isWord("that") }
        for start in starts {
            var index = start
            while index < tags.count, opening.contains(tags[index]) { index += 1 }
            guard index > start, index + 2 < tags.count, tags[index] == .VBZ, tags[index - 1].isAdjective,
                  words[index].hasSuffix("s"), tags[(index + 1)...].contains(where: { tensedVerbs.contains($0) }),
                  lexicon.morphology(FeatureHash.string(String(words[index].lowercased().dropLast()))) & nounBit != 0
            else { continue }
            tags[index] = .NNS
        }
    }

    /// `Nurses/VBZ last went on strike in 2010`: a sentence's first word read as a present verb when a
    /// tensed verb follows it right away (after adverbs only) is that verb's subject, a plural noun.
    private static func repairOpeningPluralNoun(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        guard tags[0] == .VBZ, words[0].startsWithUppercase, words[0].hasSuffix("s"),
              lexicon.morphology(FeatureHash.string(String(words[0].lowercased().dropLast()))) & nounBit != 0 else { return }
        var next = 1
        while next < tags.count, tags[next] == .RB { next += 1 }
        guard next < tags.count, [.VBD, .VBZ, .VBP, .MD].contains(tags[next]) else { return }
        tags[0] = .NNS
    }

    /// `Brightline 's shares fell 6 percent , while Kestrel 's rose/NN 22 percent`: a possessive whose
    /// noun is left out is followed by the verb; a past form read as a noun there, before an amount,
    /// is that verb.
    private static func repairPastTenseAfterElidedPossessive(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        for index in 1..<(tags.count - 1) where tags[index - 1] == .POS && (tags[index] == .NN || tags[index] == .JJ) {
            let word = words[index]
            guard word == word.lowercased(), tags[index + 1] == .CD || tags[index + 1] == .dollar,
                  lexicon.morphology(FeatureHash.string(word)) & pastBits != 0 else { continue }
            tags[index] = .VBD
        }
    }
}
