/// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the number of gold arcs a
/// transition makes unreachable. Following only zero-cost transitions from the initial state
/// rebuilds a projective gold tree exactly; from any other state it gives the best tree still
/// reachable, which is what training with exploration needs.
///
/// `gold` holds each word's gold head, `count` (the word count) for the root.
struct ArcHybridOracle {
    let gold: [Int32]

    /// The cost of a legal transition in `state`.
    func cost(of transition: ParseTransition, in state: ParserState) -> Int {
        let s0 = state.stackItem(0)
        let b0 = state.bufferFront
        let n = state.count
        switch transition {
        case .shift:
            // b0 can no longer take a head below s0 in the stack nor any stack word as dependent.
            var cost = 0
            let head = Int(gold[b0])
            for depth in 0..<state.stackSize {
                let k = Int(state.stack[depth])
                if k == head && k != s0 { cost += 1 }
                if Int(gold[k]) == b0 { cost += 1 }
            }
            return cost
        case .left:
            // s0 gets b0 as head: it loses a head in {s1} ∪ buffer and its dependents in the buffer.
            let head = Int(gold[s0])
            var cost = 0
            if head != b0 && (head == state.stackItem(1) || head > b0) { cost += 1 }
            return cost + dependents(of: s0, from: b0, to: n)
        case .right:
            // s0 gets s1 as head: it loses a head in the buffer and its dependents in the buffer.
            let head = Int(gold[s0])
            var cost = 0
            if head != state.stackItem(1) && head >= b0 { cost += 1 }
            return cost + dependents(of: s0, from: b0, to: n)
        }
    }

    private func dependents(of word: Int, from start: Int, to end: Int) -> Int {
        var total = 0
        var index = start
        while index < end {
            if Int(gold[index]) == word { total += 1 }
            index += 1
        }
        return total
    }
}
