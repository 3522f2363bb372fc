import Foundation

/// The outcome of scoring predictions against CaRB gold.
public struct CaRBResult: Sendable, Equatable {
    /// Precision at the threshold with the best F1.
    public var precision: Double
    /// Recall at the threshold with the best F1.
    public var recall: Double
    /// The best F1 over all thresholds.
    public var f1: Double
    /// Trapezoid area under the (recall, precision) curve, with the point (0, 1) appended.
    public var auc: Double
    /// Number of distinct confidences (points on the curve).
    public var thresholds: Int
    /// The curve itself: for each distinct confidence, ascending, the precision and recall of the
    /// predictions at or above it.
    public var curve: [CaRBCurvePoint] = []
}

/// One point of CaRB's precision–recall curve.
public struct CaRBCurvePoint: Sendable, Equatable {
    public var threshold: Double
    public var precision: Double
    public var recall: Double
}

/// CaRB's scorer (Bhardwaj et al., 2019) with its default lenient binary matcher, reimplemented so
/// that it reproduces the official figures: per-threshold sums over sentences, best-recall gold
/// coverage, greedy one-to-one precision matching, best F1 and trapezoid AUC.
public enum CaRBScorer {
    private static let escapes = [("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}")]

    /// The sentence key CaRB matches on: no spaces, PTB bracket escapes undone, ASCII punctuation removed.
    public static func key(_ sentence: String) -> String {
        var text = sentence.replacingOccurrences(of: " ", with: "")
        for (escape, bracket) in escapes { text = text.replacingOccurrences(of: escape, with: bracket) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isASCIIPunctuation(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// Scores predictions against gold.
    public static func score(gold: CaRBSentenceGroups, predictions: CaRBSentenceGroups) -> CaRBResult {
        let goldByKey = gold.byKey()
        let predictedByKey = predictions.byKey()
        let thresholds = Array(Set(predictedByKey.values.joined().map(\.confidence))).sorted()
        let count = thresholds.count
        var pNum = [Double](repeating: 0, count: count), pDen = pNum, rNum = pNum, rDen = pNum
        var seen = Set<String>()
        for group in gold.groups {
            let key = key(group.sentence)
            guard seen.insert(key).inserted, let golds = goldByKey[key] else { continue }
            let predicted = predictedByKey[key] ?? []
            let n = golds.count
            let scores = golds.map { g in predicted.map { CaRBMatcher.score(gold: g, prediction: $0) } }
            var previous = 0
            for confidence in predicted.map(\.confidence).sorted() {
                let k = index(of: confidence, in: thresholds)
                guard previous <= k else { continue }
                let selected = predicted.indices.filter { predicted[$0].confidence >= confidence }
                var recallPart = 0.0
                for row in scores { recallPart += selected.map { row[$0].1 }.max() ?? 0 }
                let precisionPart = greedyPrecision(scores, selected: selected)
                for t in previous...k {
                    pNum[t] += precisionPart
                    pDen[t] += Double(selected.count)
                    rNum[t] += recallPart
                    rDen[t] += Double(n)
                }
                previous = k + 1
            }
            if previous < count { for t in previous..<count { rDen[t] += Double(n) } }
        }
        var result = summarize(pNum: pNum, pDen: pDen, rNum: rNum, rDen: rDen)
        result.curve = thresholds.indices.map { t in
            CaRBCurvePoint(threshold: thresholds[t], precision: pDen[t] > 0 ? pNum[t] / pDen[t] : 1, recall: rDen[t] > 0 ? rNum[t] / rDen[t] : 0)
        }
        return result
    }

    private static func index(of value: Double, in sorted: [Double]) -> Int {
        var low = 0, high = sorted.count - 1
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Greedy one-to-one matching by highest precision; ties go to the first pair found.
    private static func greedyPrecision(_ scores: [[(Double, Double)]], selected: [Int]) -> Double {
        var usedRows = [Bool](repeating: false, count: scores.count)
        var usedColumns = Set<Int>()
        var total = 0.0
        for _ in 0..<min(scores.count, selected.count) {
            var best = -1.0, bestRow = -1, bestColumn = -1
            for row in scores.indices where !usedRows[row] {
                for column in selected where !usedColumns.contains(column) && scores[row][column].0 > best {
                    best = scores[row][column].0
                    bestRow = row
                    bestColumn = column
                }
            }
            guard bestRow >= 0 else { break }
            usedRows[bestRow] = true
            usedColumns.insert(bestColumn)
            total += best
        }
        return total
    }

    private static func summarize(pNum: [Double], pDen: [Double], rNum: [Double], rDen: [Double]) -> CaRBResult {
        let precision = zip(pNum, pDen).map { $1 > 0 ? $0 / $1 : 1 }
        let recall = zip(rNum, rDen).map { $1 > 0 ? $0 / $1 : 0 }
        var best = CaRBResult(precision: 0, recall: 0, f1: 0, auc: 0, thresholds: precision.count)
        var bestF1 = -1.0
        for (p, r) in zip(precision, recall) {
            let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
            if f1 > bestF1 {
                bestF1 = f1
                best.precision = p
                best.recall = r
                best.f1 = f1
            }
        }
        let xs = recall + [0], ys = precision + [1]
        var area = 0.0
        for i in 1..<xs.count { area += (xs[i] - xs[i - 1]) * (ys[i] + ys[i - 1]) / 2 }
        best.auc = abs(area)
        return best
    }
}
