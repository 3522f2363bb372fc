/// Per-node facts computed once per page, in flat arrays indexed like `HTMLTree.nodes`.
struct NodeFacts {
    /// One past the last descendant of each node.
    let ends: [Int32]
    /// Nearest block-level ancestor-or-self of each node (the element a text run belongs to).
    let blockOwner: [Int32]
    /// Visible characters of each text node (whitespace runs count once); 0 for elements.
    let length: [Int32]
    /// Commas (`,` `，` `、`) in each text node.
    let commas: [Int32]
    /// Ancestor-or-self flags: 1 link, 2 heading, 4 list, 8 figure, 16 article/main.
    let context: [UInt8]
    /// Number of element children.
    let elementChildren: [Int32]

    static let inLink: UInt8 = 1
    static let inHeading: UInt8 = 2
    static let inList: UInt8 = 4
    static let inFigure: UInt8 = 8
    static let inArticle: UInt8 = 16

    init(_ tree: HTMLTree) {
        let count = tree.count
        ends = tree.subtreeEnds()
        var owner = [Int32](repeating: -1, count: count)
        var length = [Int32](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        var context = [UInt8](repeating: 0, count: count)
        var children = [Int32](repeating: 0, count: count)
        tree.text.withUnsafeBufferPointer { text in
            for index in 0 ..< count {
                let node = tree.nodes[index]
                let parent = Int(node.parent)
                var flags: UInt8 = parent >= 0 ? context[parent] : 0
                if node.tag == .text {
                    owner[index] = parent >= 0 ? owner[parent] : -1
                    let measured = Self.measure(text, Int(node.textStart), Int(node.textEnd))
                    length[index] = measured.length
                    commas[index] = measured.commas
                } else {
                    if parent >= 0 { children[parent] += 1 }
                    owner[index] = node.tag.isBlock || parent < 0 ? Int32(index) : owner[parent]
                    switch node.tag {
                    case .a: flags |= Self.inLink
                    case .h1, .h2, .h3, .h4, .h5, .h6: flags |= Self.inHeading
                    case .ul, .ol: flags |= Self.inList
                    case .figure: flags |= Self.inFigure
                    case .article, .main: flags |= Self.inArticle
                    default: break
                    }
                }
                context[index] = flags
            }
        }
        blockOwner = owner
        self.length = length
        self.commas = commas
        self.context = context
        elementChildren = children
    }

    /// Counts visible characters (Unicode scalars, whitespace runs as one) and commas in a byte range.
    private static func measure(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (length: Int32, commas: Int32) {
        var length: Int32 = 0
        var commas: Int32 = 0
        var inSpace = true
        var index = start
        while index < end {
            let byte = text[index]
            if Whitespace.isASCIISpace(byte) {
                if !inSpace { length += 1 }
                inSpace = true
            } else if byte & 0xC0 != 0x80 {
                length += 1
                inSpace = false
                if byte == 0x2C { commas += 1 }
                // U+FF0C "，" = EF BC 8C; U+3001 "、" = E3 80 81
                else if byte == 0xEF, index + 2 < end, text[index + 1] == 0xBC, text[index + 2] == 0x8C { commas += 1 }
                else if byte == 0xE3, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0x81 { commas += 1 }
            }
            index += 1
        }
        return (length, commas)
    }
}
