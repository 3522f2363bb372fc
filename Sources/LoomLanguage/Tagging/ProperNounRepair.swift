/// A small post-pass for news text over the trained tagger's output. The tagger learnt from web text
/// (UD English EWT) and sometimes tags a word of a name as a common noun, an adjective or an address
/// (`Meta Platforms/NNS Inc.`, `Amazon.com/ADD Inc.`, `Chief Executive/JJ Aurélie/NN Lefèvre/NNP`).
/// Three repairs:
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

    /// Returns the tags with the repairs applied.
    public static func apply(words: [String], tags: [PennTag]) -> [PennTag] {
        guard words.count > 1 else { return tags }
        var result = tags
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
