/// A post-pass over the trained tagger's output for verb/noun confusions that a determiner rules
/// out, because the determiner and the word cannot form a phrase together:
/// - a singular demonstrative subject (`This`, `That` opening a clause) before an `-s` word read as a
///   plural noun (`This often results/NNS in deaths`, `That amounts/NNS to $ 350 billion`): a
///   singular determiner does not take a plural noun, so the word is the clause's verb (`VBZ`);
/// - a possessive (`His`, `the company 's`) or `the` before an `-s` word read as a verb (`His
///   works/VBZ span a wide range`): a verb cannot follow a possessive, so it is the plural noun;
/// - a determiner before a base-form verb (`He left that post/VB to become …`, `the use/VB of`):
///   the word is a noun. `that` counts as a determiner only after a verb or preposition (after a
///   noun it is a relative pronoun: `issues that matter/VB to voters`);
/// - `that` between a verb and a singular noun that no verb follows (`rejected that/IN estimate
///   and`): a determiner;
/// - an `-s` word ending a clause after a subordinator and a singular noun (`until demand
///   recovers/NNS .`): the clause's verb;
/// - a noun right after `, which` (`projects , which account/NN for most sales`): the relative
///   pronoun needs its verb, so the word is it;
/// - an adjective between an article and a modal or tensed verb (`The fine/JJ will cost …`): the
///   phrase needs its noun, so the word is the noun (not `the latter`, `the same`, names of peoples).
/// - `that` read as a determiner of a plural noun (`said the expansion was ambitious but that/DT
///   French bakery brands were popular`): `that` determines only a singular noun, so after a verb or
///   conjunction it is the complementizer (`IN`);
/// - an ordinal read as an adverb after a possessive (`the group 's first/RB in North America`): a
///   possessive needs its noun phrase, so the ordinal is the adjective standing for it.
///
/// Each rule needs the word-class evidence (WordNet noun lemma, verb-table `-s` form) for the tag it
/// gives, so it never invents a reading the word does not have.
public enum AgreementTagRepair {
    /// Returns the tags with the determiner-agreement repairs applied; `tagger` supplies the word
    /// classes (WordNet lemmas and verb-table forms).
    public static func apply(words: [String], tags: [PennTag], tagger: PartOfSpeechTagger) -> [PennTag] {
        guard words.count > 1, tags.count == words.count else { return tags }
        var result = tags
        for index in 1..<words.count {
            switch result[index] {
            case .NNS:
                repairVerbAfterDemonstrative(at: index, words, &result, tagger.lexicon)
                repairVerbAfterRelativePronoun(at: index, words, &result, tagger.lexicon)
                repairVerbAfterSubordinateSubject(at: index, words, &result, tagger.lexicon)
            case .NN: repairVerbAfterRelativePronoun(at: index, words, &result, tagger.lexicon)
            case .VBZ: repairNounAfterPossessive(at: index, words, &result, tagger.lexicon)
            case .VB: repairNounAfterDeterminer(at: index, words, &result, tagger.lexicon)
            case .IN: repairDemonstrativeBeforeObject(at: index, words, &result)
            case .JJ: repairNounBeforeVerb(at: index, words, &result, tagger.lexicon)
            case .DT: repairComplementizerBeforePluralNoun(at: index, words, &result)
            case .RB: if [.POS, .PRPS].contains(result[index - 1]), words[index].isWord(in: ordinals, maxLength: 6) { result[index] = .NN }
            default: break
            }
        }
        return result
    }

