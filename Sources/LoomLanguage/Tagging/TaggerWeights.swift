/// A pass's perceptron weights as the tagger uses them at run time: 16-bit integer weights (one
/// Float32 scale per pass) scored into `Int32` sums, so a sum does not depend on the order of its
/// terms and cached partial sums (``WordCache``) give exactly the scores of a full lookup.
///
/// Lookup is one open-addressing table of 8-byte slots (a 32-bit key fingerprint and the position
/// of the feature's run) and one array of packed runs (count, then class id << 16 | weight): two
/// memory loads per feature instead of the five of ``PerceptronModel``. Feature keys are already
/// mixed hashes (``FeatureHash/combine(_:_:_:)``), so their low bits pick the slot and their high
/// bits are the fingerprint; two keys that share both (about one chance in 2^32 per probe) share weights.
struct TaggerWeights: Sendable {
    /// Number of classes scored (Penn tags).
    let classCount: Int
    /// Weight = Int16 value × scale.
    let scale: Float
    /// Sorted feature keys, as stored in the model file.
    let keys: [UInt64]
    /// `offsets[f]..<offsets[f + 1]` are feature f's entries in `classes` and `values`.
    let offsets: [UInt32]
    let classes: [UInt8]
    let values: [Int16]
    /// Open-addressing table: 0 = empty, else the key's high 32 bits (a fingerprint) above the
    /// position + 1 of its run in `packed` (the low bits of the key pick the first slot to probe).
    private let slots: LookupBuffer<UInt64>
    /// Per feature: its entry count, then its entries (class id << 16 | UInt16 bit pattern of the weight).
    private let packed: LookupBuffer<UInt32>
    private let mask: Int

    /// Quantizes a trained model: each weight becomes `Int16(round(weight / scale))` with
    /// `scale` = the largest magnitude / 32767. Quantizing a model read back from a file gives the same integers.
    init(_ model: PerceptronModel) {
        let largest = model.values.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        let values = model.values.map { Int16(max(-32767, min(32767, ($0 / scale).rounded()))) }
        self.init(
            classCount: model.classCount, scale: scale, keys: model.keys, offsets: model.offsets,
            classes: model.classes.map { UInt8(truncatingIfNeeded: $0) }, values: values)
    }

    /// Builds the lookup table over stored arrays (checked by the caller).
    init(classCount: Int, scale: Float, keys: [UInt64], offsets: [UInt32], classes: [UInt8], values: [Int16]) {
        self.classCount = classCount
        self.scale = scale
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.values = values
        var capacity = 16
        while capacity < keys.count + keys.count / 2 + 1 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var packed: [UInt32] = []
        packed.reserveCapacity(values.count + keys.count)
        for (index, key) in keys.enumerated() where offsets[index + 1] > offsets[index] {
            let lower = Int(offsets[index])
            let upper = Int(offsets[index + 1])
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (key >> 32) << 32 | UInt64(packed.count + 1)
            packed.append(UInt32(upper - lower))
            for entry in lower..<upper {
                packed.append(UInt32(classes[entry]) << 16 | UInt32(UInt16(bitPattern: values[entry])))
            }
        }
        self.slots = LookupBuffer(slots)
        self.packed = LookupBuffer(packed)
        self.mask = mask
    }

    /// Number of features with weights.
    var featureCount: Int { keys.count }

    /// Position in `packed` of a feature's run (its count), or -1 when the model has no weight for it.
    @inline(__always)
    private func find(_ key: UInt64, in table: UnsafeBufferPointer<UInt64>) -> Int {
        let fingerprint = key >> 32
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = table[slot]
            if found == 0 { return -1 }
            if found >> 32 == fingerprint { return Int(truncatingIfNeeded: found & 0xffff_ffff) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of feature `key` to `scores` (at least ``classCount`` entries).
    @inline(__always)
    func accumulate(_ key: UInt64, into scores: UnsafeMutablePointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 1) { buffer in
            buffer[0] = key
            accumulate(buffer.baseAddress!, count: 1, into: scores)
        }
    }

    /// Adds the weights of `count` features to `scores`. All keys are located first and their
    /// weights added afterwards, so that the memory loads of different features overlap.
    @inline(__always)
    func accumulate(_ keys: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Int32>) {
        slots.withUnsafeBufferPointer { table in
            packed.withUnsafeBufferPointer { entries in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { runs in
                    for k in 0..<count { runs[k] = find(keys[k], in: table) }
                    for k in 0..<count where runs[k] >= 0 {
                        let start = runs[k]
                        let end = start + 1 + Int(entries[start])
                        for entry in (start + 1)..<end {
                            let value = entries[entry]
                            scores[Int(value >> 16)] &+= Int32(Int16(truncatingIfNeeded: value))
                        }
                    }
                }
            }
        }
    }

    /// Adds the weights of `count` features, each to its own score vector: key k's weights go to
    /// `scores + destinations[k]` (one pass of lookups for several vectors, so their loads overlap).
    @inline(__always)
    func accumulate(
        _ keys: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Int32>, destinations: UnsafePointer<Int>
    ) {
        slots.withUnsafeBufferPointer { table in
            packed.withUnsafeBufferPointer { entries in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { runs in
                    for k in 0..<count { runs[k] = find(keys[k], in: table) }
                    for k in 0..<count where runs[k] >= 0 {
                        let start = runs[k]
                        let end = start + 1 + Int(entries[start])
                        let target = scores + destinations[k]
                        for entry in (start + 1)..<end {
                            let value = entries[entry]
                            target[Int(value >> 16)] &+= Int32(Int16(truncatingIfNeeded: value))
                        }
                    }
                }
            }
        }
    }

    /// The float model these weights stand for (for code that scores with ``PerceptronModel``).
    var dequantized: PerceptronModel {
        PerceptronModel(
            classCount: classCount, keys: keys, offsets: offsets, classes: classes.map { UInt16($0) },
            values: values.map { Float($0) * scale })
    }
}

extension TaggerWeights {
    /// Writes class count (UInt32), keys (UInt64 array, sorted), offsets (UInt32 array, one more
    /// than keys), class ids (UInt8 array), scale (Float32), weights (Int16 array).
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(classCount))
        writer.write(keys)
        writer.write(offsets)
        writer.write(classes)
        writer.write(scale)
        writer.write(values)
    }

    /// Reads what ``write(to:)`` wrote, checking that the tables fit together.
    static func read(from reader: inout BinaryReader) throws(ModelFileError) -> TaggerWeights {
        let classCount = Int(try reader.read(UInt32.self))
        let keys: [UInt64] = try reader.readArray()
        let offsets: [UInt32] = try reader.readArray()
        let classes: [UInt8] = try reader.readArray()
        let scale = try reader.read(Float.self)
        let values: [Int16] = try reader.readArray()
        guard classCount > 0, classCount <= 256, offsets.count == keys.count + 1, offsets.first == 0,
            classes.count == values.count, Int(offsets.last ?? 0) == classes.count,
            classes.allSatisfy({ Int($0) < classCount }), zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
            zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }), scale.isFinite, scale > 0
        else { throw ModelFileError.corrupt(reader.name, "inconsistent perceptron tables") }
        return TaggerWeights(
            classCount: classCount, scale: scale, keys: keys, offsets: offsets, classes: classes, values: values)
    }
}
