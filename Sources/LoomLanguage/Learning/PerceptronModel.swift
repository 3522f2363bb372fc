/// A trained, averaged perceptron ready to score: sparse weights per feature behind an
/// open-addressing hash table over flat arrays (no per-lookup allocation).
public struct PerceptronModel: Sendable {
    /// Number of classes scored.
    public let classCount: Int
    /// Feature keys, sorted ascending.
    public let keys: [UInt64]
    /// `offsets[f]..<offsets[f + 1]` are feature f's entries in `classes` and `values`.
    public let offsets: [UInt32]
    /// Class id of each stored weight.
    public let classes: [UInt16]
    /// The weights.
    public let values: [Float]
    private let slots: [Int32]
    private let slotKeys: [UInt64]
    private let mask: Int

    init(classCount: Int, entries: [(key: UInt64, classes: [UInt16], values: [Float])]) {
        var keys: [UInt64] = []
        var offsets: [UInt32] = [0]
        var classes: [UInt16] = []
        var values: [Float] = []
        keys.reserveCapacity(entries.count)
        for entry in entries {
            keys.append(entry.key)
            classes.append(contentsOf: entry.classes)
            values.append(contentsOf: entry.values)
            offsets.append(UInt32(classes.count))
        }
        self.init(classCount: classCount, keys: keys, offsets: offsets, classes: classes, values: values)
    }

    /// Builds a model from its stored arrays (as read from a model file).
    public init(classCount: Int, keys: [UInt64], offsets: [UInt32], classes: [UInt16], values: [Float]) {
        self.classCount = classCount
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.values = values
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: FeatureHash.mix(key)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
            slotKeys[slot] = key
        }
        self.slots = slots
        self.slotKeys = slotKeys
        self.mask = mask
    }

    /// Number of features with stored weights.
    public var featureCount: Int { keys.count }

    /// Index of a feature in ``keys``, or nil when the model has no weight for it.
    @inline(__always)
    public func featureIndex(_ key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: FeatureHash.mix(key)) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if slotKeys[slot] == key { return Int(index) }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of each feature to `scores` (a buffer of at least `classCount` entries).
    @inline(__always)
    public func accumulate(_ key: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let index = featureIndex(key) else { return }
        let lower = Int(offsets[index])
        let upper = Int(offsets[index + 1])
        for entry in lower..<upper { scores[Int(classes[entry])] += values[entry] }
    }

    /// Adds the weights of the feature at `index` (from ``featureIndex(_:)``) to `scores`. Looking up
    /// all of a word's features first and accumulating afterwards lets the memory loads overlap.
    @inline(__always)
    public func accumulate(index: Int, into scores: UnsafeMutablePointer<Float>) {
        let lower = Int(offsets[index])
        let upper = Int(offsets[index + 1])
        for entry in lower..<upper { scores[Int(classes[entry])] += values[entry] }
    }

    /// Scores a feature set into `scores` (overwritten) and returns the best class.
    public func predict(_ features: [UInt64], scores: inout [Float]) -> Int {
        precondition(scores.count >= classCount)
        return scores.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            for c in 0..<classCount { base[c] = 0 }
            for feature in features { accumulate(feature, into: base) }
            var best = 0
            for c in 1..<classCount where base[c] > base[best] { best = c }
            return best
        }
    }
}

extension PerceptronModel {
    /// Writes the model's arrays (see ``BinaryWriter``).
    public func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(classCount))
        writer.write(keys)
        writer.write(offsets)
        writer.write(classes)
        writer.write(values)
    }

    /// Reads a model written by ``write(to:)``.
    public static func read(from reader: inout BinaryReader) throws(ModelFileError) -> PerceptronModel {
        let classCount = Int(try reader.read(UInt32.self))
        let keys: [UInt64] = try reader.readArray()
        let offsets: [UInt32] = try reader.readArray()
        let classes: [UInt16] = try reader.readArray()
        let values: [Float] = try reader.readArray()
        guard classCount > 0, offsets.count == keys.count + 1, classes.count == values.count,
            Int(offsets.last ?? 0) == classes.count, classes.allSatisfy({ Int($0) < classCount }),
            zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw ModelFileError.corrupt(reader.name, "inconsistent perceptron tables") }
        return PerceptronModel(classCount: classCount, keys: keys, offsets: offsets, classes: classes, values: values)
    }
}
