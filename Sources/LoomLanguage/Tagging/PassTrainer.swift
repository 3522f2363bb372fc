/// Trains one pass of the tagger: greedy left-to-right decoding with perceptron updates at every
/// word not covered by the tag dictionary. Tags are raw values + 1 throughout (0 = none).
struct PassTrainer {
    let prepared: [[WordFeatures]]
    let gold: [[UInt8]]
    let dictionary: TaggerLexicon
    let epochs: Int
    let seed: UInt64
    /// Whether this pass tags right to left.
    var reverse = false

    /// Trains on the sentences at `indices`; with `context` (first-pass tags per sentence), the
    /// second pass's features are added. `progress` gets the epoch, the training accuracy and a
    /// function that returns the averaged model so far.
    func train(
        _ indices: [Int], context: [[UInt8]]?, threshold: Float,
        progress: (Int, Double, () -> PerceptronModel) -> Void
    ) -> PerceptronModel {
        var trainer = PerceptronTrainer(classCount: PennTag.allCases.count)
        var order = indices
        var generator = SeededGenerator(seed: seed)
        let keyCount = TaggerFeatures.count + (context == nil ? 0 : TaggerFeatures.contextCount)
        var keys = [UInt64](repeating: 0, count: keyCount)
        var scores = [Float](repeating: 0, count: PennTag.allCases.count)
        for epoch in 1...max(1, epochs) {
            var correct = 0
            var total = 0
            for index in order {
                let truth = gold[index]
                let words = prepared[index]
                let firstPass = context?[index] ?? []
                var p1: UInt64 = 0
                var p2: UInt64 = 0
                for step in truth.indices {
                    let i = reverse ? truth.count - 1 - step : step
                    var guess: UInt8
                    if let known = dictionary.tag(exact: words[i + 2].exact) {
                        guess = known.rawValue + 1
                    } else {
                        words.withUnsafeBufferPointer { padded in
                            keys.withUnsafeMutableBufferPointer { buffer in
                                let base = buffer.baseAddress!
                                TaggerFeatures.collect(padded, at: i, previous: p1, previous2: p2, into: base)
                                if context != nil {
                                    firstPass.withUnsafeBufferPointer { tags in
                                        let (own, n1, n2) = tags.around(i, reverse: reverse)
                                        TaggerFeatures.collectContext(
                                            padded, at: i, previous: p1, own: own, n1: n1, n2: n2,
                                            into: base + TaggerFeatures.count)
                                    }
                                }
                            }
                        }
                        let best = trainer.predict(keys, scores: &scores)
                        guess = UInt8(best) + 1
                        trainer.update(truth: Int(truth[i]) - 1, guess: best, features: keys)
                        trainer.tick()
                    }
                    if guess == truth[i] { correct += 1 }
                    total += 1
                    p2 = p1
                    p1 = UInt64(guess)
                }
            }
            generator.shuffle(&order)
            progress(epoch, Double(correct) / Double(max(total, 1))) { trainer.averaged(threshold: threshold) }
        }
        return trainer.averaged(threshold: threshold)
    }
}
