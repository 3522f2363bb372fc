/// Switches for one extraction attempt; later attempts relax them when too little text was found.
struct ExtractionOptions: OptionSet, Sendable {
    let rawValue: UInt8
    /// Drop elements whose class/id looks like navigation, comments, related links… before scoring.
    static let stripUnlikely = ExtractionOptions(rawValue: 1)
    /// Add ±25 per class/id hint to candidate scores.
    static let weightClasses = ExtractionOptions(rawValue: 2)
    /// Remove link-heavy, image-heavy or form-like containers from the chosen content.
    static let cleanConditionally = ExtractionOptions(rawValue: 4)
}

/// The elements removed in one attempt and subtree sums over what remains (prefix sums in document
/// order, so any subtree total is one subtraction).
struct ExtractionPass {
    var removed: [Bool]
    /// Prefix sums (count + 1 entries each).
    var text: [Int32], links: [Int32], commas: [Int32], headings: [Int32], lists: [Int32]
    var paragraphs: [Int32], images: [Int32], items: [Int32], inputs: [Int32], embeds: [Int32]

    init(tree: HTMLTree, facts: NodeFacts, options: ExtractionOptions) {
        let count = tree.count
        var removed = [Bool](repeating: false, count: count)
        let strip = options.contains(.stripUnlikely)
        for index in 0 ..< count {
            let node = tree.nodes[index]
            let parent = Int(node.parent)
            if parent >= 0, removed[parent] {
                removed[index] = true
                continue
            }
            guard node.tag != .text else { continue }
            let hints = node.hints
            let pageHeader = node.tag == .header && facts.context[index] & NodeFacts.inArticle == 0
            if node.tag.isDropped || node.tag.isFurniture || pageHeader || hints.has(ClassHints.hidden) {
                removed[index] = true
            } else if strip, node.tag != .body, node.tag != .a, node.tag != .html,
                hints.has(ClassHints.unlikelyRole)
                    || (hints.has(ClassHints.unlikely) && !hints.has(ClassHints.maybeCandidate))
            {
                removed[index] = true
            }
        }
        self.removed = removed
        var text = [Int32](repeating: 0, count: count + 1)
        var links = text, commas = text, headings = text, lists = text
        var paragraphs = text, images = text, items = text, inputs = text, embeds = text
        for index in 0 ..< count {
            let kept = !removed[index]
            let node = tree.nodes[index]
            var length: Int32 = 0, comma: Int32 = 0, link: Int32 = 0, heading: Int32 = 0, list: Int32 = 0
            var paragraph: Int32 = 0, image: Int32 = 0, item: Int32 = 0
            if kept {
                if node.tag == .text {
                    length = facts.length[index]
                    comma = facts.commas[index]
                    let context = facts.context[index]
                    if context & NodeFacts.inLink != 0 { link = length }
                    if context & NodeFacts.inHeading != 0 { heading = length }
                    if context & NodeFacts.inList != 0 { list = length }
                } else {
                    switch node.tag {
                    case .p: paragraph = 1
                    case .img: image = 1
                    case .li: item = 1
                    default: break
                    }
                }
            }
            text[index + 1] = text[index] + length
            commas[index + 1] = commas[index] + comma
            links[index + 1] = links[index] + link
            headings[index + 1] = headings[index] + heading
            lists[index + 1] = lists[index] + list
            paragraphs[index + 1] = paragraphs[index] + paragraph
            images[index + 1] = images[index] + image
            items[index + 1] = items[index] + item
            // Inputs and embeds never carry text (they are always removed) but are still counted.
            let isInput = node.tag == .input || node.tag == .select || node.tag == .textarea
            inputs[index + 1] = inputs[index] + (isInput ? 1 : 0)
            let isEmbed = node.tag == .embed || node.tag == .object || node.tag == .iframe
            embeds[index + 1] = embeds[index] + (isEmbed ? 1 : 0)
        }
        self.text = text
        self.links = links
        self.commas = commas
        self.headings = headings
        self.lists = lists
        self.paragraphs = paragraphs
        self.images = images
        self.items = items
        self.inputs = inputs
        self.embeds = embeds
    }

    @inline(__always)
    func sum(_ sums: [Int32], _ node: Int, _ facts: NodeFacts) -> Int {
        Int(sums[Int(facts.ends[node])] - sums[node])
    }

    /// Share of a subtree's text that sits inside links.
    func linkDensity(_ node: Int, _ facts: NodeFacts) -> Double {
        let length = sum(text, node, facts)
        return length == 0 ? 0 : Double(sum(links, node, facts)) / Double(length)
    }
}
