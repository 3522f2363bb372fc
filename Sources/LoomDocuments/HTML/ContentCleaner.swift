/// Subtree totals that the conditional cleaning looks at.
struct SubtreeCounts {
    var text: Int32 = 0, links: Int32 = 0, commas: Int32 = 0, headings: Int32 = 0, lists: Int32 = 0
    var paragraphs: Int32 = 0, images: Int32 = 0, items: Int32 = 0, inputs: Int32 = 0, embeds: Int32 = 0

    static func += (lhs: inout SubtreeCounts, rhs: SubtreeCounts) {
        lhs.text += rhs.text; lhs.links += rhs.links; lhs.commas += rhs.commas; lhs.headings += rhs.headings
        lhs.lists += rhs.lists; lhs.paragraphs += rhs.paragraphs; lhs.images += rhs.images
        lhs.items += rhs.items; lhs.inputs += rhs.inputs; lhs.embeds += rhs.embeds
    }

    static func - (lhs: SubtreeCounts, rhs: SubtreeCounts) -> SubtreeCounts {
        SubtreeCounts(
            text: lhs.text - rhs.text, links: lhs.links - rhs.links, commas: lhs.commas - rhs.commas,
            headings: lhs.headings - rhs.headings, lists: lhs.lists - rhs.lists,
            paragraphs: lhs.paragraphs - rhs.paragraphs, images: lhs.images - rhs.images,
            items: lhs.items - rhs.items, inputs: lhs.inputs - rhs.inputs, embeds: lhs.embeds - rhs.embeds)
    }
}

/// Removes what does not belong to the article from the chosen subtrees, bottom-up (so an outer
/// container is judged after its junk children are gone): share widgets, image captions and credits,
/// author lines, headings with
/// furniture class names, and — Readability's "clean conditionally" — tables, lists, divs and forms that
/// are mostly links, images, inputs or embeds, or have too little text.
struct ContentCleaner {
    let tree: HTMLTree
    let facts: NodeFacts
    let pass: ExtractionPass
    let scores: [Double]
    let options: ExtractionOptions

    func clean(roots: [Int32]) -> [Bool] {
        var removed = pass.removed
        var below = [SubtreeCounts](repeating: SubtreeCounts(), count: tree.count)
        for root in roots.map(Int.init) {
            for index in stride(from: Int(facts.ends[root]) - 1, through: root, by: -1) {
                let node = tree.nodes[index]
                guard node.tag != .text, !removed[index] else { continue }
                let counts = raw(index) - below[index]
                let parent = Int(node.parent)
                if index != root, shouldRemove(index, counts) {
                    removed[index] = true
                    below[parent] += counts
                } else if index != root {
                    below[parent] += below[index]
                }
            }
        }
        return removed
    }

    private func raw(_ index: Int) -> SubtreeCounts {
        SubtreeCounts(
            text: Int32(pass.sum(pass.text, index, facts)), links: Int32(pass.sum(pass.links, index, facts)),
            commas: Int32(pass.sum(pass.commas, index, facts)),
            headings: Int32(pass.sum(pass.headings, index, facts)),
            lists: Int32(pass.sum(pass.lists, index, facts)),
            paragraphs: Int32(pass.sum(pass.paragraphs, index, facts)),
            images: Int32(pass.sum(pass.images, index, facts)), items: Int32(pass.sum(pass.items, index, facts)),
            inputs: Int32(pass.sum(pass.inputs, index, facts)), embeds: Int32(pass.sum(pass.embeds, index, facts)))
    }

    private func shouldRemove(_ index: Int, _ counts: SubtreeCounts) -> Bool {
        let node = tree.nodes[index]
        let hints = node.hints
        if hints.has(ClassHints.share), counts.text < 500 { return true }
        if hints.has(ClassHints.caption), counts.text < 300, counts.paragraphs <= 1, counts.headings == 0 { return true }
        if hints.has(ClassHints.byline), counts.text < 100, !node.tag.isContainer || counts.paragraphs == 0 {
            return true
        }
        let weight = options.contains(.weightClasses) ? Int(hints.weight) : 0
        if node.tag == .h1 || node.tag == .h2 { return weight < 0 }
        guard options.contains(.cleanConditionally) else { return false }
        switch node.tag {
        case .table, .ul, .ol, .div, .form, .fieldset, .section: break
        default: return false
        }
        if node.tag == .table, isDataTable(index) { return false }
        let score = scores[index].isNaN ? 0 : scores[index]
        if Double(weight) + score < 0 { return true }
        guard counts.commas < 10 else { return false }
        let text = Double(max(counts.text, 0))
        let paragraphs = Double(counts.paragraphs)
        let images = Double(counts.images)
        let items = Double(counts.items) - 100
        let linkDensity = text > 0 ? Double(counts.links) / text : 0
        let headingDensity = text > 0 ? Double(counts.headings) / text : 0
        let isList = node.tag == .ul || node.tag == .ol || (text > 0 && Double(counts.lists) / text > 0.9)
        let inFigure = facts.context[index] & NodeFacts.inFigure != 0
        if images > 1, paragraphs / images < 0.5, !inFigure { return true }
        if !isList, items > paragraphs { return true }
        if Double(counts.inputs) > (paragraphs / 3).rounded(.down) { return true }
        if !isList, headingDensity < 0.9, text < 25, images == 0 || images > 2, !inFigure { return true }
        if !isList, weight < 25, linkDensity > 0.2 { return true }
        if weight >= 25, linkDensity > 0.5 { return true }
        // A list made only of links inside the article is a "related stories" box.
        if node.tag == .ul || node.tag == .ol, counts.items >= 2, linkDensity >= 0.9 { return true }
        if (counts.embeds == 1 && text < 75) || counts.embeds > 1 { return true }
        return false
    }

    /// Tables with header cells or a caption hold data, not layout.
    private func isDataTable(_ index: Int) -> Bool {
        let end = min(Int(facts.ends[index]), index + 4000)
        for inner in index ..< end where tree.nodes[inner].tag == .th || tree.nodes[inner].tag == .caption {
            return true
        }
        return false
    }
}
