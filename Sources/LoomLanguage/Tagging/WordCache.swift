/// Precomputed per-word data for the most frequent training words: their ``WordFeatures``, their
/// tag-dictionary entry and, for each pass, their score block (see ``TaggingPass``). Built when a
/// model is loaded, from the word list stored in it; immutable afterwards, so it is shared freely.
///
/// Looking a word up costs one hash of its bytes and one probe of an open-addressing table; a hit
/// replaces about 30 feature lookups per pass.
struct WordCache: Sendable {
    /// The cached word forms, in the model file's order.
    let forms: [String]
    let features: [WordFeatures]
    /// Tag-dictionary tag raw value + 1, or 0.
    let dictionaryTags: [UInt8]
    /// Per pass: the words' blocks, `index * blockSize` (none for passes not cached), then the padding word's block at the end.
    let blocks: [[Int32]]
    /// The open-addressing table: each slot holds a word's hash next to its index, so that a probe
    /// reads one cache line (two parallel arrays cost two misses per lookup).
    private let slots: [Slot]
    private let mask: Int

    private struct Slot {
        var hash: UInt64 = 0
        /// Index into ``forms``, or -1 for an empty slot.
        var index: Int32 = -1
    }

    /// Longest form (UTF-8 bytes) that ``WordFeatures`` hashes whole.
    static let maximumLength = 64

    /// `cachedPasses`: how many of the passes (from the first) get their words' blocks precomputed;
    /// the others get only the padding word's block.
    init(forms: [String], lexicon: TaggerLexicon, dictionary: TaggerLexicon, passes: [TaggingPass], cachedPasses: Int) {
        let kept = forms.filter { $0.utf8.count <= Self.maximumLength && !$0.isEmpty }
        self.forms = kept
        let features = kept.map { WordFeatures($0, position: 1, lexicon: lexicon) }
        self.features = features
        dictionaryTags = features.map { dictionary.tag(exact: $0.exact).map { $0.rawValue + 1 } ?? 0 }
        blocks = passes.enumerated().map { number, pass in
            let size = pass.blockSize
            let words = number < cachedPasses ? features : []
            var storage = [Int32](repeating: 0, count: (words.count + 1) * size)
            storage.withUnsafeMutableBufferPointer { buffer in
                for (index, word) in words.enumerated() { pass.block(of: word, into: buffer.baseAddress! + index * size) }
                pass.block(of: .padding, into: buffer.baseAddress! + words.count * size)
            }
            return storage
        }
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (index, word) in features.enumerated() {
            var slot = Int(truncatingIfNeeded: FeatureHash.mix(word.exact)) & mask
            var duplicate = false
            while slots[slot].index >= 0 {
                if slots[slot].hash == word.exact { duplicate = true; break }
                slot = (slot + 1) & mask
            }
            if duplicate { continue }
            slots[slot] = Slot(hash: word.exact, index: Int32(index))
        }
        self.slots = slots
        self.mask = mask
    }

    /// Index of a word in the cache, or nil.
    @inline(__always)
    func index(of word: String) -> Int? {
        var copy = word
        let hash: UInt64? = copy.withUTF8 { bytes in
            bytes.count <= Self.maximumLength && !bytes.isEmpty ? FeatureHash.bytes(bytes) : nil
        }
        guard let hash else { return nil }
        var slot = Int(truncatingIfNeeded: FeatureHash.mix(hash)) & mask
        while true {
            let entry = slots[slot]
            if entry.index < 0 { return nil }
            if entry.hash == hash { return Int(entry.index) }
            slot = (slot + 1) & mask
        }
    }

    /// Words that occur at least twice in `sentences`' forms, most frequent first (ties by form),
    /// at most `limit` of them.
    static func frequentForms(_ sentences: [TreebankSentence], limit: Int) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in sentences { for form in sentence.forms { counts[form, default: 0] += 1 } }
        let ranked = counts.filter { $0.value >= 2 }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        return ranked.prefix(limit).map(\.key)
    }
}
