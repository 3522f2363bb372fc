/// Projectivity checks and the lifting transform that makes a tree projective.
///
/// Trees use heads in `0..<n` and `n` for the root (as ``ArcHybridOracle`` expects).
enum Projectivity {
    /// Whether the arc into `dependent` crosses no other arc (every word between the dependent and
    /// its head is dominated by the head).
    static func isProjectiveArc(_ dependent: Int, heads: [Int32]) -> Bool {
        let n = heads.count
        let head = Int(heads[dependent])
        if head == n { return true }
        let low = min(head, dependent) + 1
        let high = max(head, dependent)
        var index = low
        while index < high {
            if !dominates(head, index, heads: heads) { return false }
            index += 1
        }
        return true
    }

    /// Whether `ancestor` dominates `word` (is on the path from `word` to the root).
    static func dominates(_ ancestor: Int, _ word: Int, heads: [Int32]) -> Bool {
        let n = heads.count
        var current = word
        var steps = 0
        while current != n && steps <= n {
            if current == ancestor { return true }
            current = Int(heads[current])
            steps += 1
        }
        return ancestor == n
    }

    /// Whether every arc of the tree is projective.
    static func isProjective(_ heads: [Int32]) -> Bool {
        (0..<heads.count).allSatisfy { isProjectiveArc($0, heads: heads) }
    }

    /// Lifts non-projective arcs (re-attaching the dependent to its head's head), shortest arc
    /// first, until the tree is projective. Labels are kept; a lifted word's head is wrong by
    /// construction, so a handful of arcs per affected tree are lost in training.
    static func projectivized(_ heads: [Int32]) -> [Int32] {
        var result = heads
        let n = heads.count
        while true {
            var shortest = -1
            var shortestLength = Int.max
            for dependent in 0..<n where !isProjectiveArc(dependent, heads: result) {
                let length = abs(Int(result[dependent]) - dependent)
                if length < shortestLength {
                    shortest = dependent
                    shortestLength = length
                }
            }
            if shortest < 0 { return result }
            result[shortest] = result[Int(result[shortest])]
        }
    }
}
