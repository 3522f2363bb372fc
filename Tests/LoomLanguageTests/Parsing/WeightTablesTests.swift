import Testing
@testable import LoomLanguage

/// The parser's packed weight tables score exactly like a plain sparse lookup of their stored
/// arrays: one-class features (weights inline in the slot), many-class runs, absent keys, and
/// keys that share a home slot.
@Suite struct WeightTablesTests {
    /// Distinct, well-mixed random keys, ascending (as in a model file).
    static func keys(_ count: Int, _ random: inout SplitMix64) -> [UInt64] {
        var set = Set<UInt64>()
        while set.count < count { set.insert(FeatureHash.mix(random.next())) }
        return set.sorted()
    }

    @Test func transitionScoresEqualPlainLookup() {
        var random = SplitMix64(seed: 7)
        let keys = Self.keys(3_000, &random)
        let weights = (0..<keys.count * 3).map { _ in Int16(truncatingIfNeeded: random.next()) }
        let table = TransitionWeights(keys: keys, weights: weights, scale: 0.5)
        let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        // Present and absent keys, plus keys that share a present key's home slot.
        var features: [UInt64] = (0..<200).map { _ in keys[Int(random.next() % UInt64(keys.count))] }
        features += (0..<100).map { _ in FeatureHash.mix(random.next()) }
        features += (0..<100).map { _ in keys[Int(random.next() % UInt64(keys.count))] ^ (1 << 56) }
        for start in stride(from: 0, to: features.count, by: 97) {
            let batch = Array(features[start..<min(start + 97, features.count)])
            var expected: [Int32] = [0, 0, 0]
            for key in batch {
                guard let f = index[key] else { continue }
                for c in 0..<3 { expected[c] &+= Int32(weights[f * 3 + c]) }
            }
            var scores: [Int32] = [9, 9, 9]
            batch.withUnsafeBufferPointer { table.score($0, into: &scores) }
            #expect(scores == expected)
        }
    }

    @Test func labelScoresEqualPlainLookup() {
        var random = SplitMix64(seed: 11)
        let classCount = 40
        let keys = Self.keys(2_000, &random)
        var offsets: [UInt32] = [0]
        var classes: [UInt8] = []
        var values: [Int16] = []
        for f in keys.indices {
            // One, two, three or many classes (up to all of them).
            let count = [1, 1, 2, 3, 4, 7, classCount][f % 7]
            var chosen = Set<UInt8>()
            while chosen.count < count { chosen.insert(UInt8(random.next() % UInt64(classCount))) }
            for c in chosen.sorted() {
                classes.append(c)
                values.append(Int16(truncatingIfNeeded: random.next()))
            }
            offsets.append(UInt32(classes.count))
        }
        let table = LabelWeights(classCount: classCount, keys: keys, offsets: offsets, classes: classes, values: values, scale: 1)
        let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        for _ in 0..<50 {
            var batch: [UInt64] = (0..<30).map { _ in keys[Int(random.next() % UInt64(keys.count))] }
            batch += (0..<5).map { _ in FeatureHash.mix(random.next()) }
            var expected = [Int32](repeating: 0, count: classCount)
            for key in batch {
                guard let f = index[key] else { continue }
                for e in Int(offsets[f])..<Int(offsets[f + 1]) { expected[Int(classes[e])] &+= Int32(values[e]) }
            }
            var scores = [Int32](repeating: 5, count: classCount)
            batch.withUnsafeBufferPointer { table.score($0, into: &scores) }
            #expect(scores == expected)
        }
    }
}
