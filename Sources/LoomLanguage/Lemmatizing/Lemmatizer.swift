import Foundation

/// Tag-aware lemmatizer for English: the lemmas of frequent (form, tag) pairs of the UD English EWT
/// training treebank (which carry its conventions, e.g. `SOUTER`/NNP → `Souter`), then WordNet's
/// irregular forms, then WordNet's detachment rules (Morphy) checked against WordNet's lemma lists,
/// then plain suffix rules for unknown words. Proper nouns keep their form; other lemmas are lower-cased.
public struct Lemmatizer: Sendable {
    /// WordNet's irregular forms → lemma, one table per word class (indexed by ``WordClass/index``).
    private let exceptions: [[String: String]]
    /// WordNet's lemmas, one set per word class (indexed by ``WordClass/index``).
    private let lemmas: [Set<String>]
    /// Lemmas of frequent (form, tag) pairs of the training treebank. Keyed by the pair, so that a
    /// lookup reads the lemma from the table itself (a list of pairs per form cost a cache miss more).
    private let known: [FormAndTag: String]

    /// A word form with its part-of-speech tag.
    struct FormAndTag: Hashable, Sendable {
        var form: String
        var tag: PennTag
    }

    enum WordClass: Character, Sendable, CaseIterable {
        case noun = "n", verb = "v", adjective = "a", adverb = "r"

        /// Position in the per-class tables. (A `[WordClass: …]` dictionary would hash the raw
        /// `Character` on every lookup, which cost more than the rest of a typical lemma.)
        var index: Int {
            switch self {
            case .noun: 0
            case .verb: 1
            case .adjective: 2
            case .adverb: 3
            }
        }
    }

    /// The data shipped in the package (`Resources/lemmas.txt`, derived from WordNet 3.0).
    public static func bundled() throws(ModelFileError) -> Lemmatizer {
        guard let url = Bundle.module.url(forResource: "lemmas", withExtension: "txt", subdirectory: "Resources")
        else { throw ModelFileError.unreadable("lemmas.txt", "not found in the package resources") }
        return try Lemmatizer(contentsOf: url)
    }

