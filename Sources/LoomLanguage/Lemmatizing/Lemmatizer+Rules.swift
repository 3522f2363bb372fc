/// The lemmatizer's fixed rules and small tables (UD English conventions, WordNet's Morphy rules).
extension Lemmatizer {
    /// ASCII without capitals, and not a time-of-day form (`am`, `p.m.`).
    static func isPlainLowercase(_ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { bytes in
            guard let first = bytes.first else { return false }
            if bytes.count <= 4 && (first == 97 || first == 112) { return false }
            for byte in bytes where byte >= 0x80 || (byte >= 65 && byte <= 90) { return false }
            return true
        }
    }

    /// `SOUTER` → `Souter`: an upper-case proper noun of five or more letters is a name set in
    /// capitals (EWT lemmatizes it title-cased); shorter ones are usually acronyms (`NASA`, `FBI`).
    static func titleCasedShouting(_ word: String) -> String? {
        let utf8 = word.utf8
        guard utf8.count >= 5 else { return nil }  // fewer bytes than five means fewer scalars
        // ASCII fast path: an ASCII byte other than A–Z fails the test below anyway.
        for byte in utf8 where !isASCIIUppercase(byte) {
            if byte < 0x80 { return nil }
            let scalars = word.unicodeScalars
            guard scalars.count >= 5, scalars.allSatisfy({ $0.properties.isUppercase && $0.properties.isAlphabetic }) else {
                return nil
            }
            break
        }
        return String(word.prefix(1)) + word.dropFirst().lowercased()
    }

    /// `Hotline`: a capital first letter and lower-case letters after it (a sentence start or a heading).
    static func isTitleCase(_ word: String) -> Bool {
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {  // ASCII fast path, the same test on bytes
            guard utf8.count > 1, let first = utf8.first, isASCIIUppercase(first) else { return false }
            return !utf8.dropFirst().contains(where: isASCIIUppercase)
        }
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.unicodeScalars.count > 1 else { return false }
        return word.unicodeScalars.dropFirst().allSatisfy { !$0.properties.isUppercase }
    }

    /// Whether the byte is an ASCII capital letter (the only ASCII scalars that are upper case).
    @inline(__always) static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Whether the word's first scalar has a numeric type (`3`, `½`, `Ⅻ`); among ASCII scalars only
    /// the digits have one.
    static func startsWithNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= 0x30 && first <= 0x39 }
        return word.unicodeScalars.first!.properties.numericType != nil
    }

    /// Whether the lower-cased word could be a key of ``months``: those are 3–5 ASCII bytes, and
    /// only ASCII capitals (and the Kelvin sign, `k`, in no month) lower-case to ASCII.
    static func mayBeMonth(_ word: String) -> Bool { (3...5).contains(word.utf8.count) }

    /// Whether a lower-cased word could be a key of ``timeOfDay`` (2–4 bytes starting with `a` or `p`).
    static func mayBeTimeOfDay(_ lower: String) -> Bool {
        let utf8 = lower.utf8
        return utf8.count >= 2 && utf8.count <= 4 && (utf8.first == 0x61 || utf8.first == 0x70)
    }

    /// Month abbreviations as UD English lemmatizes them (to the full name).
    static let months: [String: String] = {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
        var table: [String: String] = [:]
        for name in names {
            let short = String(name.prefix(3)).lowercased()
            table[short] = name
            table[short + "."] = name
        }
        table["sept"] = "September"
        table["sept."] = "September"
        table["may"] = nil
        table["may."] = nil
        table["mar"] = nil
        return table
    }()

    static let demonymEndings = ["an", "ese", "ish", "i", "ic"]

    /// Nouns whose plural form is their lemma (the same form in both numbers, or plural only).
    static let invariantPlurals: Set<String> = [
        "species", "series", "means", "news", "headquarters", "regards", "thanks", "clothes", "goods", "whereabouts",
        "crossroads", "barracks", "premises", "outskirts", "remains", "savings", "earnings", "proceeds",
    ]

    /// Times of day as UD English writes their lemmas.
    static let timeOfDay: [String: String] = [
        "am": "a.m.", "a.m.": "a.m.", "a.m": "a.m.", "pm": "p.m.", "p.m.": "p.m.", "p.m": "p.m.",
    ]

    /// `stopp` → `stop` (a doubled final consonant before -ed/-ing/-er).
    static func undouble(_ stem: String) -> String? {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
            !"aeiou".unicodeScalars.contains(scalars[scalars.count - 1])
        else { return nil }
        return String(stem.dropLast())
    }

    /// For words WordNet does not know: the most plausible plain rule.
    static func guess(_ word: String, _ wordClass: WordClass) -> String? {
        switch wordClass {
        case .noun:
            if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
            if word.hasSuffix("sses") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") {
                return String(word.dropLast(2))
            }
            if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
            if word.hasSuffix("s") { return String(word.dropLast()) }
        case .verb:
            if word.hasSuffix("ies") || word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
            if word.hasSuffix("ing") { return undouble(String(word.dropLast(3))) ?? String(word.dropLast(3)) }
            if word.hasSuffix("ed") { return undouble(String(word.dropLast(2))) ?? String(word.dropLast(2)) }
            if word.hasSuffix("es") && (word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("sses") || word.hasSuffix("xes")) {
                return String(word.dropLast(2))
            }
            if word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
        default:
            return nil
        }
        return nil
    }

    /// WordNet's Morphy detachment rules (suffix, replacement) of a word class, in order.
    static func rules(_ wordClass: WordClass) -> [(String, String)] {
        switch wordClass {
        case .noun: nounRules
        case .verb: verbRules
        case .adjective: adjectiveRules
        case .adverb: adverbRules
        }
    }

    private static let nounRules = [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
    ]
    private static let verbRules = [
        ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
    ]
    private static let adjectiveRules = [("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")]
    private static let adverbRules = [("er", ""), ("est", ""), ("ier", "y"), ("iest", "y")]

    /// Forms whose lemma does not follow from rules (auxiliaries, clitics), as UD English writes them.
    static let closedClass: [String: String] = [
        "is": "be", "are": "be", "am": "be", "was": "be", "were": "be", "been": "be", "being": "be",
        "'s": "be", "’s": "be", "'re": "be", "’re": "be", "'m": "be", "’m": "be", "'ve": "have", "’ve": "have",
        "has": "have", "had": "have", "having": "have", "'d": "would", "’d": "would", "does": "do", "did": "do",
        "done": "do", "doing": "do", "n't": "not", "n’t": "not", "nt": "not", "s": "be", "m": "be", "r": "be", "re": "be", "gon": "go", "ve": "have", "ll": "will", "ca": "can", "wo": "will", "'ll": "will",
        "’ll": "will",
    ]
}
