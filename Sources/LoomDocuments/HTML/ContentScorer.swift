/// Readability-style scoring: every paragraph-like text run of 25+ characters scores
/// 1 + commas + min(length / 100, 3) and passes that score to up to five ancestors (full, half, then
/// a third per level); candidates start from a tag score plus class/id hints and are finally scaled by
/// (1 − link density). The best candidate, climbed to the ancestor that holds most of the content,
/// plus the siblings that look like part of the same article, form the selection.
struct ContentScorer {
    let tree: HTMLTree
    let facts: NodeFacts
    let pass: ExtractionPass
    let options: ExtractionOptions

    /// Candidate scores (NaN for elements that never received one).
    private(set) var scores: [Double] = []

    init(tree: HTMLTree, facts: NodeFacts, pass: ExtractionPass, options: ExtractionOptions) {
        self.tree = tree
        self.facts = facts
        self.pass = pass
        self.options = options
    }

    /// Scores the page and returns the selected root elements, in document order.
    mutating func select() -> [Int32] {
        let body = Int(tree.body)
        scores = [Double](repeating: .nan, count: tree.count)
        scoreParagraphs(from: body)
        var best = -1
        for index in body ..< Int(facts.ends[body]) where !scores[index].isNaN {
            scores[index] *= 1 - pass.linkDensity(index, facts)
            if best < 0 || scores[index] > scores[best] { best = index }
        }
        guard best >= 0 else { return [Int32(body)] }
        var top = climbToSharedAncestor(best, body: body)
        top = climbWhileScoresHold(top, body: body)
        while tree.nodes[top].parent > Int32(body), facts.elementChildren[Int(tree.nodes[top].parent)] == 1 {
            top = Int(tree.nodes[top].parent)
        }
        return addingSeparateParts(siblings(of: top, body: body), top: top, body: body)
    }

    private mutating func scoreParagraphs(from body: Int) {
        var index = body
        let end = Int(facts.ends[body])
        var runOwner: Int32 = -1
        var runLength = 0
        var runCommas = 0
        while index < end {
            if pass.removed[index] {
                index = Int(facts.ends[index])
                continue
            }
            let node = tree.nodes[index]
            if node.tag == .text {
                let owner = facts.blockOwner[index]
                if owner != runOwner {
                    addRun(owner: runOwner, length: runLength, commas: runCommas)
                    runOwner = owner
                    runLength = 0
                    runCommas = 0
                }
                runLength += Int(facts.length[index])
                runCommas += Int(facts.commas[index])
            } else if node.tag.isBlock {
                addRun(owner: runOwner, length: runLength, commas: runCommas)
                runOwner = -1
                runLength = 0
                runCommas = 0
            }
            index += 1
        }
        addRun(owner: runOwner, length: runLength, commas: runCommas)
    }

    private mutating func addRun(owner: Int32, length: Int, commas: Int) {
        guard owner >= 0, length >= 25 else { return }
        let tag = tree.nodes[Int(owner)].tag
        var ancestor: Int32
        switch tag {
        case .p, .pre, .td, .h2, .h3, .h4, .h5, .h6: ancestor = tree.nodes[Int(owner)].parent
        default:
            guard tag.isContainer else { return }
            ancestor = owner
        }
        let score = 1 + Double(commas) + Double(min(length / 100, 3))
        var level = 0
        while ancestor >= 0, level < 5, tree.nodes[Int(ancestor)].tag != .html {
            let index = Int(ancestor)
            if scores[index].isNaN { scores[index] = initialScore(index) }
            let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
            scores[index] += score / divider
            ancestor = tree.nodes[index].parent
            level += 1
        }
    }

    private func initialScore(_ index: Int) -> Double {
        let node = tree.nodes[index]
        return node.tag.baseScore + (options.contains(.weightClasses) ? Double(node.hints.weight) : 0)
    }

    /// When three or more near-best candidates share an ancestor, that ancestor holds the article.
    private func climbToSharedAncestor(_ best: Int, body: Int) -> Int {
        var ranked: [Int] = []
        for index in body ..< Int(facts.ends[body]) where !scores[index].isNaN && index != best {
            if scores[index] >= 0.75 * scores[best] { ranked.append(index) }
        }
        ranked.sort { scores[$0] > scores[$1] }
        let alternatives = ranked.prefix(4)
        guard alternatives.count >= 3 else { return best }
        var ancestor = Int(tree.nodes[best].parent)
        while ancestor > body {
            let end = Int(facts.ends[ancestor])
            let contained = alternatives.filter { $0 >= ancestor && $0 < end }.count
            if contained >= 3 { return ancestor }
            ancestor = Int(tree.nodes[ancestor].parent)
        }
        return best
    }

    private func climbWhileScoresHold(_ start: Int, body: Int) -> Int {
        var top = start
        var last = scores[top].isNaN ? 0 : scores[top]
        let threshold = last / 3
        var parent = Int(tree.nodes[top].parent)
        while parent > body {
            if scores[parent].isNaN {
                parent = Int(tree.nodes[parent].parent)
                continue
            }
            let score = scores[parent]
            if score < threshold { break }
            if score > last {
                top = parent
                break
            }
            last = score
            parent = Int(tree.nodes[parent].parent)
        }
        return top
    }
}
