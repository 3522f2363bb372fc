/// One block of article text (a paragraph, heading, list item, quote or table cell).
struct TextBlock: Sendable, Hashable {
    var text: String
    /// Tag of the block-level element the text belongs to.
    var tag: HTMLTag
}

/// Turns the kept parts of chosen subtrees into text blocks: inline text is joined, whitespace collapsed,
/// and every block-level element or `<br>` starts a new block.
struct BlockWriter {
    let tree: HTMLTree
    let facts: NodeFacts

    func blocks(roots: [Int32], removed: [Bool]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var buffer: [UInt8] = []
        var pendingSpace = false
        var owner: Int32 = -1
        func flush() {
            if !buffer.isEmpty, owner >= 0 {
                blocks.append(TextBlock(text: String(decoding: buffer, as: UTF8.self), tag: tree.nodes[Int(owner)].tag))
            }
            buffer.removeAll(keepingCapacity: true)
            pendingSpace = false
            owner = -1
        }
        tree.text.withUnsafeBufferPointer { text in
            for root in roots.map(Int.init) {
                var index = root
                let end = Int(facts.ends[root])
                while index < end {
                    if removed[index] {
                        index = Int(facts.ends[index])
                        continue
                    }
                    let node = tree.nodes[index]
                    if node.tag == .text {
                        let nodeOwner = facts.blockOwner[index]
                        if nodeOwner != owner {
                            flush()
                            owner = nodeOwner
                        }
                        let slice = UnsafeBufferPointer(rebasing: text[Int(node.textStart) ..< Int(node.textEnd)])
                        Whitespace.appendCollapsed(slice, to: &buffer, pendingSpace: &pendingSpace)
                    } else if node.tag.isBlock {
                        flush()
                    }
                    index += 1
                }
                flush()
            }
        }
        return blocks
    }
}
