/// One greedy pass of the tagger over a sentence, scored from cached partial sums.
///
/// A position's score is the sum of five per-word blocks (the word's own features and its
/// contributions as the left/right neighbour one or two places away, see ``TaggerFeatures``), a
/// table entry for the two previous tags, and a dozen looked-up keys that join the word with a
/// neighbour or with the previous tag. Blocks of frequent words come from ``WordCache``; other
/// words' blocks are computed once per sentence.
struct TaggingPass: Sendable {
    let weights: TaggerWeights
    /// Whether the pass runs right to left.
    let reverse: Bool
    /// Whether the pass reads a previous pass's tags (the second pass).
    let usesContext: Bool
    /// Scores of the history templates for each (p1, p2), `(p1 * tagValues + p2) * classCount`.
    private let historyTable: [Int32]
    /// Scores of the context templates over (n1, n2) and (own, n1) (second pass only).
    private let contextPairTable: [Int32]
    private let contextOwnTable: [Int32]

    /// Tag values in features: 0 (none) and raw value + 1.
    static let tagValues = PennTag.allCases.count + 1
    /// Int32 entries in one word's block: own, left1, left2, right1, right2 scores.
    var blockSize: Int { 5 * weights.classCount }

    init(weights: TaggerWeights, reverse: Bool, usesContext: Bool) {
        self.weights = weights
        self.reverse = reverse
        self.usesContext = usesContext
        let classes = weights.classCount
        let values = Self.tagValues
        var history = [Int32](repeating: 0, count: values * values * classes)
        var pairs = [Int32](repeating: 0, count: usesContext ? values * values * classes : 0)
        var own = pairs
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.contextCount)
        for a in 0..<values {
            for b in 0..<values {
                let base = (a * values + b) * classes
                keys.withUnsafeMutableBufferPointer { k in
                    TaggerFeatures.history(UInt64(a), UInt64(b), into: k.baseAddress!)
                    history.withUnsafeMutableBufferPointer { weights.accumulate(k.baseAddress!, count: 3, into: $0.baseAddress! + base) }
                    guard usesContext else { return }
                    k[0] = FeatureHash.combine(60, UInt64(a))
                    k[1] = FeatureHash.combine(61, UInt64(a), UInt64(b))
                    pairs.withUnsafeMutableBufferPointer { weights.accumulate(k.baseAddress!, count: 2, into: $0.baseAddress! + base) }
                    k[0] = FeatureHash.combine(66, UInt64(a), UInt64(b))
                    own.withUnsafeMutableBufferPointer { weights.accumulate(k.baseAddress!, count: 1, into: $0.baseAddress! + base) }
                }
            }
        }
        historyTable = history
        contextPairTable = pairs
        contextOwnTable = own
    }

    /// Keys in a word's block: own, left1, left2, right1 and right2 features.
    static let blockKeyCount = TaggerFeatures.wordCount + TaggerFeatures.left1Count + TaggerFeatures.left2Count
        + TaggerFeatures.right1Count + TaggerFeatures.right2Count

    /// Writes a word's block (``blockSize`` entries, overwritten). All its keys are looked up in one pass.
    func block(of w: WordFeatures, into block: UnsafeMutablePointer<Int32>) {
        block.initialize(repeating: 0, count: blockSize)
        add(sections: 31, of: w, into: block)
    }

    /// Adds the sections of a word's block picked by `sections` (bit s: section s, in the order own,
    /// left1, left2, right1, right2) to `block`.
    func add(sections: UInt8, of w: WordFeatures, into block: UnsafeMutablePointer<Int32>) {
        let classes = weights.classCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.blockKeyCount) { keyBuffer in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.blockKeyCount) { destinationBuffer in
                var k = keyBuffer.baseAddress!
                let destinations = destinationBuffer.baseAddress!
                var written = 0
                func group(_ count: Int, _ section: Int) {
                    guard sections & (1 << section) != 0 else { return }
                    for j in written..<(written + count) { destinations[j] = section * classes }
                    written += count
                    k += count
                }
                TaggerFeatures.word(w, into: k)
                group(TaggerFeatures.wordCount, 0)
                TaggerFeatures.left1(w, into: k)
                group(TaggerFeatures.left1Count, 1)
                TaggerFeatures.left2(w, into: k)
                group(TaggerFeatures.left2Count, 2)
                TaggerFeatures.right1(w, into: k)
                group(TaggerFeatures.right1Count, 3)
                TaggerFeatures.right2(w, into: k)
                group(TaggerFeatures.right2Count, 4)
                weights.accumulate(keyBuffer.baseAddress!, count: written, into: block, destinations: destinations)
            }
        }
    }

    /// Tags a sentence. `words` is padded (word i at `words[i + 2]`); `blocks[i]` points at word i's
    /// block and `padding` at the padding word's; `known[i]` is a dictionary tag + 1 or 0;
    /// `context` holds the previous pass's tags (raw value + 1) when ``usesContext``.
    /// Writes raw values + 1. Positions whose best score leads the second best by less than
    /// `margin` (doubtful tags) are written to `doubtPositions` (room for every word); returns their number.
    @discardableResult
    func run(
        words: UnsafeBufferPointer<WordFeatures>, blocks: UnsafeBufferPointer<UnsafePointer<Int32>>,
        padding: UnsafePointer<Int32>, known: UnsafeBufferPointer<UInt8>, context: UnsafeBufferPointer<UInt8>,
        into tags: UnsafeMutableBufferPointer<UInt8>, margin: Int32 = -1, doubtPositions: UnsafeMutablePointer<Int32>? = nil
    ) -> Int {
        var doubts = 0
        let count = tags.count
        let classes = weights.classCount
        let values = Self.tagValues
        let keyCount = TaggerFeatures.pairCount + TaggerFeatures.historyWordCount + (usesContext ? 4 : 0)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: classes) { scoreBuffer in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keyCount) { keyBuffer in
                let scores = scoreBuffer.baseAddress!
                let keys = keyBuffer.baseAddress!
                historyTable.withUnsafeBufferPointer { history in
                    var p1 = 0
                    var p2 = 0
                    for step in 0..<count {
                        let i = reverse ? count - 1 - step : step
                        var tag = Int(known[i])
                        if tag == 0 {
                            let own = blocks[i]
                            let l1 = i >= 1 ? blocks[i - 1] + classes : padding + classes
                            let l2 = i >= 2 ? blocks[i - 2] + 2 * classes : padding + 2 * classes
                            let r1 = i + 1 < count ? blocks[i + 1] + 3 * classes : padding + 3 * classes
                            let r2 = i + 2 < count ? blocks[i + 2] + 4 * classes : padding + 4 * classes
                            let h = history.baseAddress! + (p1 * values + p2) * classes
                            for c in 0..<classes { scores[c] = own[c] &+ l1[c] &+ l2[c] &+ r1[c] &+ r2[c] &+ h[c] }
                            TaggerFeatures.pairs(words, at: i, into: keys)
                            TaggerFeatures.historyWord(words[i + 2], previous: UInt64(p1), into: keys + TaggerFeatures.pairCount)
                            if usesContext { addContext(words, at: i, previous: p1, context: context, scores: scores, keys: keys + TaggerFeatures.pairCount + TaggerFeatures.historyWordCount) }
                            weights.accumulate(keys, count: keyCount, into: scores)
                            var best = 0
                            if margin < 0 {
                                for c in 1..<classes where scores[c] > scores[best] { best = c }
                            } else {
                                var top = scores[0]
                                var second = Int32.min
                                for c in 1..<classes {
                                    let value = scores[c]
                                    if value > top { second = top; top = value; best = c } else if value > second { second = value }
                                }
                                if top &- second < margin, let doubtPositions {
                                    doubtPositions[doubts] = Int32(i)
                                    doubts += 1
                                }
                            }
                            tag = best + 1
                        }
                        tags[i] = UInt8(tag)
                        p2 = p1
                        p1 = tag
                    }
                }
            }
        }
        return doubts
    }

    /// Adds the second pass's tag-only context scores from the tables and writes its 4 other keys.
    @inline(__always)
    private func addContext(
        _ words: UnsafeBufferPointer<WordFeatures>, at i: Int, previous p1: Int, context: UnsafeBufferPointer<UInt8>,
        scores: UnsafeMutablePointer<Int32>, keys: UnsafeMutablePointer<UInt64>
    ) {
        let (own, n1, n2) = context.around(i, reverse: reverse)
        var all = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &all) { raw in
            let k = raw.baseAddress!.assumingMemoryBound(to: UInt64.self)
            TaggerFeatures.collectContext(words, at: i, previous: UInt64(p1), own: own, n1: n1, n2: n2, into: k)
            for j in 0..<4 { keys[j] = k[3 + j] }
        }
        let classes = weights.classCount
        let values = Self.tagValues
        contextPairTable.withUnsafeBufferPointer { pairs in
            contextOwnTable.withUnsafeBufferPointer { ownTable in
                let a = pairs.baseAddress! + (Int(n1) * values + Int(n2)) * classes
                let b = ownTable.baseAddress! + (Int(own) * values + Int(n1)) * classes
                for c in 0..<classes { scores[c] &+= a[c] &+ b[c] }
            }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The first pass's tag at `i` and at the next two positions in the pass's direction (0 outside).
    @inline(__always)
    func around(_ i: Int, reverse: Bool) -> (UInt64, UInt64, UInt64) {
        let step = reverse ? -1 : 1
        let a = i + step
        let b = i + 2 * step
        return (
            UInt64(self[i]), a >= 0 && a < count ? UInt64(self[a]) : 0, b >= 0 && b < count ? UInt64(self[b]) : 0
        )
    }
}
