/// A post-pass over the trained tagger's output for currency signs. The tagger learnt `$` from web
/// text (UD English EWT) but has seen `€`, `£`, `¥` or `HK$` too rarely to tag them alike
/// (`€45 million` came out as three numbers), so every token that is a currency sign, alone or after
/// a country prefix of up to three capitals (`US$`, `HK$`, `R$`), is tagged `$`.
public enum CurrencyTagRepair {
    /// Returns the tags with currency signs tagged `$`.
    public static func apply(words: [String], tags: [PennTag]) -> [PennTag] {
        var result = tags
        for index in words.indices where index < result.count && result[index] != .dollar && isCurrencySign(words[index]) {
            result[index] = .dollar
        }
        return result
    }

    /// Whether `word` is a currency sign (`€`, `$`, `US$`).
    static func isCurrencySign(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last, scalars.count <= 4, last.properties.generalCategory == .currencySymbol else { return false }
        return scalars.dropLast().allSatisfy { $0.isASCII && $0.properties.isUppercase }
    }
}
