/// Main-content extraction for one parsed page: tries the strict options first and relaxes them when
/// the result is short (under 500 characters), keeping the longest result; falls back to the whole body.
struct HTMLArticleExtractor {
    let tree: HTMLTree
    let facts: NodeFacts

    init(tree: HTMLTree) {
        self.tree = tree
        facts = NodeFacts(tree)
    }

    private static let attempts: [ExtractionOptions] = [
        [.stripUnlikely, .weightClasses, .cleanConditionally], [.weightClasses, .cleanConditionally],
        [.cleanConditionally], [],
    ]

    /// The article blocks, in document order, before title/boilerplate filtering.
    func contentBlocks() -> [TextBlock] {
        guard tree.count > 0 else { return [] }
        var best: [TextBlock] = []
        var bestLength = -1
        let writer = BlockWriter(tree: tree, facts: facts)
        for options in Self.attempts {
            let pass = ExtractionPass(tree: tree, facts: facts, options: options)
            var scorer = ContentScorer(tree: tree, facts: facts, pass: pass, options: options)
            let roots = scorer.select()
            let cleaner = ContentCleaner(tree: tree, facts: facts, pass: pass, scores: scorer.scores, options: options)
            let blocks = writer.blocks(roots: roots, removed: cleaner.clean(roots: roots))
            let length = blocks.reduce(0) { $0 + $1.text.utf8.count }
            if length > bestLength {
                best = blocks
                bestLength = length
            }
            if length >= 500 { break }
        }
        if best.isEmpty {
            let pass = ExtractionPass(tree: tree, facts: facts, options: [])
            best = writer.blocks(roots: [tree.body], removed: pass.removed)
        }
        return best
    }

    func metadata() -> ArticleMetadata {
        HTMLMetadataReader(tree: tree, facts: facts).read()
    }
}
