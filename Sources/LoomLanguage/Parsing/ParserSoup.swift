import Foundation

extension DependencyParser {
    /// A "model soup": the mean of the weights of `parsers` (trained alike but with different
    /// shuffling seeds, so with the same feature templates, label table and clusters),
    /// with mean weights smaller than `pruneThreshold` dropped. Parses as fast as one model of the
    /// same size. Deterministic: the same parsers in the same order give the same bytes.
    ///
    /// With `normalize`, each parser's transition and label weights are first rescaled to the same
    /// mean magnitude (the mean over the parsers), so that a parser kept at a late epoch, whose
    /// averaged weights are larger, does not outweigh one kept early.
    public static func soup(
        _ parsers: [DependencyParser], pruneThreshold: Float = 1.0, normalize: Bool = false
    ) -> DependencyParser {
        precondition(!parsers.isEmpty)
        let first = parsers[0]
        precondition(parsers.allSatisfy { $0.labelTable == first.labelTable && $0.clusters.keys == first.clusters.keys })
        let share = 1 / Float(parsers.count)
        func meanMagnitude(_ values: [Int16], _ scale: Float) -> Float {
            values.isEmpty ? 1 : Float(values.reduce(0.0) { $0 + abs(Double($1)) } / Double(values.count)) * scale
        }
        let transitionSizes = parsers.map { meanMagnitude($0.transitions.weights, $0.transitions.scale) }
        let labelSizes = parsers.map { meanMagnitude($0.labels.values, $0.labels.scale) }
        let transitionTarget = transitionSizes.reduce(0, +) * share, labelTarget = labelSizes.reduce(0, +) * share
        var transitions: [UInt64: [Float]] = [:]
        var labels: [UInt64: [Float]] = [:]
        let classCount = first.labels.classCount
        for (number, parser) in parsers.enumerated() {
            let t = parser.transitions
            let tFactor = share * (normalize ? transitionTarget / transitionSizes[number] : 1)
            let lFactor = share * (normalize ? labelTarget / labelSizes[number] : 1)
            for (index, key) in t.keys.enumerated() {
                var row = transitions[key] ?? [0, 0, 0]
                for c in 0..<3 { row[c] += Float(t.weights[index * 3 + c]) * t.scale * tFactor }
                transitions[key] = row
            }
            let l = parser.labels
            for (index, key) in l.keys.enumerated() {
                var row = labels[key] ?? [Float](repeating: 0, count: classCount)
                for entry in Int(l.offsets[index])..<Int(l.offsets[index + 1]) {
                    row[Int(l.classes[entry])] += Float(l.values[entry]) * l.scale * lFactor
                }
                labels[key] = row
            }
        }
        var transitionKeys: [UInt64] = []
        var dense: [Float] = []
        for key in transitions.keys.sorted() {
            var row = transitions[key]!
            for c in 0..<3 where abs(row[c]) < pruneThreshold { row[c] = 0 }
            guard row.contains(where: { $0 != 0 }) else { continue }
            transitionKeys.append(key)
            dense.append(contentsOf: row)
        }
        let (transitionWeights, transitionScale) = Quantization.quantize(dense)
        var labelKeys: [UInt64] = []
        var offsets: [UInt32] = [0]
        var classes: [UInt8] = []
        var values: [Float] = []
        for key in labels.keys.sorted() {
            let row = labels[key]!
            let before = classes.count
            for c in 0..<classCount where row[c] != 0 && abs(row[c]) >= pruneThreshold {
                classes.append(UInt8(c))
                values.append(row[c])
            }
            guard classes.count > before else { continue }
            labelKeys.append(key)
            offsets.append(UInt32(classes.count))
        }
        let (labelValues, labelScale) = Quantization.quantize(values)
        return DependencyParser(
            transitions: TransitionWeights(keys: transitionKeys, weights: transitionWeights, scale: transitionScale),
            labels: LabelWeights(
                classCount: classCount, keys: labelKeys, offsets: offsets, classes: classes, values: labelValues,
                scale: labelScale),
            labelTable: first.labelTable, clusters: first.clusters)
    }
}
