/// Brown-cluster bit paths of words for the parser's cluster features (Koo, Carreras & Collins
/// 2008), keyed like the parser's words: the high 32 bits of ``ParserSentence/hash(_:)`` (lower-cased,
/// digits mapped to `0`). Looked up in one flat open-addressing table of 64-bit slots
/// (`key << 32 | path`; paths are never zero).
struct ParserClusters: Sendable {
    /// Word keys, ascending (as stored in the model file).
    let keys: [UInt32]
    /// The bit path of each key, as an integer with a leading 1 bit.
    let paths: [UInt32]
    private let table: [UInt64]
    private let mask: Int

    /// An empty table (every word is without a cluster).
    init() { self.init(keys: [], paths: []) }

    /// A table of `keys` (ascending, distinct) and their non-zero `paths`.
    init(keys: [UInt32], paths: [UInt32]) {
        precondition(keys.count == paths.count)
        self.keys = keys
        self.paths = paths
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var table = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, path) in zip(keys, paths) {
            var slot = Self.home(key) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = UInt64(key) << 32 | UInt64(path)
        }
        self.table = table
        self.mask = mask
    }

    /// Reads spaCy's Brown clusters (`{"word": path, …}`, most frequent words first). Words that
    /// normalize alike (`It`, `it`) keep the path of the first, most frequent, one.
    init(json: String) {
        var chosen: [UInt32: UInt32] = [:]
        TaggerLexicon.forEachCluster(in: json) { word, path in
            let key = Self.key(ParserSentence.hash(word))
            if chosen[key] == nil { chosen[key] = path }
        }
        let sorted = chosen.sorted { $0.key < $1.key }
        self.init(keys: sorted.map(\.key), paths: sorted.map(\.value))
    }

    /// Whether the table has no words.
    var isEmpty: Bool { keys.isEmpty }

    @inline(__always) static func key(_ wordHash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: wordHash >> 32) }
    @inline(__always) private static func home(_ key: UInt32) -> Int { Int(truncatingIfNeeded: key &* 0x9e37_79b1) }

    /// The bit path of a word hash (see ``ParserSentence/hash(_:)``), or 0 when the word has none.
    @inline(__always)
    func path(ofWord wordHash: UInt64) -> UInt32 {
        if keys.isEmpty { return 0 }
        let key = Self.key(wordHash)
        var slot = Self.home(key) & mask
        while true {
            let stored = table[slot]
            if stored == 0 { return 0 }
            if UInt32(truncatingIfNeeded: stored >> 32) == key { return UInt32(truncatingIfNeeded: stored) }
            slot = (slot + 1) & mask
        }
    }
}
