/// The label classifier's sparse weights, quantized to 16-bit integers (`weight = value × scale`),
/// behind an open-addressing table (``SlotTable``). Each slot packs a 32-bit key fingerprint, the
/// number of classes the feature has weights for (minus one, 8 bits) and, for one class, its
/// `class << 16 | weight` word itself, else the start of the feature's run of such words in
/// `entries` (24 bits). Scoring a feature costs one memory access, plus one for features with
/// several classes, and integer adds.
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
    private let table: SlotTable
    private let entries: [UInt32]

    init(classCount: Int, keys: [UInt64], offsets: [UInt32], classes: [UInt8], values: [Int16], scale: Float) {
        precondition(classCount <= 256 && classes.count < 1 << 24)
        self.classCount = classCount
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.values = values
        self.scale = scale
        func entry(_ index: Int) -> UInt64 { UInt64(classes[index]) << 16 | UInt64(UInt16(bitPattern: values[index])) }
        var entries: [UInt32] = []
        var runStarts = [UInt64](repeating: 0, count: keys.count)
        for index in keys.indices where offsets[index + 1] - offsets[index] > 1 {
            runStarts[index] = UInt64(entries.count)
            for position in Int(offsets[index])..<Int(offsets[index + 1]) { entries.append(UInt32(entry(position))) }
        }
        self.entries = entries
        table = SlotTable(count: keys.count, slotsPerEntry: 2) { index in
            let lower = Int(offsets[index]), count = Int(offsets[index + 1]) - lower
            precondition(count >= 1 && count <= 256)
            let payload = count == 1 ? entry(lower) : runStarts[index]
            return (keys[index], Self.fingerprint(keys[index]) << 32 | UInt64(count - 1) << 24 | payload)
        }
    }

    /// The top 32 bits of a key with the lowest of them set (never zero: zero marks an empty slot).
    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 { key >> 32 | 1 }

    /// Sums the quantized weights of `features` into `scores[0..<classCount]` (overwritten).
    ///
    /// Works in passes (home slots, then finding the slots and adding one-class features, then the
    /// runs of features with several classes) so that the processor overlaps the cache misses of
    /// different features.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        for c in 0..<classCount { scores[c] = 0 }
        let mask = table.capacity - 1
        table.withSlots { slots in
            entries.withUnsafeBufferPointer { entries in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { gathered in
                    for i in 0..<features.count { gathered[i] = slots[Int(truncatingIfNeeded: features[i]) & mask] }
                    var runs = 0
                    for i in 0..<features.count {
                        let key = features[i]
                        let print = Self.fingerprint(key)
                        var stored = gathered[i]
                        var slot = Int(truncatingIfNeeded: key) & mask
                        while stored != 0 && stored >> 32 != print {
                            slot = (slot &+ 1) & mask
                            stored = slots[slot]
                        }
                        // Branch-free: a one-class feature adds its weight; a feature with a run
                        // (queued) or without weights adds 0 to class 0.
                        let isRun = stored & 0xff00_0000 != 0
                        let single = isRun ? 0 : stored
                        scores[Int(truncatingIfNeeded: single >> 16) & 0xff] &+= Int32(Int16(truncatingIfNeeded: single))
                        gathered[runs] = stored
                        runs &+= isRun ? 1 : 0
                    }
                    for i in 0..<runs {
                        var index = Int(truncatingIfNeeded: gathered[i] & 0xff_ffff)
                        let end = index + Int(truncatingIfNeeded: gathered[i] >> 24 & 0xff) + 1
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
