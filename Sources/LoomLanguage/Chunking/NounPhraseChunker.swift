/// Finds base noun phrases in a tagged sentence (non-recursive chunks in the style of CoNLL-2000):
/// determiners and possessive pronouns, numbers and money (`$ 53 billion`, `380 billion yuan`),
/// adverb-modified adjectives and participles before a noun, noun compounds and proper-noun
/// sequences with titles (`Chief Executive Officer Eddie Wu`), and possessives, which continue the
/// phrase (`Alibaba 's Hong Kong shares`). Personal pronouns and demonstratives standing alone are
/// one-word phrases. Coordinations are not joined: `stocks and bonds` gives two phrases.
public struct NounPhraseChunker: Sendable {
    public init() {}

    /// The word ranges of the noun phrases, in sentence order and not overlapping.
    /// `words` and `tags` must have the same length (extra entries of the longer one are ignored).
    public func chunks(words: [String], tags: [PennTag]) -> [Range<Int>] {
        let count = min(words.count, tags.count)
        var result: [Range<Int>] = []
        var i = 0
        while i < count {
            if let end = phraseEnd(from: i, words: words, tags: tags, count: count) {
                result.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The end of the phrase that starts at `start`, or nil when none does.
    private func phraseEnd(from start: Int, words: [String], tags: [PennTag], count: Int) -> Int? {
        let first = tags[start]
        if first == .PRP || first == .EX { return start + 1 }
        guard Self.canStart(first) else { return nil }
        var end = start + 1
        var lastHead: Int? = Self.isHead(first) ? start + 1 : nil
        while end < count, Self.continues(at: end, start: start, words: words, tags: tags, count: count) {
            end += 1
            if Self.isHead(tags[end - 1]) { lastHead = end }
        }
        if let lastHead { return lastHead }
        // A determiner or quantifier standing alone: `this`, `those`, `all`.
        if end == start + 1, first == .DT, Self.standaloneDeterminers.contains(words[start].lowercased()) {
            return start + 1
        }
        return nil
    }


    private static let scaleWords: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "bn", "m"]

    private static let standaloneDeterminers: Set<String> = [
        "this", "that", "these", "those", "all", "both", "some", "each", "any", "either", "neither", "half",
    ]

    /// Tags a phrase may begin with.
    private static func canStart(_ tag: PennTag) -> Bool {
        switch tag {
        case .DT, .PDT, .PRPS, .WPS, .CD, .JJ, .JJR, .JJS, .NN, .NNS, .NNP, .NNPS, .dollar, .hash: return true
        case .RB, .RBR, .RBS, .VBN, .VBG: return false
        default: return false
        }
    }

    /// Tags that can end a phrase (its head).
    private static func isHead(_ tag: PennTag) -> Bool { tag.isNoun || tag == .CD }

    /// Whether the word at `i` belongs to the phrase that began at `start` (words before i belong).
    private static func continues(at i: Int, start: Int, words: [String], tags: [PennTag], count: Int) -> Bool {
        let tag = tags[i]
        let previous = tags[i - 1]
        let next: PennTag? = i + 1 < count ? tags[i + 1] : nil
        switch tag {
        case .NN, .NNS, .NNP, .NNPS:
            return true
        case .JJ, .JJR, .JJS:
            // `5 big companies`, but `$ 53 billion | last year`: an amount ends before an adjective.
            if previous == .CD {
                return !scaleWords.contains(words[i - 1].lowercased()) && !tags[start..<i].contains(.dollar)
            }
            // A capitalized title word between capitalized nouns (`Chief Executive Officer`, tagged NN JJ NN).
            if previous.isNoun, let next, next.isNoun, words[i - 1].startsWithUppercase, words[i].startsWithUppercase,
                i + 1 < words.count, words[i + 1].startsWithUppercase
            {
                return true
            }
            return !previous.isNoun
        case .dollar, .hash:
            return !previous.isNoun && previous != .CD
        case .CD:
            // `$ 53 billion`, `380 billion`, dates like `Nov. 25`; a number after a common noun starts anew.
            return !previous.isCommonNoun
        case .DT:
            return previous == .PDT
        case .POS:
            return previous.isNoun || previous == .CD
        case .PRPS:
            return false
        case .RB, .RBR, .RBS:
            // `a very large company`: an adverb inside the phrase that modifies the next adjective.
            return !previous.isNoun && next.map { $0.isAdjective || $0 == .VBN } == true
        case .VBN, .VBG:
            // `the listed company`, `a growing market`: a participle between a modifier and a noun.
            return !previous.isNoun && next.map { $0.isNoun || $0.isAdjective } == true
        case .HYPH:
            // `Hong Kong - listed`, `state - owned`: a hyphen joining two parts of a modifier or compound.
            return next.map { $0.isNoun || $0.isAdjective || $0 == .VBN || $0 == .CD } == true
        default:
            return false
        }
    }
}
