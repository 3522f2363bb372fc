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
        let tree = parseWithMargins(words: words, tags: tags)
        return (tree.heads, tree.labels)
    }

    /// Parses one sentence and says how sure the parser was of each word's attachment.
    ///
    /// - Returns: `heads` and `labels` as ``parse(words:tags:)`` returns them, and `margins`: for each
    ///   word, the smaller of two score margins, each in units of ``marginScale`` — the transition that
    ///   attached the word over the best other legal transition, and its label over the runner-up
    ///   label. A forced transition counts as sure (``sureMargin``); a word whose head or label
    ///   ``ParseRepair`` changed gets 0.
    public func parseWithMargins(
        words: [String], tags: [PennTag]
    ) -> (heads: [Int32], labels: [DependencyLabel], margins: [Float]) {
        let count = words.count
        guard count > 0 else { return ([], [], []) }
        let sentence = ParserSentence(words: words, tags: tags, clusters: clusters)
        var state = ParserState(count: count)
        var features: [UInt64] = []
        var scores = [Int32](repeating: 0, count: max(3, labels.classCount))
        var margins = [Float](repeating: Self.sureMargin, count: count)
        let rootClass = labelTable.firstIndex(of: .root) ?? 0
        while !state.isTerminal {
            let transition: ParseTransition
            var margin = Self.sureMargin
            if let forced = state.forcedTransition {
                transition = forced
            } else {
                TransitionFeatures.extract(state, sentence, into: &features)
                (transition, margin) = bestTransition(features, state, &scores)
            }
            var labelClass = rootClass
            if let (head, dependent) = state.arc(of: transition) {
                if head != count {
                    LabelFeatures.extract(head: head, dependent: dependent, state, sentence, into: &features)
                    let labelMargin: Float
                    (labelClass, labelMargin) = bestLabel(features, excluding: rootClass, &scores)
                    margin = min(margin, labelMargin)
                }
                if dependent >= 0 && dependent < count { margins[dependent] = margin }
            }
            state.apply(transition, label: UInt8(labelClass))
        }
        var heads = [Int32](repeating: -1, count: count)
        var result = [DependencyLabel](repeating: .dep, count: count)
        for index in 0..<count {
            heads[index] = state.heads[index] == Int32(count) ? -1 : state.heads[index]
            result[index] = labelTable[Int(state.labels[index])]
        }
        let parsedHeads = heads, parsedLabels = result
        ParseRepair.apply(words: words, tags: tags, heads: &heads, labels: &result)
        for index in 0..<count where heads[index] != parsedHeads[index] || result[index] != parsedLabels[index] {
            margins[index] = 0
        }
        return (heads, result, margins)
    }

    /// Score units of one margin (the perceptron's weights are fixed-point integers).
    public static let marginScale: Float = 1000
    /// The margin of a decision the transition system forced.
    public static let sureMargin: Float = 1000

    /// The best legal transition and its margin over the runner-up (``sureMargin`` if it was alone).
    private func bestTransition(
        _ features: [UInt64], _ state: ParserState, _ scores: inout [Int32]
    ) -> (ParseTransition, Float) {
        scores.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            features.withUnsafeBufferPointer { transitions.score($0, into: base) }
            var best: ParseTransition?
            var bestScore = Int32.min
            var second: Int32?
            for transition in ParseTransition.allCases where state.isLegal(transition) {
                let score = base[transition.rawValue]
                if best == nil || score > bestScore {
                    if best != nil { second = bestScore }
                    best = transition
                    bestScore = score
                } else {
                    second = max(second ?? score, score)
                }
            }
            let margin = second.map { Float(Int64(bestScore) - Int64($0)) / Self.marginScale } ?? Self.sureMargin
            return (best!, margin)
        }
    }

    /// The best label class other than `excluded`, and its margin over the runner-up.
    private func bestLabel(_ features: [UInt64], excluding excluded: Int, _ scores: inout [Int32]) -> (Int, Float) {
        let classCount = labels.classCount
        return scores.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            features.withUnsafeBufferPointer { labels.score($0, into: base) }
            var best = excluded == 0 ? 1 : 0
            var second = Int32.min
            for c in 0..<classCount where c != excluded && c != best {
                if base[c] > base[best] {
                    second = base[best]
                    best = c
                } else if base[c] > second {
                    second = base[c]
                }
            }
            let margin = second == Int32.min ? Self.sureMargin : Float(Int64(base[best]) - Int64(second)) / Self.marginScale
            return (best, margin)
        }
    }
}
