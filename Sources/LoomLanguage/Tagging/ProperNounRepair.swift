/// A small post-pass for news text over the trained tagger's output. The tagger learnt from web text
/// (UD English EWT) and sometimes tags a word of a name as a common noun, an adjective or an address
/// (`Meta Platforms/NNS Inc.`, `Amazon.com/ADD Inc.`, `Chief Executive/JJ Aurélie/NN Lefèvre/NNP`).
/// Three repairs (four with a lexicon, see ``apply(words:tags:tagger:)``):
/// - a run of two or more capitalized words tagged noun, adjective or proper noun, at least one of
///   them a proper noun, is one name: every word in it becomes a proper noun;
/// - a capitalized adjective that opens the sentence and is conjoined with a determiner phrase
///   before a plural verb (`Eastern/JJ and its creditors are …`) modifies nothing, so it is a name;
/// - a capitalized word (or web address) directly before a corporate designator (`Inc.`, `Ltd.`,
///   `Group` …) is a proper noun, and so is the designator.
public enum ProperNounRepair {
    /// Designators that end company names.
    static let designators: Set<String> = [
        "Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "LLC", "PLC", "Plc", "Co.", "AG", "SA", "S.A.", "NV",
        "N.V.", "GmbH", "Group", "Holdings", "Holding",
    ]

    /// Returns the tags with the repairs applied; with `tagger` (for its word classes), also a
    /// lower-case common noun read as a name before a name (`captain/NNP Owen Blake`) becomes `NN`:
    /// it is the name's title.
    public static func apply(words: [String], tags: [PennTag], tagger: PartOfSpeechTagger? = nil) -> [PennTag] {
        guard words.count > 1 else { return tags }
        var result = tags
        if let tagger { repairLowercaseTitle(words, &result, tagger.lexicon) }
        repairNameRuns(words, &result)
        if words.count > 3, result[0] == .JJ, words[0].startsWithUppercase, ["and", "or"].contains(words[1]),
           [.DT, .PRPS].contains(result[2]), let verb = result.firstIndex(where: { $0.isVerb || $0 == .MD }), result[verb] == .VBP {
            result[0] = .NNP
        }
        for index in 0..<(words.count - 1) where words[index].startsWithUppercase && designators.contains(words[index + 1]) {
            guard result[index].isCommonNoun || result[index] == .ADD || result[index].isProperNoun else { continue }
            if !result[index].isProperNoun { result[index] = result[index] == .NNS ? .NNPS : .NNP }
            if !result[index + 1].isProperNoun { result[index + 1] = .NNP }
        }
        return result
    }

    private static func repairLowercaseTitle(_ words: [String], _ tags: inout [PennTag], _ lexicon: TaggerLexicon) {
        for index in 0..<(words.count - 1) where tags[index] == .NNP && tags[index + 1] == .NNP {
            // `al Qaeda`, `saturday Morning`: short particles and calendar words can open a name.
            guard index == 0 || !tags[index - 1].isProperNoun, words[index].count >= 4, words[index].allSatisfy(\.isLowercase),
                  !RepairTree.weekdays.contains(words[index]), !RepairTree.monthNames.contains(words[index]),
                  words[index + 1].startsWithUppercase,
                  lexicon.morphology(FeatureHash.string(words[index])) & VerbTagRepair.nounBit != 0 else { continue }
            tags[index] = .NN
        }
    }

    private static func repairNameRuns(_ words: [String], _ tags: inout [PennTag]) {
        var start = 0
        while start < words.count {
            var end = start
            while end < words.count, words[end].startsWithUppercase, isNameLike(tags[end]) { end += 1 }
            if end - start >= 2, tags[start..<end].contains(where: \.isProperNoun) {
                for index in start..<end where !tags[index].isProperNoun {
                    tags[index] = tags[index] == .NNS ? .NNPS : .NNP
                }
            }
            start = max(end, start + 1)
        }
    }

    private static func isNameLike(_ tag: PennTag) -> Bool { tag.isNoun || tag == .JJ }
}
