/// The transition classifier's weights, quantized to 16-bit integers (`weight = value × scale`),
/// in one flat open-addressing table of 64-bit slots (``SlotTable``): a
/// 16-bit key fingerprint and the three transition weights. Scoring a feature usually costs one
/// memory access and integer adds.
struct TransitionWeights: Sendable {
    /// Feature keys, ascending (as stored in the model file).
    let keys: [UInt64]
    /// Three quantized weights per key (shift, left, right).
    let weights: [Int16]
    /// The value of one quantization step.
    let scale: Float
    private let table: SlotTable
    /// Table slots per key (rounded up to a power of two): at most a quarter of the slots are
    /// used, so most lookups find their key, or an empty slot, at the home slot, and the probing
    /// branch is rarely mispredicted (parse +6–9 % side by side against half-used slots; the
    /// shipped model's table is 32 MB).
    static let slotsPerKey = 4

    init(keys: [UInt64], weights: [Int16], scale: Float) {
        precondition(weights.count == keys.count * 3)
        self.keys = keys
        self.weights = weights
        self.scale = scale
        table = SlotTable(count: keys.count, slotsPerEntry: Self.slotsPerKey) { index in
            var packed = UInt64(Self.fingerprint(keys[index]))
            for c in 0..<3 { packed |= UInt64(UInt16(bitPattern: weights[index * 3 + c])) << (16 * (c + 1)) }
            return (keys[index], packed)
        }
    }

    /// The top 16 bits of a key, never zero (zero marks an empty slot).
    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt16 {
        let high = UInt16(truncatingIfNeeded: key >> 48)
        return high == 0 ? 1 : high
    }

    /// Sums the quantized weights of `features` into `scores[0..<3]` (overwritten).
    ///
    /// The home slots of all features are read first in a branch-free loop, so that the processor
    /// overlaps their cache misses; collisions are then resolved by probing.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        var shift: Int32 = 0, left: Int32 = 0, right: Int32 = 0
        let mask = table.capacity - 1
        table.withSlots { base in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { gathered in
                for i in 0..<features.count { gathered[i] = base[Int(truncatingIfNeeded: features[i]) & mask] }
                for i in 0..<features.count {
                    let key = features[i]
                    let print = UInt64(Self.fingerprint(key))
                    var stored = gathered[i]
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while stored & 0xffff != print {
                        if stored == 0 { break }
                        slot = (slot &+ 1) & mask
                        stored = base[slot]
                    }
                    shift &+= Int32(Int16(truncatingIfNeeded: stored >> 16))
                    left &+= Int32(Int16(truncatingIfNeeded: stored >> 32))
                    right &+= Int32(Int16(truncatingIfNeeded: stored >> 48))
                }
            }
        }
        scores[0] = shift
        scores[1] = left
        scores[2] = right
    }

    /// Compacts an averaged three-class perceptron.
    init(_ model: PerceptronModel) {
        precondition(model.classCount == 3)
        var keys: [UInt64] = []
        var dense: [Float] = []
        var scores = [Float](repeating: 0, count: 3)
        for key in model.keys {
            for c in 0..<3 { scores[c] = 0 }
            scores.withUnsafeMutableBufferPointer { model.accumulate(key, into: $0.baseAddress!) }
            guard scores.contains(where: { $0 != 0 }) else { continue }
            keys.append(key)
            dense.append(contentsOf: scores)
        }
        let (weights, scale) = Quantization.quantize(dense)
        self.init(keys: keys, weights: weights, scale: scale)
    }
}

/// Symmetric 16-bit quantization of a weight table.
enum Quantization {
    /// The weights as integer steps of `scale` (the largest magnitude maps to ±32767).
    static func quantize(_ values: [Float]) -> (values: [Int16], scale: Float) {
        let largest = values.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        return (values.map { Int16(($0 / scale).rounded()) }, scale)
    }
}
