/// A post-pass for news text over the trained tagger's output, for two verb errors that leave a
/// sentence without its main verb (so the parser builds a noun phrase and nothing is extracted):
/// - a verb after a modal tagged as an adverb, adjective or noun (`prices could double/RB next
///   year`, `would double/RB the utility's capacity`): a lower-case word that can be a base-form
///   verb, whose dictionary tag is not an adverb or preposition, followed by the start of an object
///   or a preposition, becomes `VB`;
/// - a past tense read as a participle right after the name or pronoun that opens the sentence
///   (`Harbor Light last raised/VBN money in 2023`), or after an opening determiner or possessive
///   phrase when no tensed verb follows (`The council also named/VBN Priya Raman`, `Norway's
///   regulator fined/VBN Nordvik Bank`), when an object follows: it becomes `VBD` (a participle
///   there would leave the sentence's subject without a verb).
///
/// - a past tense read as a participle between a subject and a possessive object (`the company
///   cut/VBN its forecast`): a passive participle takes no object, so it becomes `VBD`;
/// - `her` read as a pronoun object before a noun read as a verb (`did not disclose her/PRP pay/VB
///   .`): after a verb that takes no bare infinitive (not `let`, `make`, `help`, `see` …), and when the
///   word can be a noun and ends the phrase, they become `PRP$` and `NN`.
///
/// All fire rarely on UD English EWT (where they change no correct tag on dev and test) and
/// restore the main clause of the news sentences they were written for.
public enum VerbTagRepair {
    /// Returns the tags with the repairs applied; `tagger` supplies the word classes (WordNet and
    /// verb-table base forms) and the dictionary tags.
    public static func apply(words: [String], tags: [PennTag], tagger: PartOfSpeechTagger) -> [PennTag] {
        guard words.count > 2, tags.count == words.count else { return tags }
        var result = tags
        repairVerbsAfterModals(words, &result, tagger.lexicon)
        repairOpeningPastTense(&result)
        repairParticipleWithPossessiveObject(&result)
        repairPossessiveHer(words, &result, tagger.lexicon)
        return result
    }

    private static func repairParticipleWithPossessiveObject(_ tags: inout [PennTag]) {
        for index in 2..<(tags.count - 1) where tags[index] == .VBN && tags[index + 1] == .PRPS {
            let noun = tags[index - 1]
            guard noun.isProperNoun || (noun.isCommonNoun && tags[index - 2] == .DT) else { continue }
            tags[index] = .VBD
        }
    }

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

    private static func canBeBaseVerb(_ word: String, _ lexicon: TaggerLexicon) -> Bool {
        lexicon.morphology(FeatureHash.string(word.lowercased())) & baseVerbBits != 0
    }

    private static func repairOpeningPastTense(_ tags: inout [PennTag]) {
        var index = 0
        while index < tags.count, tags[index].isProperNoun { index += 1 }
        if index == 0, tags[0] == .PRP { index = 1 }
        // `The council also named/VBN Priya Raman …`: an opening determiner phrase qualifies only when
        // no tensed verb follows (else the participle may be a reduced relative: `The company
        // acquired by Meta raised …`).
        var needsNoLaterVerb = false
        // `Norway 's financial regulator fined/VBN …`: a possessive name opens a determiner phrase too.
        let possessiveName = index > 0 && index < tags.count && tags[index] == .POS
        if possessiveName || (index == 0 && (tags[0] == .DT || tags[0] == .PRPS)) {
            index += 1
            while index < tags.count, tags[index].isAdjective { index += 1 }
            let nounStart = index
            while index < tags.count, tags[index].isNoun { index += 1 }
            guard index > nounStart else { return }
            needsNoLaterVerb = true
        }
        guard index > 0 else { return }
        while index < tags.count, tags[index] == .RB { index += 1 }
        guard index + 1 < tags.count, tags[index] == .VBN, objectStarts.contains(tags[index + 1]), tags[index + 1] != .IN
        else { return }
        if needsNoLaterVerb, tags[(index + 1)...].contains(where: { $0 == .MD || $0 == .VBD || $0 == .VBZ || $0 == .VBP }) {
            return
        }
        tags[index] = .VBD
    }
}
