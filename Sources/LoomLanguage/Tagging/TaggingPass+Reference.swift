extension TaggingPass {
    /// The same pass computed feature by feature (no cached sums): used when training (jackknifed
    /// first-pass tags) and to test the fast path. `forced` (tag + 1 or 0 per word), when given,
    /// replaces the dictionary; `observe` gets each scored position and its scores. Returns raw values + 1.
    func reference(
        words padded: [WordFeatures], known: (WordFeatures) -> UInt8, context: [UInt8]?, forced: [UInt8]? = nil,
        observe: ((Int, [Int32]) -> Void)? = nil
    ) -> [UInt8] {
        let count = padded.count - 4
        var tags = [UInt8](repeating: 0, count: count)
        let keyCount = TaggerFeatures.count + (context == nil ? 0 : TaggerFeatures.contextCount)
        var keys = [UInt64](repeating: 0, count: keyCount)
        var scores = [Int32](repeating: 0, count: weights.classCount)
        let previous = context ?? []
        padded.withUnsafeBufferPointer { words in
            previous.withUnsafeBufferPointer { contextTags in
                var p1: UInt64 = 0
                var p2: UInt64 = 0
                for step in 0..<count {
                    let i = reverse ? count - 1 - step : step
                    var tag = forced?[i] ?? known(words[i + 2])
                    if tag == 0 {
                        keys.withUnsafeMutableBufferPointer { k in
                            TaggerFeatures.collect(words, at: i, previous: p1, previous2: p2, into: k.baseAddress!)
                            if context != nil {
                                let (own, n1, n2) = contextTags.around(i, reverse: reverse)
                                TaggerFeatures.collectContext(
                                    words, at: i, previous: p1, own: own, n1: n1, n2: n2, into: k.baseAddress! + TaggerFeatures.count)
                            }
                            scores.withUnsafeMutableBufferPointer { s in
                                s.update(repeating: 0)
                                weights.accumulate(k.baseAddress!, count: keyCount, into: s.baseAddress!)
                            }
                        }
                        observe?(i, scores)
                        var best = 0
                        for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                        tag = UInt8(best + 1)
                    }
                    tags[i] = tag
                    p2 = p1
                    p1 = UInt64(tag)
                }
            }
        }
        return tags
    }
}
