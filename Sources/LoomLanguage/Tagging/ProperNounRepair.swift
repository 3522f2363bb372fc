/// A small post-pass for news text over the trained tagger's output: the tagger learnt from web text
/// (UD English EWT) and sometimes tags a word of a company name as a common noun or an address
/// (`Meta Platforms/NNS Inc.`, `Amazon.com/ADD Inc.`). A capitalized word (or web address) directly
/// before a corporate designator, or a capitalized noun between two proper nouns, is a proper noun.
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
        for index in stride(from: words.count - 2, through: 0, by: -1) {
            let word = words[index]
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            let nextIsDesignator = designators.contains(words[index + 1]) && (result[index + 1].isProperNoun || words[index + 1].hasSuffix("."))
            let nextIsProper = result[index + 1].isProperNoun
            let previousIsProper = index > 0 && result[index - 1].isProperNoun
            let repairable = result[index].isCommonNoun || result[index] == .ADD
            guard repairable, nextIsDesignator || (index > 0 && nextIsProper && previousIsProper) else { continue }
            result[index] = result[index] == .NNS ? .NNPS : .NNP
            if nextIsDesignator && !result[index + 1].isProperNoun { result[index + 1] = .NNP }
        }
        return result
    }
}
