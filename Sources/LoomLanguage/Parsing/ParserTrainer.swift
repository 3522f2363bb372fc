import Foundation

/// Settings of ``ParserTrainer``.
public struct ParserTrainingOptions: Sendable {
    /// Maximum number of passes over the training trees; the epoch with the best development LAS
    /// is kept.
    public var epochs: Int
    /// Seed of the shuffling and exploration generator.
    public var seed: UInt64
    /// Probability of following the model's own (wrong) transition from the second epoch on, so
    /// that the parser learns to recover from its mistakes (dynamic-oracle exploration).
    public var exploration: Double
    /// Averaged weights below this magnitude are dropped from the saved model.
    public var pruneThreshold: Float
    /// When above 1, the parser trains on tags predicted by jackknifing (see ``JackknifeTagger``)
    /// over this many folds, and the development trees are tagged by a tagger trained on all the
    /// training trees; when 0 or 1 it trains on gold tags.
    public var jackknifeFolds: Int

    public init(
        epochs: Int = 15, seed: UInt64 = 0x4c4f_4f4d, exploration: Double = 0.9, pruneThreshold: Float = 1.0,
        jackknifeFolds: Int = 0
    ) {
        self.jackknifeFolds = jackknifeFolds
        self.epochs = epochs
        self.seed = seed
        self.exploration = exploration
        self.pruneThreshold = pruneThreshold
    }
}

/// What happened in one training epoch.
public struct ParserEpochReport: Sendable {
    public var epoch: Int
    /// Share of transitions the model got wrong (cost above the best) during the epoch.
    public var trainErrorRate: Double
    /// Scores of the averaged model after this epoch on the development trees.
    public var dev: ParserScores
}

/// Trains a ``DependencyParser`` with the arc-hybrid dynamic oracle and an averaged perceptron.
///
/// Non-projective training trees are projectivized by lifting (see ``Projectivity``) rather than
/// skipped: the lifted tree keeps all the other arcs of the sentence. Training is deterministic.
public struct ParserTrainer {
    /// Trains a tagger on gold-tagged trees and returns it as a tagging function (for jackknifing).
    public typealias TagTrainer = ([TreebankSentence]) -> @Sendable ([String]) -> [PennTag]

    public let options: ParserTrainingOptions
    /// Brown clusters of words, stored in the trained model.
    let clusters: ParserClusters
    /// With jackknifing: accuracy (%) of the predicted training tags and development tags.
    public private(set) var jackknifeAccuracy: (train: Double, dev: Double)?
    private var transitions = PerceptronTrainer(classCount: ParseTransition.allCases.count)
    private var labels = PerceptronTrainer(classCount: DependencyLabel.allCases.count)
    private var random: SplitMix64
    private var features: [UInt64] = []
    private var scores = [Float](repeating: 0, count: DependencyLabel.allCases.count)

    /// A trainer; `clustersJSON` holds spaCy's Brown clusters (`{"word": path, …}`; empty: no
    /// cluster features).
    public init(options: ParserTrainingOptions = ParserTrainingOptions(), clustersJSON: String = "") {
        self.options = options
        clusters = ParserClusters(json: clustersJSON)
        random = SplitMix64(seed: options.seed)
    }

    /// How many trees of `sentences` are not projective.
    public static func nonProjectiveCount(_ sentences: [TreebankSentence]) -> Int {
        sentences.filter { !Projectivity.isProjective(rootedHeads($0.heads)) }.count
    }

    static func tagAccuracy(_ predicted: [TreebankSentence], gold: [TreebankSentence]) -> Double {
        var hits = 0, total = 0
        for (p, g) in zip(predicted, gold) {
            hits += zip(p.tags, g.tags).filter { $0 == $1 }.count
            total += g.count
        }
        return 100 * Double(hits) / Double(max(total, 1))
    }

    /// Heads with the root written as the word count (the oracle's convention).
    static func rootedHeads(_ heads: [Int32]) -> [Int32] {
        heads.map { $0 < 0 ? Int32(heads.count) : $0 }
    }

    /// The tags that jackknifed training uses: `train` tagged fold by fold (see ``JackknifeTagger``),
    /// `dev` by a tagger trained on all of `train`. Deterministic, so they can be computed once, saved
    /// (``TaggedTreebankCache``) and passed back to ``train(_:dev:tagTrainer:predictedTags:progress:)``.
    public static func jackknifedTags(
        _ train: [TreebankSentence], dev: [TreebankSentence], folds: Int, tagTrainer: TagTrainer? = nil
    ) -> (train: [[PennTag]], dev: [[PennTag]]) {
        let trainTagger = tagTrainer ?? JackknifeTagger.trainer
        let tag = trainTagger(train)
        let jackknifed = JackknifeTagger.jackknifed(train, folds: folds, trainTagger: trainTagger)
        return (jackknifed.map(\.tags), dev.map { tag($0.forms) })
    }