    /// Loads lemmatizer data (see `Scripts/make_lemma_data.py` for the format).
    public init(contentsOf url: URL) throws(ModelFileError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ModelFileError.unreadable(url.path, "cannot read the file")
        }
        try self.init(bytes: [UInt8](data), name: url.lastPathComponent)
    }

    /// Parses lemmatizer data: `x POS FORM LEMMA`, `w POS LEMMA` and `t TAG FORM LEMMA` tab-separated lines.
    public init(data: String, name: String = "lemmas") throws(ModelFileError) {
        try self.init(bytes: Array(data.utf8), name: name)
    }

    /// Parses the data's UTF-8 bytes line by line (splitting on bytes, not characters, keeps
    /// loading the 100,000 lines to a few tens of milliseconds).
    private init(bytes: [UInt8], name: String) throws(ModelFileError) {
        var exceptions = [[String: String]](repeating: [:], count: WordClass.allCases.count)
        var lemmas = [Set<String>](repeating: [], count: WordClass.allCases.count)
        var known: [FormAndTag: String] = [:]
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "\t")).map { String(decoding: $0, as: UTF8.self) }
            func bad() -> ModelFileError {
                .corrupt(name, "bad line '\(String(decoding: line.prefix(60), as: UTF8.self))'")
            }
            if fields.first == "t" {
                guard fields.count == 4, let tag = PennTag(name: fields[1]) else { throw bad() }
                let key = FormAndTag(form: fields[2], tag: tag)
                if known[key] == nil { known[key] = fields[3] }  // the first line of a pair counts
                continue
            }
            guard fields.count >= 3, let pos = fields[1].first, let wordClass = WordClass(rawValue: pos) else {
                throw bad()
            }
            if fields[0] == "x", fields.count == 4 {
                if exceptions[wordClass.index][fields[2]] == nil {
                    exceptions[wordClass.index][fields[2]] = fields[3]
                }
            } else if fields[0] == "w" {
                lemmas[wordClass.index].insert(fields[2])
            } else {
                throw bad()
            }
        }
        guard lemmas.contains(where: { !$0.isEmpty }) else { throw ModelFileError.corrupt(name, "no lemmas") }
        self.exceptions = exceptions
        self.lemmas = lemmas
        self.known = known
    }

    /// The lemma of `word` used with part-of-speech `tag`.
    public func lemma(of word: String, tag: PennTag) -> String {
        let openClass = tag.isNoun || tag.isVerb || tag.isAdjective || tag.isAdverb || tag == .MD
        // Fast path: a closed-class word in plain lower-case ASCII is its own lemma (the rules below
        // would return it unchanged).
        if !openClass, Self.isPlainLowercase(word) { return word }
        if openClass, let lemma = known[FormAndTag(form: word, tag: tag)] { return lemma }
        if tag == .NNP, Self.mayBeMonth(word), let month = Self.months[word.lowercased()] { return month }
        if tag == .VBD, word == "'d" || word == "’d" { return "have" }
        if Self.startsWithNumber(word) { return word }
        if tag == .PRP && word == "I" { return word }
        if tag.isProperNoun {
            return tag == .NNPS ? inflected(word, .noun, keepCase: true) ?? word : Self.titleCasedShouting(word) ?? word
        }
        var lower = word.lowercased()
        if tag.isVerb || tag == .MD || tag.isAdverb, let closed = Self.closedClass[lower] { return closed }
        if !tag.isVerb, Self.mayBeTimeOfDay(lower), let time = Self.timeOfDay[lower] { return time }
        if tag == .JJ, isDemonym(word, lower: lower) { return word }
        if tag == .NN, word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return word }
        // Capitalized or upper-case forms of common words are lower-cased (`RFP`/NN → `rfp`), as in
        // EWT; outside the open classes, unknown forms keep their case (`I`). (The title-case test
        // comes before the dictionary test only because it is cheaper.)
        let commonOpenClass = tag.isCommonNoun || tag.isAdjective || tag == .RB || tag == .RBR || tag == .RBS
        if lower != word && !tag.isVerb && !commonOpenClass && !Self.isTitleCase(word) && !isKnown(lower) {
            lower = word
        }
        switch tag {
        case .NNS where Self.invariantPlurals.contains(lower): return lower
        case .NNS: return inflected(lower, .noun) ?? lower
        case .VBD, .VBN, .VBG, .VBZ: return inflected(lower, .verb) ?? lower
        case .JJR, .JJS: return inflected(lower, .adjective) ?? lower
        case .RBR, .RBS: return exceptions[WordClass.adverb.index][lower] ?? inflected(lower, .adjective) ?? lower
        default: return lower
        }
    }

    /// A capitalized adjective of nationality or group (`Palestinian`, `Iraqi`, `Chinese`): WordNet
    /// knows it as a noun, and as an adjective only if it has a demonym ending. UD keeps such lemmas capitalized.
    private func isDemonym(_ word: String, lower: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count > 3,
            word.dropFirst().unicodeScalars.allSatisfy({ !$0.properties.isUppercase }),
            lemmas[WordClass.noun.index].contains(lower),
            !lemmas[WordClass.adjective.index].contains(lower) || Self.demonymEndings.contains(where: { lower.hasSuffix($0) })
        else { return false }
        return true
    }

    /// Whether WordNet lists the word (or an irregular form of it) in any class.
    private func isKnown(_ word: String) -> Bool {
        for wordClass in WordClass.allCases {
            if lemmas[wordClass.index].contains(word) || exceptions[wordClass.index][word] != nil { return true }
        }
        if word.hasSuffix("s"), lemmas[WordClass.noun.index].contains(String(word.dropLast())) { return true }
        return false
    }

    private func inflected(_ word: String, _ wordClass: WordClass, keepCase: Bool = false) -> String? {
        let lower = keepCase ? word.lowercased() : word
        if let irregular = exceptions[wordClass.index][lower] { return keepCase ? word : irregular }
        let known = lemmas[wordClass.index]
        let length = lower.count
        var fallback: String?
        for (suffix, replacement) in Self.rules(wordClass) where lower.hasSuffix(suffix) && length > suffix.count + 1 {
            let candidate = String(lower.dropLast(suffix.count)) + replacement
            if known.contains(candidate) { return keepCase ? String(word.dropLast(suffix.count)) + replacement : candidate }
            if fallback == nil { fallback = candidate }
        }
        guard let guess = fallback else { return nil }
        if known.contains(lower) { return keepCase ? word : lower }
        if wordClass == .verb || wordClass == .adjective, let undoubled = Self.undouble(guess), known.contains(undoubled) {
            return undoubled
        }
        return keepCase ? word : Self.guess(lower, wordClass) ?? guess
    }
}
