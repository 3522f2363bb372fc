/// The label classifier's sparse weights, quantized to 16-bit integers (`weight = value × scale`),
/// behind an open-addressing table. Each slot packs a key fingerprint with the start of the
/// feature's run in `entries`; a run is a count followed by `class << 16 | weight` words, so
/// scoring a feature costs about two memory accesses and integer adds.
struct LabelWeights: Sendable {
    let classCount: Int
    /// Feature keys, ascending (as stored in the model file).
    let keys: [UInt64]
    /// `offsets[f]..<offsets[f + 1]` index feature f's weights in `classes` and `values`.
    let offsets: [UInt32]
    let classes: [UInt8]
    let values: [Int16]
    /// The value of one quantization step.
    let scale: Float
    private let slots: [UInt64]
    private let entries: [UInt32]
    private let mask: Int

    init(classCount: Int, keys: [UInt64], offsets: [UInt32], classes: [UInt8], values: [Int16], scale: Float) {
        self.classCount = classCount
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.values = values
        self.scale = scale
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var entries: [UInt32] = []
        entries.reserveCapacity(keys.count + classes.count)
        let mask = capacity - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            let start = entries.count
            let lower = Int(offsets[index]), upper = Int(offsets[index + 1])
            entries.append(UInt32(upper - lower))
            for entry in lower..<upper {
                entries.append(UInt32(classes[entry]) << 16 | UInt32(UInt16(bitPattern: values[entry])))
            }
            slots[slot] = UInt64(key >> 32 | 1) << 32 | UInt64(start)
        }
        self.slots = slots
        self.entries = entries
        self.mask = mask
    }

    /// Sums the quantized weights of `features` into `scores[0..<classCount]` (overwritten).
    ///
    /// Works in passes (home slots, then run headers, then weights) so that the processor overlaps
    /// the cache misses of different features.
    func score(_ features: [UInt64], into scores: UnsafeMutablePointer<Int32>) {
        for c in 0..<classCount { scores[c] = 0 }
        let mask = self.mask
        features.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { gathered in
                        for i in 0..<keys.count { gathered[i] = slots[Int(truncatingIfNeeded: keys[i]) & mask] }
                        var found = 0
                        for i in 0..<keys.count {
                            let key = keys[i]
                            let print = key >> 32 | 1
                            var stored = gathered[i]
                            var slot = Int(truncatingIfNeeded: key) & mask
                            while stored != 0 && stored >> 32 != print {
                                slot = (slot &+ 1) & mask
                                stored = slots[slot]
                            }
                            if stored == 0 { continue }
                            gathered[found] = stored & 0xffff_ffff
                            found += 1
                        }
                        for i in 0..<found {
                            let start = Int(truncatingIfNeeded: gathered[i])
                            gathered[i] = UInt64(entries[start]) << 32 | UInt64(start)
                        }
                        for i in 0..<found {
                            let start = Int(truncatingIfNeeded: gathered[i] & 0xffff_ffff)
                            var index = start + 1
                            let end = index + Int(truncatingIfNeeded: gathered[i] >> 32)
                            while index < end {
                                let entry = entries[index]
                                scores[Int(entry >> 16)] &+= Int32(Int16(truncatingIfNeeded: entry))
                                index += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Compacts an averaged perceptron (zero weights are dropped).
    init(_ model: PerceptronModel) {
        precondition(model.classCount <= 256)
        var offsets: [UInt32] = [0]
        var keys: [UInt64] = []
        var classes: [UInt8] = []
        var weights: [Float] = []
        var scores = [Float](repeating: 0, count: model.classCount)
        for key in model.keys {
            for c in 0..<scores.count { scores[c] = 0 }
            scores.withUnsafeMutableBufferPointer { model.accumulate(key, into: $0.baseAddress!) }
            let before = classes.count
            for (c, weight) in scores.enumerated() where weight != 0 {
                classes.append(UInt8(c))
                weights.append(weight)
            }
            if classes.count > before {
                keys.append(key)
                offsets.append(UInt32(classes.count))
            }
        }
        let (values, scale) = Quantization.quantize(weights)
        self.init(classCount: model.classCount, keys: keys, offsets: offsets, classes: classes, values: values, scale: scale)
    }
}
