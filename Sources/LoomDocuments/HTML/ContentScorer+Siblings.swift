/// Choosing what else belongs to the article once the top candidate is known.
extension ContentScorer {
    /// Articles split into several containers (by a full-width figure, an ad slot…) leave a second
    /// strong candidate outside the chosen subtree: keep candidates scoring at least half the top one
    /// (and 20 or more), with three or more paragraphs and under 10 % link text, that neither contain
    /// nor sit inside what is already selected.
    func addingSeparateParts(_ selected: [Int32], top: Int, body: Int) -> [Int32] {
        let topScore = scores[top].isNaN ? 0 : scores[top]
        var roots = selected
        var candidates: [Int] = []
        for index in body ..< Int(facts.ends[body]) where !scores[index].isNaN {
            if scores[index] >= max(20, topScore / 2) { candidates.append(index) }
        }
        candidates.sort { scores[$0] > scores[$1] }
        for candidate in candidates.prefix(20) {
            let overlaps = roots.contains { root in
                let start = Int(root), end = Int(facts.ends[start])
                return (candidate >= start && candidate < end) || (start >= candidate && start < Int(facts.ends[candidate]))
            }
            if !overlaps, pass.linkDensity(candidate, facts) < 0.1, pass.sum(pass.paragraphs, candidate, facts) >= 3 {
                roots.append(Int32(candidate))
            }
        }
        return roots.sorted()
    }

    /// The top candidate and the siblings that belong with it: scored siblings above
    /// max(10, 20 % of the top score), paragraphs with little link text, and headings, quotes, lists and
    /// tables that sit between selected siblings.
    func siblings(of top: Int, body: Int) -> [Int32] {
        let parent = Int(tree.nodes[top].parent)
        guard top != body, parent >= 0 else { return [Int32(top)] }
        let topScore = scores[top].isNaN ? 0 : scores[top]
        let threshold = max(10, topScore * 0.2)
        var selected: [Int32] = []
        // Headings, quotes, lists and tables count only when they sit between selected siblings.
        var pending: [Int32] = []
        var child = parent + 1
        while child < Int(facts.ends[parent]) {
            defer { child = Int(facts.ends[child]) }
            let node = tree.nodes[child]
            guard node.tag != .text, !pass.removed[child] else { continue }
            if child == top || (!scores[child].isNaN && scores[child] >= threshold) {
                selected.append(Int32(child))
            } else if node.tag.isHeading || node.tag == .blockquote || node.tag == .ul || node.tag == .ol
                || node.tag == .pre || node.tag == .table
            {
                pending.append(Int32(child))
            } else if node.tag == .p {
                let length = pass.sum(pass.text, child, facts)
                let density = pass.linkDensity(child, facts)
                if length > 80, density < 0.25 {
                    selected.append(Int32(child))
                } else if length > 0, length <= 80, density == 0, endsSentence(child) {
                    selected.append(Int32(child))
                }
            }
        }
        if let first = selected.first, let last = selected.last {
            selected += pending.filter { $0 > first && $0 < last && pass.linkDensity(Int($0), facts) < 0.5 }
        }
        return selected.sorted()
    }

    func endsSentence(_ node: Int) -> Bool {
        let text = tree.plainText(of: Int32(node), ends: facts.ends)
        return text.hasSuffix(".") || text.contains(". ")
    }
}
