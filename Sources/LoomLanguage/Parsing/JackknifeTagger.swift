/// A small greedy averaged-perceptron tagger used only while training the parser: tagging each
/// fold of the training treebank with a tagger trained on the other folds (jackknifing) gives the
/// parser training tags with realistic errors, like the ones it meets behind a real tagger.
struct JackknifeTagger {
    private var model: PerceptronModel?
    private var trainer = PerceptronTrainer(classCount: PennTag.allCases.count)
    private var features: [UInt64] = []
    private var scores = [Float](repeating: 0, count: PennTag.allCases.count)

    /// Replaces the tags of every sentence with ones predicted by a tagger trained on the other
    /// `folds - 1` folds (sentences are assigned to folds round-robin).
    static func jackknifed(
        _ sentences: [TreebankSentence], folds: Int, trainTagger: ParserTrainer.TagTrainer = Self.trainer
    ) -> [TreebankSentence] {
        var result = sentences
        for fold in 0..<folds {
            let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let tag = trainTagger(training)
            for index in sentences.indices where index % folds == fold {
                result[index].tags = tag(sentences[index].forms)
            }
        }
        return result
    }

    /// Trains this small tagger and returns it as a tagging function.
    static func trainer(_ sentences: [TreebankSentence]) -> @Sendable ([String]) -> [PennTag] {
        var tagger = JackknifeTagger()
        tagger.train(sentences, epochs: 5)
        let trained = tagger
        return { words in
            var copy = trained
            return copy.tag(words)
        }
    }

    /// Trains on gold tags (sentence order fixed, so training is deterministic).
    mutating func train(_ sentences: [TreebankSentence], epochs: Int) {
        var random = SplitMix64(seed: 0x7461_6767)
        var order = Array(sentences.indices)
        for _ in 0..<epochs {
            random.shuffle(&order)
            for sentence in order.map({ sentences[$0] }) {
                var previous: (UInt64, UInt64) = (255, 255)
                for index in 0..<sentence.count {
                    extract(sentence.forms, index, previous)
                    let guess = trainer.predict(features, scores: &scores)
                    let truth = Int(sentence.tags[index].rawValue)
                    trainer.update(truth: truth, guess: guess, features: features)
                    trainer.tick()
                    previous = (previous.1, UInt64(truth))
                }
            }
        }
        model = trainer.averaged()
    }

    /// Tags a sentence with the averaged model.
    mutating func tag(_ words: [String]) -> [PennTag] {
        guard let model else { return [] }
        var tags: [PennTag] = []
        var previous: (UInt64, UInt64) = (255, 255)
        for index in words.indices {
            extract(words, index, previous)
            let best = model.predict(features, scores: &scores)
            tags.append(PennTag(rawValue: UInt8(best))!)
            previous = (previous.1, UInt64(best))
        }
        return tags
    }

    private mutating func extract(_ words: [String], _ index: Int, _ previous: (UInt64, UInt64)) {
        features.removeAll(keepingCapacity: true)
        let word = words[index]
        let scalars = Array(word.unicodeScalars)
        func suffix(_ length: Int) -> UInt64 {
            FeatureHash.string(String(String.UnicodeScalarView(scalars.suffix(length))))
        }
        func prefix(_ length: Int) -> UInt64 {
            FeatureHash.string(String(String.UnicodeScalarView(scalars.prefix(length))))
        }
        let nextSuffix: UInt64 = index + 1 < words.count
            ? FeatureHash.string(String(String.UnicodeScalarView(words[index + 1].unicodeScalars.suffix(3)))) : 0
        let first = word.unicodeScalars.first
        let shape: UInt64 =
            (first.map { $0.properties.isUppercase } == true ? 1 : 0)
            | (word.unicodeScalars.contains { $0.properties.numericType != nil } ? 2 : 0)
            | (word.contains("-") ? 4 : 0) | (index == 0 ? 8 : 0)
        let near = { (offset: Int) -> UInt64 in
            let position = index + offset
            return position >= 0 && position < words.count ? ParserSentence.hash(words[position]) : 0
        }
        features.append(FeatureHash.combine(2001, 0))
        features.append(FeatureHash.combine(2002, ParserSentence.hash(word)))
        features.append(FeatureHash.combine(2003, FeatureHash.string(word)))
        features.append(FeatureHash.combine(2004, suffix(1)))
        features.append(FeatureHash.combine(2005, suffix(2)))
        features.append(FeatureHash.combine(2006, suffix(3)))
        features.append(FeatureHash.combine(2007, shape))
        features.append(FeatureHash.combine(2008, previous.1))
        features.append(FeatureHash.combine(2009, previous.0 << 8 | previous.1))
        features.append(FeatureHash.combine(2010, near(-1)))
        features.append(FeatureHash.combine(2011, near(1)))
        features.append(FeatureHash.combine(2012, near(2)))
        features.append(FeatureHash.combine(2013, near(-2)))
        features.append(FeatureHash.combine(2014, previous.1, ParserSentence.hash(word)))
        features.append(FeatureHash.combine(2015, near(1), suffix(3)))
        features.append(FeatureHash.combine(2016, suffix(4)))
        features.append(FeatureHash.combine(2017, prefix(1)))
        features.append(FeatureHash.combine(2018, prefix(2)))
        features.append(FeatureHash.combine(2019, prefix(3)))
        features.append(FeatureHash.combine(2020, previous.1, suffix(3)))
        features.append(FeatureHash.combine(2021, near(-1), previous.1))
        features.append(FeatureHash.combine(2022, nextSuffix))
        features.append(FeatureHash.combine(2023, ParserSentence.hash(word), near(1)))
        features.append(FeatureHash.combine(2024, ParserSentence.hash(word), near(-1)))
        features.append(FeatureHash.combine(2025, shape, suffix(3)))
    }
}