    /// Trains on `trainTrees`, scores each epoch on `devTrees` and returns the parser of the epoch with the best
    /// development LAS, that epoch (1-based) and all epoch reports. With jackknifing, `tagTrainer`
    /// trains the fold taggers (default: the parser's own small tagger), unless `predictedTags`
    /// (from ``jackknifedTags(_:dev:folds:tagTrainer:)``) are given.
    public mutating func train(
        _ trainTrees: [TreebankSentence], dev devTrees: [TreebankSentence],
        tagTrainer: TagTrainer? = nil, predictedTags: (train: [[PennTag]], dev: [[PennTag]])? = nil,
        progress: (ParserEpochReport) -> Void = { _ in }
    ) -> (parser: DependencyParser, bestEpoch: Int, reports: [ParserEpochReport]) {
        var train = trainTrees
        var dev = devTrees
        if options.jackknifeFolds > 1 {
            let tags = predictedTags ?? Self.jackknifedTags(
                trainTrees, dev: devTrees, folds: options.jackknifeFolds, tagTrainer: tagTrainer)
            precondition(
                tags.train.map(\.count) == trainTrees.map(\.count) && tags.dev.map(\.count) == devTrees.map(\.count),
                "predicted tags do not fit the trees")
            for index in train.indices { train[index].tags = tags.train[index] }
            for index in dev.indices { dev[index].tags = tags.dev[index] }
            jackknifeAccuracy = (Self.tagAccuracy(train, gold: trainTrees), Self.tagAccuracy(dev, gold: devTrees))
        }
        let golds = train.map { Projectivity.projectivized(Self.rootedHeads($0.heads)) }
        var order = Array(train.indices)
        var best: (parser: DependencyParser, las: Double, epoch: Int)?
        var reports: [ParserEpochReport] = []
        for epoch in 1...max(options.epochs, 1) {
            random.shuffle(&order)
            var errors = 0, steps = 0
            for index in order where train[index].count > 0 {
                let (e, s) = trainSentence(train[index], gold: golds[index], explore: epoch > 1)
                errors += e
                steps += s
            }
            let parser = current()
            let dev = ParserEvaluation.evaluate(parser, on: dev)
            let report = ParserEpochReport(epoch: epoch, trainErrorRate: Double(errors) / Double(max(steps, 1)), dev: dev)
            reports.append(report)
            progress(report)
            if best == nil || dev.las > best!.las { best = (parser, dev.las, epoch) }
        }
        return (best!.parser, best!.epoch, reports)
    }

    /// The averaged parser as trained so far.
    public func current() -> DependencyParser {
        DependencyParser(
            transitions: TransitionWeights(transitions.averaged(threshold: options.pruneThreshold)),
            labels: LabelWeights(labels.averaged(threshold: options.pruneThreshold)),
            labelTable: DependencyLabel.allCases, clusters: clusters)
    }

    private mutating func trainSentence(_ tree: TreebankSentence, gold: [Int32], explore: Bool) -> (errors: Int, steps: Int) {
        let count = tree.count
        let sentence = ParserSentence(words: tree.forms, tags: tree.tags, clusters: clusters)
        let oracle = ArcHybridOracle(gold: gold)
        var state = ParserState(count: count)
        var errors = 0, steps = 0
        let rootClass = Int(DependencyLabel.root.rawValue)
        while !state.isTerminal {
            if let forced = state.forcedTransition {
                var labelClass = rootClass
                if let (head, dependent) = state.arc(of: forced), head != count {
                    labelClass = trainLabel(head: head, dependent: dependent, state, sentence, tree, gold)
                }
                state.apply(forced, label: UInt8(labelClass))
                continue
            }
            TransitionFeatures.extract(state, sentence, into: &features)
            for c in 0..<3 { scores[c] = 0 }
            transitions.score(features, into: &scores)
            var guess = -1, truth = -1
            var costs = (0, 0, 0)
            var minCost = Int.max
            for transition in ParseTransition.allCases where state.isLegal(transition) {
                let c = oracle.cost(of: transition, in: state)
                switch transition { case .shift: costs.0 = c; case .left: costs.1 = c; case .right: costs.2 = c }
                let t = transition.rawValue
                if guess < 0 || scores[t] > scores[guess] { guess = t }
                if c < minCost || (c == minCost && scores[t] > scores[truth]) {
                    minCost = c
                    truth = t
                }
            }
            let guessCost = [costs.0, costs.1, costs.2][guess]
            steps += 1
            var chosen = guess
            if guessCost > minCost {
                errors += 1
                transitions.update(truth: truth, guess: guess, features: features)
                if !(explore && random.nextUnit() < options.exploration) { chosen = truth }
            }
            transitions.tick()
            let transition = ParseTransition(rawValue: chosen)!
            var labelClass = rootClass
            if let (head, dependent) = state.arc(of: transition), head != count {
                labelClass = trainLabel(head: head, dependent: dependent, state, sentence, tree, gold)
            }
            state.apply(transition, label: UInt8(labelClass))
        }
        return (errors, steps)
    }

    private mutating func trainLabel(
        head: Int, dependent: Int, _ state: ParserState, _ sentence: ParserSentence, _ tree: TreebankSentence,
        _ gold: [Int32]
    ) -> Int {
        LabelFeatures.extract(head: head, dependent: dependent, state, sentence, into: &features)
        let rootClass = Int(DependencyLabel.root.rawValue)
        for c in 0..<scores.count { scores[c] = 0 }
        labels.score(features, into: &scores)
        var guess = rootClass == 0 ? 1 : 0
        for c in 0..<scores.count where c != rootClass && scores[c] > scores[guess] { guess = c }
        let truth = Int(tree.labels[dependent].rawValue)
        if Int(gold[dependent]) == head && truth != rootClass {
            labels.update(truth: truth, guess: guess, features: features)
        }
        labels.tick()
        return guess
    }
}
