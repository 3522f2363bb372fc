import Foundation

/// A greedy averaged-perceptron part-of-speech tagger (Penn Treebank tags) with an optional second
/// pass, trained by ``TaggerTrainer`` on UD English EWT and shipped in the package
/// (`Resources/tagger.model`).
///
/// The first pass tags each word left to right from 52 hashed features (the word, its affixes, shape
/// and length, the Brill lexicon's tag of it and its neighbours, WordNet word classes, Brown
/// clusters, whether the sentence looks like a headline, neighbouring words,
/// the two previous tags). A second pass, when the model has one, tags the sentence again with the
/// same features plus the first pass's tags of the word and of the next two words, so that it sees
/// right context. Frequent words that were unambiguous in training are tagged from a dictionary.
///
/// Speed: scores are sums of 16-bit weights in `Int32`; the blocks of frequent words' features are
/// precomputed when the model loads (``WordCache``), so a token costs a word hash, a cache probe and
/// about a dozen feature lookups per pass.
public struct PartOfSpeechTagger: Sendable {
    let passes: [TaggingPass]
    let lexicon: TaggerLexicon
    let dictionary: TaggerLexicon
    /// Keys (``TaggerLexicon/key(_:)``) of the exact word forms seen in training (for the unseen-word figure).
    let vocabulary: Set<UInt32>
    let cache: WordCache

    init(passes: [TaggingPass], lexicon: TaggerLexicon, dictionary: TaggerLexicon, vocabulary: Set<UInt32>, cachedForms: [String]) {
        self.passes = passes
        self.lexicon = lexicon
        self.dictionary = dictionary
        self.vocabulary = vocabulary
        cache = WordCache(forms: cachedForms, lexicon: lexicon, dictionary: dictionary, passes: passes)
    }

    /// The second pass, if the model has one.
    var second: TaggingPass? { passes.count > 1 ? passes[1] : nil }
    /// Whether the second pass runs right to left.
    var secondReversed: Bool { second?.reverse ?? false }

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
        let count = words.count
        guard count > 0 else { return [] }
        var features: [WordFeatures] = []
        features.reserveCapacity(count + 4)
        features.append(.padding)
        features.append(.padding)
        var cached = [Int32](repeating: -1, count: count)
        var known = [UInt8](repeating: 0, count: count)
        var uncached: [Int] = []
        for (position, word) in words.enumerated() {
            if let index = cache.index(of: word) {
                var feature = cache.features[index]
                if position == 0 { feature.flags |= 16 }
                features.append(feature)
                cached[position] = Int32(index)
                known[position] = cache.dictionaryTags[index]
            } else {
                let feature = WordFeatures(word, position: position, lexicon: lexicon)
                features.append(feature)
                uncached.append(position)
                known[position] = dictionary.tag(exact: feature.exact).map { $0.rawValue + 1 } ?? 0
            }
        }
        features.append(.padding)
        features.append(.padding)
        WordFeatures.markHeadline(&features)
        var tags = [UInt8](repeating: 0, count: count)
        var previous = [UInt8]()
        for (number, pass) in passes.enumerated() {
            let size = pass.blockSize
            var scratch = [Int32](repeating: 0, count: max(1, uncached.count * size))
            var pointers = [UnsafePointer<Int32>?](repeating: nil, count: count)
            cache.blocks[number].withUnsafeBufferPointer { stored in
                scratch.withUnsafeMutableBufferPointer { computed in
                    for (slot, position) in uncached.enumerated() {
                        pass.block(of: features[position + 2], into: computed.baseAddress! + slot * size)
                        pointers[position] = UnsafePointer(computed.baseAddress! + slot * size)
                    }
                    for position in 0..<count where cached[position] >= 0 {
                        pointers[position] = stored.baseAddress! + Int(cached[position]) * size
                    }
                    let padding = stored.baseAddress! + cache.features.count * size
                    pointers.withUnsafeBufferPointer { optional in
                        optional.withMemoryRebound(to: UnsafePointer<Int32>.self) { blocks in
                            features.withUnsafeBufferPointer { words in
                                known.withUnsafeBufferPointer { known in
                                    previous.withUnsafeBufferPointer { context in
                                        tags.withUnsafeMutableBufferPointer { output in
                                            pass.run(
                                                words: words, blocks: blocks, padding: padding, known: known, context: context,
                                                into: output)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            previous = tags
        }
        return tags.map { PennTag(rawValue: $0 &- 1) ?? .NN }
    }

    /// The tags computed feature by feature, without cached sums (slow; for tests and training).
    func referenceTags(_ words: [String]) -> [PennTag] {
        guard !words.isEmpty else { return [] }
        let features = TaggerFeatures.words(words, lexicon: lexicon)
        var previous: [UInt8]?
        for pass in passes {
            previous = pass.reference(words: features, known: knownTag, context: previous)
        }
        return previous!.map { PennTag(rawValue: $0 &- 1) ?? .NN }
    }

    /// The tag-dictionary tag + 1 of a word, or 0.
    func knownTag(_ word: WordFeatures) -> UInt8 { dictionary.tag(exact: word.exact).map { $0.rawValue + 1 } ?? 0 }
}
