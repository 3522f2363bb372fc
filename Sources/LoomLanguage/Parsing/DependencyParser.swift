import Foundation

/// A greedy transition-based dependency parser (arc-hybrid, averaged perceptron), trained on
/// UD English EWT. Parses tagged words into a UD dependency tree; always returns a well-formed
/// tree (one root, no cycles, every word attached).
public struct DependencyParser: Sendable {
    /// Scores the three transitions.
    let transitions: TransitionWeights
    /// Scores arc labels; class i is `labelTable[i]`.
    let labels: LabelWeights
    /// The label of each label class.
    let labelTable: [DependencyLabel]
    /// Brown clusters of words (empty: no cluster features fire).
    let clusters: ParserClusters

    init(
        transitions: TransitionWeights, labels: LabelWeights, labelTable: [DependencyLabel],
        clusters: ParserClusters = ParserClusters()
    ) {
        self.transitions = transitions
        self.labels = labels
        self.labelTable = labelTable
        self.clusters = clusters
    }

    /// The parser model shipped with Loom (`Resources/parser.model`).
    public static func bundled() throws(ModelFileError) -> DependencyParser {
        guard let url = Bundle.module.url(forResource: "parser", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "parser", withExtension: "model")
        else { throw ModelFileError.unreadable("parser.model", "not found in the LoomLanguage resources") }
        return try DependencyParser(contentsOf: url)
    }

    /// Loads a model written by ``ParserTrainer`` / `loom train parser`.
    public init(contentsOf url: URL) throws(ModelFileError) {
        var reader = try BinaryReader(contentsOf: url)
        self = try ParserModelFile.read(from: &reader)
    }

    /// Parses one sentence.
    ///
    /// - Parameters:
    ///   - words: the sentence's tokens.
    ///   - tags: their Penn tags (missing trailing tags count as unknown).
    /// - Returns: `heads` (0-based, -1 for the single root) and UD `labels`, one per word.
    public func parse(words: [String], tags: [PennTag]) -> (heads: [Int32], labels: [DependencyLabel]) {
        let count = words.count
        guard count > 0 else { return ([], []) }
        let sentence = ParserSentence(words: words, tags: tags, clusters: clusters)
        var state = ParserState(count: count)
        var features: [UInt64] = []
        var scores = [Int32](repeating: 0, count: max(3, labels.classCount))
        let rootClass = labelTable.firstIndex(of: .root) ?? 0
        while !state.isTerminal {
            let transition: ParseTransition
            if let forced = state.forcedTransition {
                transition = forced
            } else {
                TransitionFeatures.extract(state, sentence, into: &features)
                transition = bestTransition(features, state, &scores)
            }
            var labelClass = rootClass
            if let (head, dependent) = state.arc(of: transition), head != count {
                LabelFeatures.extract(head: head, dependent: dependent, state, sentence, into: &features)
                labelClass = bestLabel(features, excluding: rootClass, &scores)
            }
            state.apply(transition, label: UInt8(labelClass))
        }
        var heads = [Int32](repeating: -1, count: count)
        var result = [DependencyLabel](repeating: .dep, count: count)
        for index in 0..<count {
            heads[index] = state.heads[index] == Int32(count) ? -1 : state.heads[index]
            result[index] = labelTable[Int(state.labels[index])]
        }
        ParseRepair.apply(words: words, tags: tags, heads: &heads, labels: &result)
        return (heads, result)
    }

    private func bestTransition(_ features: [UInt64], _ state: ParserState, _ scores: inout [Int32]) -> ParseTransition {
        scores.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            features.withUnsafeBufferPointer { transitions.score($0, into: base) }
            var best: ParseTransition?
            for transition in ParseTransition.allCases where state.isLegal(transition) {
                if best == nil || base[transition.rawValue] > base[best!.rawValue] { best = transition }
            }
            return best!
        }
    }

    private func bestLabel(_ features: [UInt64], excluding excluded: Int, _ scores: inout [Int32]) -> Int {
        let classCount = labels.classCount
        return scores.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            features.withUnsafeBufferPointer { labels.score($0, into: base) }
            var best = excluded == 0 ? 1 : 0
            for c in 0..<classCount where c != excluded && base[c] > base[best] { best = c }
            return best
        }
    }
}
