/// An arc-hybrid parser configuration over flat arrays: stack, buffer front, the arcs built so far
/// and, per word, the two leftmost and two rightmost children and the number of children on each
/// side (the feature extractor reads these).
///
/// Heads are stored as word indices, with `n` (the word count) for the virtual root and -1 while a
/// word has no head yet.
struct ParserState {
    let count: Int
    var stack: [Int32]
    var stackSize = 0
    var bufferFront = 0
    var heads: [Int32]
    var labels: [UInt8]
    var left1: [Int32]
    var left2: [Int32]
    var right1: [Int32]
    var right2: [Int32]
    var leftCount: [UInt8]
    var rightCount: [UInt8]

    init(count: Int) {
        self.count = count
        stack = Array(repeating: -1, count: count + 1)
        heads = Array(repeating: -1, count: count + 1)
        labels = Array(repeating: 0, count: count + 1)
        left1 = Array(repeating: -1, count: count + 1)
        left2 = Array(repeating: -1, count: count + 1)
        right1 = Array(repeating: -1, count: count + 1)
        right2 = Array(repeating: -1, count: count + 1)
        leftCount = Array(repeating: 0, count: count + 1)
        rightCount = Array(repeating: 0, count: count + 1)
    }

    /// The index of the virtual root.
    var root: Int { count }

    /// The i-th stack element from the top (0 = top), or -1.
    @inline(__always)
    func stackItem(_ depth: Int) -> Int {
        depth < stackSize ? Int(stack[stackSize - 1 - depth]) : -1
    }

    /// The i-th buffer element (0 = front; the root counts as the last buffer element), or -1.
    @inline(__always)
    func bufferItem(_ offset: Int) -> Int {
        let index = bufferFront + offset
        return index <= count ? index : -1
    }

    /// Whether parsing is finished (every word has a head).
    var isTerminal: Bool { stackSize == 0 && bufferFront == count }

    /// The only legal transition, when there is just one (no need to score then).
    var forcedTransition: ParseTransition? {
        if stackSize == 0 { return .shift }
        if bufferFront == count { return stackSize == 1 ? .left : .right }
        return nil
    }

    /// Whether a transition may be applied now.
    @inline(__always)
    func isLegal(_ transition: ParseTransition) -> Bool {
        switch transition {
        case .shift: return bufferFront < count
        case .left: return stackSize > 0 && (bufferFront < count || stackSize == 1)
        case .right: return stackSize > 1
        }
    }

    /// The word that gets a head from `transition` and that head, or nil for shift.
    @inline(__always)
    func arc(of transition: ParseTransition) -> (head: Int, dependent: Int)? {
        switch transition {
        case .shift: return nil
        case .left: return (bufferFront, stackItem(0))
        case .right: return (stackItem(1), stackItem(0))
        }
    }

    /// Applies a legal transition; arcs get `label`.
    mutating func apply(_ transition: ParseTransition, label: UInt8) {
        switch transition {
        case .shift:
            stack[stackSize] = Int32(bufferFront)
            stackSize += 1
            bufferFront += 1
        case .left, .right:
            let (head, dependent) = arc(of: transition)!
            stackSize -= 1
            attach(dependent, to: head, label: label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: UInt8) {
        heads[dependent] = Int32(head)
        labels[dependent] = label
        let child = Int32(dependent)
        if dependent < head {
            if left1[head] < 0 || child < left1[head] {
                left2[head] = left1[head]
                left1[head] = child
            } else if left2[head] < 0 || child < left2[head] {
                left2[head] = child
            }
            leftCount[head] &+= leftCount[head] == 255 ? 0 : 1
        } else {
            if right1[head] < 0 || child > right1[head] {
                right2[head] = right1[head]
                right1[head] = child
            } else if right2[head] < 0 || child > right2[head] {
                right2[head] = child
            }
            rightCount[head] &+= rightCount[head] == 255 ? 0 : 1
        }
    }
}
