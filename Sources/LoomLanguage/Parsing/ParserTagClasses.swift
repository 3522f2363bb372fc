import Foundation

/// Ambiguity classes of words for the parser: the set of Penn tags each word form takes in the
/// training treebank (tags of at least 5 % of its occurrences), as a bit mask (bit `tag.rawValue`).
/// Combined with the predicted tag, the class tells the parser where the tagger may have erred
/// (`NN` of a word that is also `VB`, `VBD` of one that is also `VBN`, `IN` of one that is also
/// `RP`). Words are looked up by their exact form, then, tagged with bit 63, by their normalized form
/// (``ParserSentence/hash(_:)``); unknown words have class 0.
struct ParserTagClasses: Sendable {
    /// Word keys (see ``key(exact:)`` and ``key(normalized:)``), ascending (as stored in the model file).
    let keys: [UInt32]
    /// Index into ``masks`` of each key.
    let classes: [UInt32]
    /// The distinct masks.
    let masks: [UInt64]
    private let table: ParserClusters

    static let normalizedBit: UInt64 = 1 << 63

    init() { self.init(keys: [], classes: [], masks: []) }

    init(keys: [UInt32], classes: [UInt32], masks: [UInt64]) {
        precondition(keys.count == classes.count)
        self.keys = keys
        self.classes = classes
        self.masks = masks
        table = ParserClusters(keys: keys, paths: classes.map { $0 + 1 })
    }

    @inline(__always) static func key(exact word: String) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.mix(FeatureHash.string(word)) >> 32)
    }
    @inline(__always) static func key(normalized hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.mix(hash ^ 0x6e6f_726d) >> 32)
    }

    var isEmpty: Bool { keys.isEmpty }

    /// The class of a word (`normalized` is its ``ParserSentence/hash(_:)``).
    @inline(__always)
    func mask(of word: String, normalized: UInt64) -> UInt64 {
        if keys.isEmpty { return 0 }
        // ParserClusters keys by the high 32 bits of a 64-bit hash.
        let exact = table.path(ofWord: UInt64(Self.key(exact: word)) << 32)
        if exact != 0 { return masks[Int(exact - 1)] }
        let backoff = table.path(ofWord: UInt64(Self.key(normalized: normalized)) << 32)
        return backoff != 0 ? masks[Int(backoff - 1)] | Self.normalizedBit : 0
    }

    /// Classes counted on the gold tags of `trees`.
    init(trees: some Sequence<TreebankSentence>) {
        var exact: [UInt32: [PennTag: Int]] = [:]
        var normalized: [UInt32: [PennTag: Int]] = [:]
        for tree in trees {
            for (word, tag) in zip(tree.forms, tree.tags) {
                exact[Self.key(exact: word), default: [:]][tag, default: 0] += 1
                normalized[Self.key(normalized: ParserSentence.hash(word)), default: [:]][tag, default: 0] += 1
            }
        }
        var entries: [UInt32: UInt64] = [:]
        for (key, counts) in normalized { entries[key] = Self.mask(counts) }
        // An exact form wins a (rare) key collision with a normalized one.
        for (key, counts) in exact { entries[key] = Self.mask(counts) }
        let distinct = Array(Set(entries.values)).sorted()
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, UInt32($0)) })
        let sorted = entries.sorted { $0.key < $1.key }
        self.init(keys: sorted.map(\.key), classes: sorted.map { index[$0.value]! }, masks: distinct)
    }

    private static func mask(_ counts: [PennTag: Int]) -> UInt64 {
        let total = counts.values.reduce(0, +)
        var mask: UInt64 = 0
        for (tag, count) in counts where count * 20 >= total { mask |= 1 << UInt64(tag.rawValue) }
        return mask
    }

    /// For jackknifed training: the classes of fold `fold` of `folds` (round robin, as in
    /// ``JackknifeTagger``) counted on the other folds, so that a training word's own tag never
    /// makes its class.
    static func jackknifed(_ trees: [TreebankSentence], folds: Int) -> [ParserTagClasses] {
        (0..<folds).map { fold in
            ParserTagClasses(trees: trees.indices.lazy.filter { $0 % folds != fold }.map { trees[$0] })
        }
    }
}

/// Switches for parser experiments, read from the `LOOM_PARSER_EXPERIMENT` environment variable
/// (comma-separated names) at training and parse time alike.
enum ParserExperiment {
    static let names: Set<String> = Set(
        (ProcessInfo.processInfo.environment["LOOM_PARSER_EXPERIMENT"] ?? "").split(separator: ",").map(String.init))
    static let ambiguity = names.contains("ambiguity")
    static let ambiguityLabels = names.contains("ambiguity-labels")
    static let between = names.contains("between")
    /// Margin updates: a right transition not ahead of the best wrong one by this much is updated.
    static let margin: Float = names.first { $0.hasPrefix("margin=") }.flatMap { Float($0.dropFirst(7)) } ?? 0
}
