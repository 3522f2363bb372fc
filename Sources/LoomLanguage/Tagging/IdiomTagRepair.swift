/// A post-pass over the trained tagger's output for fixed phrases of news text it gets wrong:
/// - `home` between a form of `be` and `to` (`The forest is home to several species`) is a noun; read
///   as an adverb it leaves the copula without its complement and makes the species the predicate;
/// - `about` between a verb and a number (`would recall about/IN 310,000 vehicles`) means
///   "approximately": an adverb of the number (UD English EWT: 73 `RB` to 7 `IN` before a number),
///   unless the verb is one that takes `about` (`calling about one board`). As a preposition it
///   turns the verb's object into an oblique;
/// - `since` between a form of `have` and a participle (`has since sold its home-care business`) is an
///   adverb ("since then"); as a preposition it turns the participle into a modifier of a noun;
/// - `subject` after a comma and before `to` (`is expected to close in the fourth quarter, subject to
///   approval`) is the adjective of a condition, not a noun conjoined to the phrase before;
/// - an `-ing` form right after a form of `have` and before a noun (`had operating/VBG profit of …`)
///   modifies the noun (`NN`, as UD English EWT tags `operating income`): no verb form of English
///   puts a gerund or present participle right after `have`;
/// - an activity noun in `-ing` read as a participle inside a noun phrase (`its cloud
///   computing/VBG unit rose`, `trading volume`) or the title `managing director`: a noun modifier
///   (`NN`, as UD English EWT tags them before a noun 95 times out of 104).
public enum IdiomTagRepair {
    /// Returns the tags with the idioms' words tagged as in the idiom.
    public static func apply(words: [String], tags: [PennTag]) -> [PennTag] {
        guard words.count > 2, tags.count == words.count else { return tags }
        var result = tags
        for index in 1..<(words.count - 1) where result[index] != .NN && words[index].isWord("home") {
            guard beForms.contains(words[index - 1].lowercased()), words[index + 1].lowercased() == "to" else { continue }
            result[index] = .NN
        }
        for index in 1..<(words.count - 1) where result[index] != .JJ && words[index].isWord("subject") {
            guard result[index - 1] == .comma, words[index + 1].lowercased() == "to" else { continue }
            result[index] = .JJ
        }
        for index in 1..<(words.count - 1) where result[index] == .VBG && result[index - 1].isVerb
            && haveForms.contains(words[index - 1].lowercased()) {
            guard result[index + 1] == .NN || result[index + 1] == .NNS else { continue }
            result[index] = .NN
        }
        for index in 0..<(words.count - 1) where result[index] == .VBG && [.NN, .NNS].contains(result[index + 1]) {
            let word = words[index].lowercased()
            let insidePhrase = index > 0 && Self.nounPhraseTags.contains(result[index - 1])
            if insidePhrase && Self.activityNouns.contains(word) || word == "managing" && Self.managingTitles.contains(words[index + 1].lowercased()) {
                result[index] = .NN
            }
        }
        for index in 1..<(words.count - 1) where result[index] == .IN && words[index].isWord("since") {
            guard haveForms.contains(words[index - 1].lowercased()),
                  result[index + 1] == .VBN || result[index + 1] == .VBD || words[index + 1].isWord("been") else { continue }
            result[index] = .RB
        }
        for index in 1..<(words.count - 1) where result[index] == .IN && words[index].isWord("about") {
            guard result[index - 1].isVerb, result[index + 1] == .CD || result[index + 1] == .dollar,
                  !verbsTakingAbout.contains(words[index - 1].lowercased()) else { continue }
            result[index] = .RB
        }
        return result
    }

    /// Verb forms that take `about` as a preposition (`talk about`, `worried about`).
    static let verbsTakingAbout: Set<String> = {
        let stems = ["talk", "think", "call", "ask", "worry", "care", "know", "hear", "learn", "read", "write", "speak",
                     "complain", "wonder", "argue", "joke", "dream", "bring", "come", "go", "forget", "tell", "say",
                     "warn", "inquire", "concern", "worried", "concerned", "excited", "upset", "thought", "knew", "heard",
                     "wrote", "spoke", "told", "said", "brought", "came", "went", "forgot", "known", "written", "spoken"]
        return Set(stems.flatMap { [$0, $0 + "s", $0 + "ed", $0 + "ing", $0 + "d"] })
    }()

    /// Forms of `have` that make a perfect (`has since sold`).
    /// `-ing` words that name an activity or industry (`operating income`, `housing market`).
    static let activityNouns: Set<String> = [
        "accounting", "advertising", "banking", "building", "clothing", "computing", "consulting", "engineering",
        "financing", "funding", "housing", "lending", "manufacturing", "marketing", "mining", "operating", "parking",
        "pricing", "printing", "processing", "publishing", "retailing", "shipping", "trading", "training",
    ]
    static let managingTitles: Set<String> = ["director", "directors", "editor", "partner", "partners"]
    /// Tags that keep a following word inside the noun phrase they open or continue.
    static let nounPhraseTags: Set<PennTag> = [.DT, .PRPS, .JJ, .NN, .NNP, .POS, .CD]

    static let haveForms: Set<String> = ["has", "have", "had", "'ve", "'s", "'d"]

    /// Forms of `be` a copula takes.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "remains", "remain", "remained"]
}
