/// One node of the flattened page: an element or a text run. Nodes are stored in document (pre-)order,
/// so a parent always precedes its children and a subtree is a contiguous index range.
struct HTMLNode: Sendable {
    var tag: HTMLTag
    var parent: Int32
    /// For text nodes: the byte range in `HTMLTree.text`.
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
    /// Class/id hints (see `ClassHints`).
    var hints: ClassHints = .none
}

/// Facts about the page gathered while flattening it: meta tags, `<title>`, JSON-LD, `<time>`, language.
struct HTMLPageInfo: Sendable {
    /// `(name or property or itemprop, content)`, names lower-cased.
    var meta: [(name: String, content: String)] = []
    var title: String?
    var language: String?
    var jsonLD: [String] = []
    /// `datetime` attributes of `<time>` elements, with the index of the element and whether it is
    /// marked as the publication time (`pubdate`, `itemprop="datePublished"`, a "publish" class).
    var times: [(node: Int32, datetime: String, isPublished: Bool)] = []
    /// Elements marked as author by `rel=author` or `itemprop=author`.
    var authorNodes: [Int32] = []
}

/// A parsed HTML page as flat arrays: no pointers into libxml2 survive parsing.
struct HTMLTree: Sendable {
    var nodes: [HTMLNode] = []
    /// UTF-8 bytes of all text nodes, concatenated (entities already decoded).
    var text: [UInt8] = []
    var info = HTMLPageInfo()
    /// Index of `<body>` (or of the root when the page has none).
    var body: Int32 = 0

    var count: Int { nodes.count }

    /// One past the last descendant of every node: `i ..< subtreeEnd[i]` is the subtree of `i`.
    func subtreeEnds() -> [Int32] {
        var ends = [Int32](repeating: 0, count: nodes.count)
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            if ends[index] == 0 { ends[index] = Int32(index + 1) }
            let parent = Int(nodes[index].parent)
            if parent >= 0, ends[parent] < ends[index] { ends[parent] = ends[index] }
        }
        return ends
    }

    /// The normalized text of a subtree (whitespace collapsed, no block structure).
    func plainText(of node: Int32, ends: [Int32]) -> String {
        var bytes: [UInt8] = []
        for index in Int(node) ..< Int(ends[Int(node)]) where nodes[index].tag == .text {
            bytes.append(contentsOf: text[Int(nodes[index].textStart) ..< Int(nodes[index].textEnd)])
        }
        return Whitespace.collapse(bytes)
    }
}
