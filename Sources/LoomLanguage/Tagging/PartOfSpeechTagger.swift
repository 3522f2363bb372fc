import Foundation

/// A two-pass greedy averaged-perceptron part-of-speech tagger (Penn Treebank tags), trained by
/// ``TaggerTrainer`` on UD English EWT and shipped in the package (`Resources/tagger.model`).
///
/// The first pass tags each word left to right from 45 hashed features (the word, its affixes, shape
/// and length, the Brill lexicon's tag of it and its neighbours, Brown clusters, neighbouring words,
/// the two previous tags). The second pass tags the sentence again with the same features plus the
/// first pass's tags of the word and of the next two words, so that it sees right context.
/// Frequent words that were unambiguous in training are tagged from a dictionary.
public struct PartOfSpeechTagger: Sendable {
    let model: PerceptronModel
    /// The second-pass model (nil for a one-pass tagger).
    let second: PerceptronModel?
    /// Whether the second pass runs right to left.
    let secondReversed: Bool
    let lexicon: TaggerLexicon
    let dictionary: TaggerLexicon
    /// Keys (``TaggerLexicon/key(_:)``) of the exact word forms seen in training (for the unseen-word figure).
    let vocabulary: Set<UInt32>

    init(
        model: PerceptronModel, second: PerceptronModel? = nil, secondReversed: Bool = false, lexicon: TaggerLexicon,
        dictionary: TaggerLexicon, vocabulary: Set<UInt32>
    ) {
        self.model = model
        self.second = second
        self.secondReversed = secondReversed
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

    /// Loads a model from the bytes of a model file (`name` appears in error messages).
    public init(bytes: [UInt8], name: String = "tagger.model") throws(ModelFileError) {
        var reader = BinaryReader(bytes: bytes, name: name)
        self = try TaggerModelFile.read(&reader)
    }

    /// Whether the word form occurred in the training data.
    public func wasSeenInTraining(_ word: String) -> Bool { vocabulary.contains(TaggerLexicon.key(FeatureHash.string(word))) }

    /// The tags of a sentence's words.
    public func tag(_ words: [String]) -> [PennTag] {
        guard !words.isEmpty else { return [] }
        let features = TaggerFeatures.words(words, lexicon: lexicon)
        let first = Self.run(model, dictionary: dictionary, features: features, count: words.count, context: nil, reverse: false)
        guard let second else { return first.map { PennTag(rawValue: $0 - 1) ?? .NN } }
        let final = Self.run(second, dictionary: dictionary, features: features, count: words.count, context: first, reverse: secondReversed)
        return final.map { PennTag(rawValue: $0 - 1) ?? .NN }
    }

    /// One greedy pass (left to right, or right to left when `reverse`); returns tag raw values + 1.
    /// With `context` (the first pass's output), the second pass's extra features are added.
    static func run(
        _ model: PerceptronModel, dictionary: TaggerLexicon, features: [WordFeatures], count: Int, context: [UInt8]?,
        reverse: Bool
    ) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: count)
        var scores = [Float](repeating: 0, count: model.classCount)
        let keyCount = TaggerFeatures.count + (context == nil ? 0 : TaggerFeatures.contextCount)
        var keys = [UInt64](repeating: 0, count: keyCount)
        var found = [Int](repeating: 0, count: keyCount)
        let previousTags = context ?? []
        features.withUnsafeBufferPointer { padded in
            keys.withUnsafeMutableBufferPointer { keyBuffer in
                scores.withUnsafeMutableBufferPointer { scoreBuffer in
                    previousTags.withUnsafeBufferPointer { contextTags in
                        var p1: UInt64 = 0
                        var p2: UInt64 = 0
                        let base = scoreBuffer.baseAddress!
                        let keyBase = keyBuffer.baseAddress!
                        for step in 0..<count {
                            let i = reverse ? count - 1 - step : step
                            var tag: UInt8
                            if let known = dictionary.tag(exact: padded[i + 2].exact) {
                                tag = known.rawValue + 1
                            } else {
                                TaggerFeatures.collect(padded, at: i, previous: p1, previous2: p2, into: keyBase)
                                if context != nil {
                                    let (own, n1, n2) = contextTags.around(i, reverse: reverse)
                                    TaggerFeatures.collectContext(
                                        padded, at: i, previous: p1, own: own, n1: n1, n2: n2,
                                        into: keyBase + TaggerFeatures.count)
                                }
                                for c in 0..<model.classCount { base[c] = 0 }
                                var hits = 0
                                for k in 0..<keyCount {
                                    if let index = model.featureIndex(keyBase[k]) {
                                        found[hits] = index
                                        hits += 1
                                    }
                                }
                                for h in 0..<hits { model.accumulate(index: found[h], into: base) }
                                var best = 0
                                for c in 1..<model.classCount where base[c] > base[best] { best = c }
                                tag = UInt8(best) + 1
                            }
                            tags[i] = tag
                            p2 = p1
                            p1 = UInt64(tag)
                        }
                    }
                }
            }
        }
        return tags
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The first pass's tag at `i` and at the next two positions in the pass's direction (0 outside).
    @inline(__always)
    func around(_ i: Int, reverse: Bool) -> (UInt64, UInt64, UInt64) {
        let step = reverse ? -1 : 1
        let a = i + step
        let b = i + 2 * step
        return (
            UInt64(self[i]), a >= 0 && a < count ? UInt64(self[a]) : 0, b >= 0 && b < count ? UInt64(self[b]) : 0
        )
    }
}
