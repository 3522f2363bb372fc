import Foundation

/// Trains a ``PartOfSpeechTagger`` from treebank sentences (greedy averaged perceptron, Collins
/// 2002). Deterministic: the same sentences, lexicon, epochs and seed give the same model bytes.
///
/// The first pass is trained on the gold previous tags' predictions as usual. The second pass needs
/// first-pass tags of the training sentences that look like those on new text, so they come from
/// jackknifing: the training set is split into ``folds`` parts and each part is tagged by a
/// first-pass model trained on the others.
public struct TaggerTrainer: Sendable {
    /// Passes over the training data.
    public var epochs: Int
    /// Seed of the per-epoch shuffle.
    public var seed: UInt64
    /// Averaged weights smaller than this are dropped from the model (smaller file, same accuracy).
    public var pruneThreshold: Float
    /// Jackknife folds for the second pass's training input; 0 or 1 trains a one-pass tagger.
    public var folds: Int
    /// Whether the second pass tags right to left (seeing its own right-context tags and the first
    /// pass's left-context tags).
    public var reverseSecondPass: Bool
    /// Minimum count of a training word for the tag dictionary.
    public var dictionaryMinimumCount: Int
    /// How many of the most frequent training words get precomputed scores (speed only; the tags do not change).
    public var cachedWords: Int
    /// With a second pass: the share (0–1) of words outside the tag dictionary that it tags again,
    /// those whose first-pass best score leads the second best the least (measured on the jackknifed
    /// first-pass tagging of the training data); 1 tags every word again.
    public var secondPassShare: Double = 1

    public init(
        epochs: Int = 8, seed: UInt64 = 7, pruneThreshold: Float = 0.05, folds: Int = 4, reverseSecondPass: Bool = false,
        dictionaryMinimumCount: Int = 20, cachedWords: Int = 8000
    ) {
        self.cachedWords = cachedWords
        self.epochs = epochs
        self.seed = seed
        self.pruneThreshold = pruneThreshold
        self.folds = folds
        self.reverseSecondPass = reverseSecondPass
        self.dictionaryMinimumCount = dictionaryMinimumCount
    }

    /// One line of progress per epoch: epoch number, training accuracy, and dev accuracy when given.
    /// Second-pass epochs are numbered after the first pass's.
    public typealias Progress = (_ epoch: Int, _ trainAccuracy: Double, _ devAccuracy: Double?) -> Void

    /// Reads the word-class table for ``train(_:lexiconText:clustersJSON:wordClasses:dev:progress:)`` from a
    /// WordNet 3.0 dictionary folder and pattern's `en-verbs.txt` (nil: not used).
    public static func wordClasses(wordnet: URL?, verbs: URL?) throws -> [UInt64: UInt16] {
        try TaggerMorphology.build(wordnet: wordnet, verbs: verbs)
    }

