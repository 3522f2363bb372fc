/// A word → most-likely-tag table (derived from the Brill lexicon) and the tagger's tag dictionary of
/// frequent unambiguous training words, both keyed by a 32-bit key of the exact word form's hash
/// (``key(_:)``; a chance collision only lends a word another word's entry, and halves the file).
struct TaggerLexicon: Sendable {
    private var table: [UInt32: PennTag]
    /// Brown-cluster bit paths (as integers with a leading 1 bit) by word key.
    private(set) var clusters: [UInt32: UInt32]
    /// Word-class masks (``TaggerMorphology``) by key of the lower-cased form.
    private(set) var morphologyTable: [UInt32: UInt16] = [:]

    /// Builds the tables from full word hashes; on a key collision the entry of the smaller hash wins.
    init(_ table: [UInt64: PennTag] = [:], clusters: [UInt64: UInt32] = [:]) {
        self.table = Dictionary(
            table.sorted { $0.key < $1.key }.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.clusters = Dictionary(
            clusters.sorted { $0.key < $1.key }.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Builds the tables from 32-bit keys (as stored in the model file).
    init(keyed table: [UInt32: PennTag], clusters: [UInt32: UInt32] = [:], morphology: [UInt32: UInt16] = [:]) {
        self.table = table
        self.clusters = clusters
        morphologyTable = morphology
    }

    /// Adds word-class masks keyed by full hashes of lower-cased forms (on a key collision the masks are joined).
    mutating func addMorphology(_ masks: [UInt64: UInt16]) {
        for (hash, mask) in masks { morphologyTable[Self.key(hash), default: 0] |= mask }
    }

    /// The word-class mask of a lower-cased form's hash (0 when unknown).
    @inline(__always)
    func morphology(_ hash: UInt64) -> UInt16 { morphologyTable[Self.key(hash)] ?? 0 }

    var isMorphologyEmpty: Bool { morphologyTable.isEmpty }

    /// The 32-bit key of a word hash.
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: FeatureHash.mix(hash) >> 32) }

    func cluster(exact hash: UInt64) -> UInt32? { clusters[Self.key(hash)] }

    func tag(exact hash: UInt64) -> PennTag? { table[Self.key(hash)] }

    var count: Int { table.count }

    /// Sorted (key, tag) pairs, for a deterministic file.
    var sortedEntries: [(UInt32, PennTag)] { table.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

    /// Reads word clusters given as a JSON object `{"word": id, …}` (spaCy's Brown clusters).
    static func parseClusters(_ json: String) -> [UInt64: UInt32] {
        var clusters: [UInt64: UInt32] = [:]
        forEachCluster(in: json) { word, number in clusters[FeatureHash.string(word)] = number }
        return clusters
    }

    /// Calls `body` with each word and non-zero cluster id of a JSON object `{"word": id, …}`, in
    /// file order.
    static func forEachCluster(in json: String, _ body: (String, UInt32) -> Void) {
        var scanner = json.unicodeScalars.makeIterator()
        var word = ""
        var number: UInt32 = 0
        var state = 0  // 0 seeking key, 1 in key, 2 seeking number, 3 in number
        var escaped = false
        while let c = scanner.next() {
            switch state {
            case 0: if c == "\"" { word = ""; state = 1 }
            case 1:
                if escaped { word.unicodeScalars.append(c); escaped = false }
                else if c == "\\" { escaped = true }
                else if c == "\"" { state = 2 } else { word.unicodeScalars.append(c) }
            case 2: if c.isASCII, let digit = UInt32(String(c)) { number = digit; state = 3 }
            default:
                if let digit = UInt32(String(c)), c.isASCII { number = number &* 10 &+ digit } else {
                    if number > 0 { body(word, number) }
                    state = 0
                }
            }
        }
    }

    /// Reads a lexicon in the Brill format: `word TAG` per line, `;;;` comments.
    static func parseBrill(_ text: String) -> TaggerLexicon { TaggerLexicon(parseBrillTable(text)) }

    /// The word hash → tag table of a Brill-format lexicon (the last line of a word wins).
    static func parseBrillTable(_ text: String) -> [UInt64: PennTag] {
        var table: [UInt64: PennTag] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix(";;;") {
            let fields = line.split(separator: " ")
            guard fields.count >= 2, let tag = PennTag(name: String(fields[1])) else { continue }
            table[FeatureHash.string(String(fields[0]))] = tag
        }
        return table
    }
}
