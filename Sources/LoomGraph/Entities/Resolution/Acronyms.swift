import LoomLanguage

/// Finds acronyms defined right after a phrase: `Artificial General Intelligence (AGI)` or
/// `…, or AGI`, where the acronym's letters are the initials of the phrase's words in order (`of`,
/// `and`, `&`, `the`, `for` may or may not contribute a letter).
enum Acronyms {
    static func defined(after span: ClosedRange<Int>, in sentence: AnalyzedSentence) -> String? {
        let tokens = sentence.tokens
        var index = span.upperBound + 1
        if index + 2 < tokens.count, tokens[index].text == "(", tokens[index + 2].text == ")" {
            index += 1
        } else if index + 2 < tokens.count, tokens[index].text == ",", tokens[index + 1].text.lowercased() == "or" {
            index += 2
        } else {
            return nil
        }
        let candidate = tokens[index].text
        guard isAcronym(candidate) else { return nil }
        let words = span.map { tokens[$0].text }.filter { $0.first?.isLetter == true }
        return matches(Array(candidate.filter(\.isLetter).uppercased()), words[...]) ? candidate : nil
    }

    /// Two to eight characters, mostly capital letters (`AGI`, `PBOC`, `G7`, `AT&T`).
    static func isAcronym(_ word: String) -> Bool {
        guard (2...8).contains(word.count), word.first?.isUppercase == true else { return false }
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase || $0 == "s" }
    }

    private static func matches(_ letters: [Character], _ words: ArraySlice<String>) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        let rest = words.dropFirst()
        let optional = ["of", "and", "&", "the", "a", "an", "for", "de", "on"].contains(word.lowercased())
        if optional && matches(letters, rest) { return true }
        guard let first = letters.first, let initial = word.first?.uppercased().first, first == initial else {
            return false
        }
        // A word may give more than one letter (`PayPal` → `PP`): try its capitals too.
        let capitals = Array(word.filter(\.isUppercase))
        if capitals.count > 1, letters.starts(with: capitals), matches(Array(letters.dropFirst(capitals.count)), rest) {
            return true
        }
        return matches(Array(letters.dropFirst()), rest)
    }
}
