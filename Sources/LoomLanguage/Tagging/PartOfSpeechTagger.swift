import Foundation

/// A greedy averaged-perceptron part-of-speech tagger (Penn Treebank tags), trained by
/// ``TaggerTrainer`` on UD English EWT and shipped in the package (`Resources/tagger.model`).
///
/// Each word is tagged left to right from ~30 hashed features (the word, its affixes and shape, the
/// Brill lexicon's tag of it and its neighbours, neighbouring words, the two previous tags).
/// Frequent words that were unambiguous in training are tagged from a dictionary.
public struct PartOfSpeechTagger: Sendable {
    let model: PerceptronModel
    let lexicon: TaggerLexicon
    let dictionary: TaggerLexicon
    /// Hashes of the exact word forms seen in training (for the unseen-word accuracy figure).
    let vocabulary: Set<UInt64>

    init(model: PerceptronModel, lexicon: TaggerLexicon, dictionary: TaggerLexicon, vocabulary: Set<UInt64>) {
        self.model = model
        self.lexicon = lexicon
        self.dictionary = dictionary
        self.vocabulary = vocabulary
    }

    /// The model shipped in the package.
    public static func bundled() throws(ModelFileError) -> PartOfSpeechTagger {
        guard let url = Bundle.module.url(forResource: "tagger", withExtension: "model", subdirectory: "Resources")
        else { throw ModelFileError.unreadable("tagger.model", "not found in the package resources") }
        return try PartOfSpeechTagger(contentsOf: url)
    }

    /// Loads a model file written by ``TaggerTrainer``.
    public init(contentsOf url: URL) throws(ModelFileError) {
        var reader = try BinaryReader(contentsOf: url)
        self = try TaggerModelFile.read(&reader)
    }

    /// Whether the word form occurred in the training data.
    public func wasSeenInTraining(_ word: String) -> Bool { vocabulary.contains(FeatureHash.string(word)) }

    /// The tags of a sentence's words.
    public func tag(_ words: [String]) -> [PennTag] {
        guard !words.isEmpty else { return [] }
        let features = TaggerFeatures.words(words, lexicon: lexicon)
        var tags = [PennTag](repeating: .NN, count: words.count)
        var scores = [Float](repeating: 0, count: model.classCount)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.count)
        features.withUnsafeBufferPointer { padded in
            keys.withUnsafeMutableBufferPointer { keyBuffer in
                scores.withUnsafeMutableBufferPointer { scoreBuffer in
                    var p1: UInt64 = 0
                    var p2: UInt64 = 0
                    for i in 0..<words.count {
                        let tag: PennTag
                        if let known = dictionary.tag(exact: padded[i + 2].exact) {
                            tag = known
                        } else {
                            TaggerFeatures.collect(padded, at: i, previous: p1, previous2: p2, into: keyBuffer.baseAddress!)
                            let base = scoreBuffer.baseAddress!
                            for c in 0..<model.classCount { base[c] = 0 }
                            for k in 0..<TaggerFeatures.count { model.accumulate(keyBuffer[k], into: base) }
                            var best = 0
                            for c in 1..<model.classCount where base[c] > base[best] { best = c }
                            tag = PennTag(rawValue: UInt8(best)) ?? .NN
                        }
                        tags[i] = tag
                        p2 = p1
                        p1 = UInt64(tag.rawValue) + 1
                    }
                }
            }
        }
        return tags
    }
}
