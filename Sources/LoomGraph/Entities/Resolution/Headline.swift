import LoomLanguage

/// How a title-case headline is read: after the body, with the body's vocabulary.
///
/// In `Alibaba Pledges 380 Billion Yuan for Cloud and AI Infrastructure` every word is capitalized and
/// taggers often call them all proper nouns. So the resolver reads the headline last: a capitalized
/// word the body uses in lower case (`cloud`, `infrastructure`, `pledged`) is not a name, and a run of
/// names is cut after the longest prefix that is a name the body established (`Alibaba` | `Pledges`).
/// Body entities are thus never keyed by a headline's over-long runs.
struct Headline: Sendable {
    /// Lower-case words of the body (and crude stems: `pledged` → `pledg`), excluding words of names.
    let commonWords: Set<String>
    /// Keys of the names the body established.
    let knownKeys: Set<String>

    init(body: [AnalyzedSentence], knownKeys: Set<String>) {
        var words = Set<String>()
        for sentence in body {
            for (index, token) in sentence.tokens.enumerated() where !sentence.tags[index].isProperNoun {
                guard let first = token.text.unicodeScalars.first, first.properties.isLowercase else { continue }
                words.insert(Headline.stem(token.text.lowercased()))
            }
        }
        let nameWords = Set(knownKeys.flatMap { $0.split(separator: " ").map(String.init) })
        commonWords = words.subtracting(nameWords.map(Headline.stem))
        self.knownKeys = knownKeys
    }

    /// Whether the article's first sentence is a title-case headline: at least three content words
    /// (not determiners, prepositions, conjunctions) and every one of them capitalized (a brand written
    /// with an inner capital, `iPhone`, `eBay`, counts).
    static func isTitleCase(_ sentence: AnalyzedSentence) -> Bool {
        let function: Set<PennTag> = [.DT, .IN, .CC, .TO, .POS, .PRPS]
        let words = sentence.tokens.indices.filter {
            sentence.tokens[$0].text.first?.isLetter == true && !function.contains(sentence.tags[$0])
                && !functionWords.contains(sentence.tokens[$0].text.lowercased())
        }
        guard words.count >= 3 else { return false }
        return words.allSatisfy { sentence.tokens[$0].text.contains(where: \.isUppercase) }
    }

    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "for", "and", "or", "on", "at", "by", "with", "as", "from", "after",
        "over", "into", "amid", "vs", "vs.", "but", "is", "are", "be",
    ]

    func mayBeName(_ word: String) -> Bool { !commonWords.contains(Headline.stem(word.lowercased())) }

    /// Cuts a run after the longest prefix that is a known name, repeatedly.
    func segment(_ run: ClosedRange<Int>, of sentence: AnalyzedSentence) -> [ClosedRange<Int>] {
        var pieces = [ClosedRange<Int>]()
        var start = run.lowerBound
        while start <= run.upperBound {
            var cut: Int?
            for end in stride(from: run.upperBound, through: start, by: -1) {
                let text = (start...end).map { sentence.tokens[$0].text }.joined(separator: " ")
                if knownKeys.contains(EntityKey.key(for: text)) {
                    cut = end
                    break
                }
            }
            guard let end = cut, end < run.upperBound else {
                pieces.append(start...run.upperBound)
                break
            }
            pieces.append(start...end)
            start = end + 1
        }
        return pieces
    }

    /// A crude stem for vocabulary lookups: plural and verb endings dropped.
    static func stem(_ word: String) -> String {
        for suffix in ["ies", "es", "ed", "ing", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}
