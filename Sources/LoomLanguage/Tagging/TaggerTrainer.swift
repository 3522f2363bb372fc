/// Trains a ``PartOfSpeechTagger`` from treebank sentences (greedy averaged perceptron, Collins
/// 2002). Deterministic: the same sentences, lexicon, epochs and seed give the same model bytes.
public struct TaggerTrainer: Sendable {
    /// Passes over the training data.
    public var epochs: Int
    /// Seed of the per-epoch shuffle.
    public var seed: UInt64
    /// Averaged weights smaller than this are dropped from the model (smaller file, same accuracy).
    public var pruneThreshold: Float

    public init(epochs: Int = 8, seed: UInt64 = 7, pruneThreshold: Float = 0.05) {
        self.epochs = epochs
        self.seed = seed
        self.pruneThreshold = pruneThreshold
    }

    /// One line of progress per epoch: epoch number, training accuracy, and dev accuracy when given.
    public typealias Progress = (_ epoch: Int, _ trainAccuracy: Double, _ devAccuracy: Double?) -> Void

    /// Trains on `sentences`; `lexiconText` is a Brill-format lexicon (`word TAG` lines).
    public func train(
        _ sentences: [TreebankSentence], lexiconText: String, clustersJSON: String = "", dev: [TreebankSentence] = [],
        progress: Progress = { _, _, _ in }
    ) -> PartOfSpeechTagger {
        var lexicon = TaggerLexicon.parseBrill(lexiconText)
        lexicon = TaggerLexicon(
            Dictionary(uniqueKeysWithValues: lexicon.sortedEntries.map { ($0.0, $0.1) }),
            clusters: TaggerLexicon.parseClusters(clustersJSON))
        let dictionary = Self.dictionary(sentences)
        var vocabulary = Set<UInt64>()
        for sentence in sentences { for form in sentence.forms { vocabulary.insert(FeatureHash.string(form)) } }
        let prepared = sentences.map { TaggerFeatures.words($0.forms, lexicon: lexicon) }
        var trainer = PerceptronTrainer(classCount: PennTag.allCases.count)
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: PennTag.allCases.count)
        for epoch in 1...max(1, epochs) {
            var correct = 0
            var total = 0
            for index in order {
                let gold = sentences[index].tags
                var p1: UInt64 = 0
                var p2: UInt64 = 0
                for i in gold.indices {
                    let words = prepared[index]
                    var guess: PennTag
                    if let known = dictionary.tag(exact: words[i + 2].exact) {
                        guess = known
                    } else {
                        words.withUnsafeBufferPointer { padded in
                            keys.withUnsafeMutableBufferPointer {
                                TaggerFeatures.collect(padded, at: i, previous: p1, previous2: p2, into: $0.baseAddress!)
                            }
                        }
                        let best = trainer.predict(keys, scores: &scores)
                        guess = PennTag(rawValue: UInt8(best)) ?? .NN
                        trainer.update(truth: Int(gold[i].rawValue), guess: best, features: keys)
                        trainer.tick()
                    }
                    if guess == gold[i] { correct += 1 }
                    total += 1
                    p2 = p1
                    p1 = UInt64(guess.rawValue) + 1
                }
            }
            order.shuffle(using: &generator)
            let trainAccuracy = Double(correct) / Double(max(total, 1))
            var devAccuracy: Double?
            if !dev.isEmpty {
                let snapshot = PartOfSpeechTagger(
                    model: trainer.averaged(threshold: pruneThreshold), lexicon: lexicon, dictionary: dictionary,
                    vocabulary: vocabulary)
                devAccuracy = TaggerEvaluation.evaluate(snapshot, on: dev).accuracy
            }
            progress(epoch, trainAccuracy, devAccuracy)
        }
        return PartOfSpeechTagger(
            model: trainer.averaged(threshold: pruneThreshold), lexicon: lexicon, dictionary: dictionary,
            vocabulary: vocabulary)
    }

    /// Words seen at least 20 times with one tag in at least 97 % of them.
    static func dictionary(_ sentences: [TreebankSentence]) -> TaggerLexicon {
        var counts: [String: [PennTag: Int]] = [:]
        for sentence in sentences {
            for (form, tag) in zip(sentence.forms, sentence.tags) { counts[form, default: [:]][tag, default: 0] += 1 }
        }
        var table: [UInt64: PennTag] = [:]
        for (form, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= 20, let best = tags.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) })
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