    /// `… but that/DT French bakery brands were popular`: `that` after a verb or a conjunction, before
    /// a noun phrase (adjectives and nouns) whose head is plural and a verb right after it, opens a
    /// content clause.
    ///
    /// Right after a reporting verb (`He said that wage growth remained too strong`) the head may be
    /// singular too: `said` takes a clause far more often than a demonstrative object.
    private static func repairComplementizerBeforePluralNoun(at index: Int, _ words: [String], _ tags: inout [PennTag]) {
        guard words[index].isWord("that"), tags[index - 1].isVerb || tags[index - 1] == .CC else { return }
        var end = index + 1
        while end + 1 < tags.count, tags[end].isAdjective || tags[end] == .NN || tags[end] == .NNP,
              tags[end + 1].isAdjective || tags[end + 1].isNoun { end += 1 }
        let afterReporting = VerbTagRepair.reportingForms.contains(words[index - 1].lowercased())
        guard end + 1 < tags.count, tags[end] == .NNS || tags[end] == .NNPS || afterReporting && tags[end] == .NN,
              VerbTagRepair.tensedVerbs.contains(tags[end + 1]) || afterReporting && tags[end + 1] == .MD else { return }
        tags[index] = .IN
    }

    /// Ordinals that stand for a noun or rank something (`the group 's first`, `came second`).
    public static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "last", "next"]

    /// `This often results/NNS in …`: the `-s` word after a clause-opening singular demonstrative
    /// (adverbs between them aside) is its verb when an object, preposition or adverb follows.
    private static func repairVerbAfterDemonstrative(
        at index: Int, _ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon
    ) {
        var demonstrative = index - 1
        while demonstrative > 0, tags[demonstrative] == .RB { demonstrative -= 1 }
        guard tags[demonstrative] == .DT, words[demonstrative].isWord(in: singularDemonstratives, maxLength: 5),
              demonstrative == 0 || [.comma, .CC, .colon].contains(tags[demonstrative - 1]),
              index + 1 < words.count, verbObjectStarts.contains(tags[index + 1]),
              hasClass(words[index], VerbTagRepair.presentSBits, lexicon) else { return }
        tags[index] = .VBZ
    }

    /// `His works/VBZ span …`: an `-s` word right after a possessive or `the` is a plural noun when
    /// its stem is a noun.
    private static func repairNounAfterPossessive(
        at index: Int, _ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon
    ) {
        let before = index - 1
        guard tags[before] == .PRPS || tags[before] == .POS || (tags[before] == .DT && words[before].isWord("the")),
              let stem = pluralStem(words[index]), hasClass(stem, VerbTagRepair.nounBit, lexicon) else { return }
        tags[index] = .NNS
    }

    /// `left that post/VB to become`: a base-form verb right after a determiner or possessive is a
    /// noun when the word is a noun lemma.
    private static func repairNounAfterDeterminer(
        at index: Int, _ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon
    ) {
        let before = index - 1
        let determiner: Bool
        switch tags[before] {
        case .PRPS: determiner = true
        case .DT:
            if words[before].isWord(in: ["that", "this"], maxLength: 5) {
                determiner = before > 0 && (tags[before - 1].isVerb || tags[before - 1] == .IN)
            } else {
                determiner = words[before].isWord(in: articles, maxLength: 5)
            }
        default: determiner = false
        }
        guard determiner, hasClass(words[index], VerbTagRepair.nounBit, lexicon) else { return }
        tags[index] = .NN
    }

    /// `The fine/JJ will cost the bank $5 million`: an adjective right after an article and right
    /// before a modal or tensed verb ends its noun phrase, so it is the noun (when it is one).
    private static func repairNounBeforeVerb(
        at index: Int, _ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon
    ) {
        guard index + 1 < words.count, tags[index - 1] == .DT, words[index - 1].isWord(in: articles, maxLength: 5),
              [.MD, .VBD, .VBZ].contains(tags[index + 1]), words[index] == words[index].lowercased(),
              !pronounAdjectives.contains(words[index]),
              hasClass(words[index], VerbTagRepair.nounBit, lexicon) else { return }
        tags[index] = .NN
    }

    /// Adjectives that stand for a noun mentioned before (`the latter is`, `the same was true`).
    static let pronounAdjectives: Set<String> = ["same", "latter", "former", "other", "first", "last", "next", "following"]

    /// `projects , which account/NN for most of the sales`: a word right after a relative pronoun
    /// after a comma, before an object or preposition, is the clause's verb when it can be one (`-s`
    /// form `VBZ`, base form `VBP`): the pronoun cannot be its determiner (`which company` aside,
    /// which has no comma before it in a relative clause).
    private static func repairVerbAfterRelativePronoun(
        at index: Int, _ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon
    ) {
        guard index >= 2, tags[index - 1] == .WDT, tags[index - 2] == .comma, words[index - 1].isWord("which"),
              index + 1 < words.count, verbObjectStarts.contains(tags[index + 1]) || tags[index + 1] == .NN || tags[index + 1] == .NNS
        else { return }
        if tags[index] == .NNS, hasClass(words[index], VerbTagRepair.presentSBits, lexicon) {
            tags[index] = .VBZ
        } else if tags[index] == .NN, hasClass(words[index], VerbTagRepair.baseVerbBits, lexicon) {
            tags[index] = .VBP
        }
    }

    /// `rejected that/IN estimate and said …`: `that` between a verb and a singular noun that no
    /// verb follows is the noun's determiner, not a complementizer (which needs a clause).
    private static func repairDemonstrativeBeforeObject(at index: Int, _ words: [String], _ tags: inout [PennTag]) {
        guard index + 2 < words.count, tags[index - 1].isVerb, words[index].isWord("that"), tags[index + 1] == .NN,
              [.CC, .period, .comma, .IN, .TO].contains(tags[index + 2]) else { return }
        // `estimated that assembly in India still costs more`: a verb before the clause ends makes it one.
        let clauseEnd = ((index + 2)..<tags.count).first { [.CC, .period, .comma, .colon].contains(tags[$0]) } ?? tags.count
        guard !tags[(index + 2)..<clauseEnd].contains(where: { $0.isVerb || $0 == .MD }) else { return }
        tags[index] = .DT
    }

    /// `freeze hiring until demand recovers/NNS .`: after a subordinator and a singular noun, an `-s`
    /// word that ends the clause is the clause's verb (a plural noun there would leave `until` without
    /// one).
    private static func repairVerbAfterSubordinateSubject(
        at index: Int, _ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon
    ) {
        guard index >= 2, tags[index - 1] == .NN, index + 1 < words.count,
              [.period, .comma, .CC, .IN, .TO, .RB, .colon].contains(tags[index + 1]) else { return }
        var start = index - 1
        while start > 0, tags[start - 1] == .NN || tags[start - 1] == .JJ || tags[start - 1] == .DT || tags[start - 1] == .PRPS { start -= 1 }
        guard start > 0, tags[start - 1] == .IN, subordinators.contains(words[start - 1].lowercased()),
              hasClass(words[index], VerbTagRepair.presentSBits, lexicon) else { return }
        tags[index] = .VBZ
    }

    /// Words that open a clause and can stand before its subject (`until demand recovers`).
    static let subordinators: Set<String> = ["until", "unless", "when", "once", "because", "if", "while", "after", "before", "since", "although", "as"]

    /// Singular demonstratives that can stand alone as a subject.
    static let singularDemonstratives: Set<String> = ["this", "that"]
    /// Determiners that only ever start a noun phrase.
    static let articles: Set<String> = ["the", "a", "an", "every", "each"]
    /// Tags that can follow a verb and start what it governs (object, oblique, adverb, clause).
    static let verbObjectStarts: Set<PennTag> = [.IN, .TO, .DT, .PRPS, .PRP, .CD, .dollar, .JJ, .RB, .RBR, .JJR, .NNP]

    /// The word minus its plural `-s` / `-es` (lower-cased), or nil when it does not end in `s`.
    static func pluralStem(_ word: String) -> String? {
        let lower = word.lowercased()
        guard lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss") else { return nil }
        return String(lower.dropLast())
    }

    /// Whether the lower-cased `word` has any of `bits` in the tagger's word-class table.
    private static func hasClass(_ word: String, _ bits: UInt16, _ lexicon: TaggerLexicon) -> Bool {
        lexicon.morphology(FeatureHash.string(word.lowercased())) & bits != 0
    }
}