    /// Trains on `sentences`; `lexiconText` is a Brill-format lexicon (`word TAG` lines), `clustersJSON`
    /// spaCy's Brown clusters, `wordClasses` the table from ``wordClasses(wordnet:verbs:)``.
    public func train(
        _ sentences: [TreebankSentence], lexiconText: String, clustersJSON: String = "", wordClasses: [UInt64: UInt16] = [:],
        dev: [TreebankSentence] = [], progress: Progress = { _, _, _ in }
    ) -> PartOfSpeechTagger {
        var lexicon = TaggerLexicon(
            TaggerLexicon.parseBrillTable(lexiconText), clusters: TaggerLexicon.parseClusters(clustersJSON))
        lexicon.addMorphology(wordClasses)
        let dictionary = Self.dictionary(sentences, minimumCount: dictionaryMinimumCount)
        var vocabulary = Set<UInt32>()
        for sentence in sentences { for form in sentence.forms { vocabulary.insert(TaggerLexicon.key(FeatureHash.string(form))) } }
        let prepared = sentences.map { TaggerFeatures.words($0.forms, lexicon: lexicon) }
        let gold = sentences.map { $0.tags.map { $0.rawValue + 1 } }
        let all = Array(sentences.indices)
        let cachedForms = WordCache.frequentForms(sentences, limit: cachedWords)
        var gap: Float?
        func tagger(_ first: PerceptronModel, _ second: PerceptronModel?) -> PartOfSpeechTagger {
            let firstWeights = TaggerWeights(first)
            var passes = [TaggingPass(weights: firstWeights, reverse: false, usesContext: false)]
            if let second { passes.append(TaggingPass(weights: TaggerWeights(second), reverse: reverseSecondPass, usesContext: true)) }
            return PartOfSpeechTagger(
                passes: passes, secondPassMargin: gap.map { Int32(min(1e9, ($0 / firstWeights.scale).rounded(.up))) },
                lexicon: lexicon, dictionary: dictionary, vocabulary: vocabulary, cachedForms: cachedForms)
        }
        let known: (WordFeatures) -> UInt8 = { dictionary.tag(exact: $0.exact).map { $0.rawValue + 1 } ?? 0 }
        let first = PassTrainer(prepared: prepared, gold: gold, dictionary: dictionary, epochs: epochs, seed: seed)
            .train(all, context: nil, threshold: pruneThreshold) { epoch, accuracy, snapshot in
                progress(epoch, accuracy, dev.isEmpty ? nil : TaggerEvaluation.evaluate(tagger(snapshot(), nil), on: dev).accuracy)
            }
        guard folds > 1 else { return tagger(first, nil) }
        var context = [[UInt8]](repeating: [], count: sentences.count)
        var gaps: [Float] = []
        for fold in 0..<folds {
            let training = all.filter { $0 % folds != fold }
            let model = PassTrainer(prepared: prepared, gold: gold, dictionary: dictionary, epochs: epochs, seed: seed &+ UInt64(fold))
                .train(training, context: nil, threshold: pruneThreshold) { _, _, _ in }
            let pass = TaggingPass(weights: TaggerWeights(model), reverse: false, usesContext: false)
            let scale = pass.weights.scale
            let measure: ((Int, [Int32]) -> Void)? = secondPassShare < 1 ? { _, scores in
                let sorted = scores.sorted(by: >)
                gaps.append(Float(sorted[0] &- sorted[1]) * scale)
            } : nil
            for index in all where index % folds == fold {
                context[index] = pass.reference(words: prepared[index], known: known, context: nil, observe: measure)
            }
        }
        if secondPassShare < 1, !gaps.isEmpty {
            gaps.sort()
            gap = gaps[min(gaps.count - 1, Int(Double(gaps.count) * max(0, secondPassShare)))]
        }
        var secondTrainer = PassTrainer(prepared: prepared, gold: gold, dictionary: dictionary, epochs: epochs, seed: seed)
        secondTrainer.reverse = reverseSecondPass
        let second = secondTrainer
            .train(all, context: context, threshold: pruneThreshold) { epoch, accuracy, snapshot in
                progress(epochs + epoch, accuracy, dev.isEmpty ? nil : TaggerEvaluation.evaluate(tagger(first, snapshot()), on: dev).accuracy)
            }
        return tagger(first, second)
    }

    /// Words seen at least `minimumCount` times with one tag in at least 97 % of them.
    static func dictionary(_ sentences: [TreebankSentence], minimumCount: Int) -> TaggerLexicon {
        var counts: [String: [PennTag: Int]] = [:]
        for sentence in sentences {
            for (form, tag) in zip(sentence.forms, sentence.tags) { counts[form, default: [:]][tag, default: 0] += 1 }
        }
        var table: [UInt64: PennTag] = [:]
        for (form, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= minimumCount, let best = tags.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) })
            else { continue }
            if Double(best.value) / Double(total) >= 0.97 { table[FeatureHash.string(form)] = best.key }
        }
        return TaggerLexicon(table)
    }
}

extension PartOfSpeechTagger {
    /// The model file's bytes (see ``TaggerModelFile``).
    public func serialized() -> [UInt8] { TaggerModelFile.write(self).bytes }
}
