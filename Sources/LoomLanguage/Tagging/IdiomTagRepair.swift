/// A post-pass over the trained tagger's output for fixed phrases of news text it gets wrong:
/// - `home` between a form of `be` and `to` (`The forest is home to several species`) is a noun; read
///   as an adverb it leaves the copula without its complement and makes the species the predicate.
public enum IdiomTagRepair {
    /// Returns the tags with the idioms' words tagged as in the idiom.
    public static func apply(words: [String], tags: [PennTag]) -> [PennTag] {
        guard words.count > 2, tags.count == words.count else { return tags }
        var result = tags
        for index in 1..<(words.count - 1) where words[index].lowercased() == "home" && result[index] != .NN {
            guard beForms.contains(words[index - 1].lowercased()), words[index + 1].lowercased() == "to" else { continue }
            result[index] = .NN
        }
        return result
    }

    /// Forms of `be` a copula takes.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "remains", "remain", "remained"]
}
