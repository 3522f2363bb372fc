/// Trains a multiclass averaged perceptron over hashed features (Collins 2002; the lazy-averaging
/// trick of Daumé III keeps each update proportional to the number of active features).
///
/// Features are 64-bit keys (see ``FeatureHash``); weights live in flat arrays, one row of
/// `classCount` entries per distinct feature. Deterministic: the same updates in the same order give
/// the same model.
public struct PerceptronTrainer: Sendable {
    /// Number of classes scored.
    public let classCount: Int
    private var rows: [UInt64: Int32] = [:]
    private var keys: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// Number of updates seen so far (the averaging clock).
    public private(set) var instances: Int32 = 0

    public init(classCount: Int) {
        precondition(classCount > 0 && classCount <= Int(UInt16.max))
        self.classCount = classCount
    }

    /// Number of distinct features that have received an update.
    public var featureCount: Int { keys.count }

    /// Adds the current (not averaged) weights of `features` into `scores` (which must have
    /// `classCount` entries, usually zeroed by the caller).
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = Int(row) * classCount
            for c in 0..<classCount { scores[c] += weights[base + c] }
        }
    }

    /// The highest-scoring class under the current weights (ties go to the lower class id).
    public func predict(_ features: [UInt64], scores: inout [Float]) -> Int {
        for c in 0..<classCount { scores[c] = 0 }
        score(features, into: &scores)
        return Self.argmax(scores)
    }

    /// Index of the largest value, the first one on ties.
    public static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for c in 1..<scores.count where scores[c] > scores[best] { best = c }
        return best
    }

    /// Marks the end of one training instance (advances the averaging clock).
    public mutating func tick() { instances += 1 }

    /// Moves weight from `guess` to `truth` for every feature (no-op when they agree).
    public mutating func update(truth: Int, guess: Int, features: [UInt64]) {
        guard truth != guess else { return }
        for feature in features {
            let base = row(for: feature) * classCount
            adjust(base + truth, by: 1)
            adjust(base + guess, by: -1)
        }
    }

    private mutating func row(for feature: UInt64) -> Int {
        if let row = rows[feature] { return Int(row) }
        let row = keys.count
        rows[feature] = Int32(row)
        keys.append(feature)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    private mutating func adjust(_ slot: Int, by delta: Float) {
        totals[slot] += Double(instances - stamps[slot]) * Double(weights[slot])
        stamps[slot] = instances
        weights[slot] += delta
    }

    /// The averaged model. Weights whose magnitude is below `threshold` are dropped, and features
    /// left with no weight at all are not stored.
    public func averaged(threshold: Float = 0) -> PerceptronModel {
        let clock = Double(max(instances, 1))
        var entries: [(key: UInt64, classes: [UInt16], values: [Float])] = []
        entries.reserveCapacity(keys.count)
        for (row, key) in keys.enumerated() {
            var classes: [UInt16] = []
            var values: [Float] = []
            for c in 0..<classCount {
                let slot = row * classCount + c
                let total = totals[slot] + Double(instances - stamps[slot]) * Double(weights[slot])
                let average = Float(total / clock)
                if average != 0 && abs(average) >= threshold {
                    classes.append(UInt16(c))
                    values.append(average)
                }
            }
            if !classes.isEmpty { entries.append((key, classes, values)) }
        }
        entries.sort { $0.key < $1.key }
        return PerceptronModel(classCount: classCount, entries: entries)
    }
}
