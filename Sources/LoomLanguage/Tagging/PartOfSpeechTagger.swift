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
/// right context; it may be limited to the words whose first-pass tag was doubtful
/// (``secondPassMargin``). Frequent words that were unambiguous in training are tagged from a dictionary.
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
    /// With a second pass: when set, only words whose first-pass best score leads the second best
    /// by less than this (in Int16 weight units) are tagged again; nil tags every word again.
    let secondPassMargin: Int32?

    init(
        passes: [TaggingPass], secondPassMargin: Int32? = nil, lexicon: TaggerLexicon, dictionary: TaggerLexicon,
        vocabulary: Set<UInt32>, cachedForms: [String]
    ) {
        self.passes = passes
        self.secondPassMargin = passes.count > 1 ? secondPassMargin : nil
        self.lexicon = lexicon
        self.dictionary = dictionary
        self.vocabulary = vocabulary
        cache = WordCache(
            forms: cachedForms, lexicon: lexicon, dictionary: dictionary, passes: passes,
            cachedPasses: passes.count > 1 && secondPassMargin != nil ? 1 : passes.count)
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
        let gate = passes.count > 1 ? secondPassMargin : nil
        var doubts = [Int32](repeating: 0, count: gate == nil ? 0 : count)
        let doubtCount = run(
            0, features: features, cached: cached, computed: uncached, known: known, context: [], tags: &tags,
            margin: gate ?? -1, doubts: &doubts)
        guard passes.count > 1 else { return tags.map { PennTag(rawValue: $0 &- 1) ?? .NN } }
        let first = tags
        if gate != nil {
            guard doubtCount > 0 else { return tags.map { PennTag(rawValue: $0 &- 1) ?? .NN } }
            // Only doubtful words are tagged again; the others keep their first-pass tags, and only
            // the block sections the doubtful words read (their own and their neighbours') are computed.
            var forced = tags
            var sections = [UInt8](repeating: 0, count: count)
            for position in doubts.prefix(doubtCount).map(Int.init) {
                forced[position] = 0
                sections[position] |= 1
                if position >= 1 { sections[position - 1] |= 2 }
                if position >= 2 { sections[position - 2] |= 4 }
                if position + 1 < count { sections[position + 1] |= 8 }
                if position + 2 < count { sections[position + 2] |= 16 }
            }
            let partial = (0..<count).filter { sections[$0] != 0 }
            var none: [Int32] = []
            run(
                1, features: features, cached: [Int32](repeating: -1, count: count), computed: partial, sections: sections,
                known: forced, context: first, tags: &tags, doubts: &none)
        } else {
            run(1, features: features, cached: cached, computed: uncached, known: known, context: first, tags: &tags)
        }
        return tags.map { PennTag(rawValue: $0 &- 1) ?? .NN }
    }

    /// Runs pass `number` over a sentence: computes the blocks of the uncached words at `computed`
    /// (other uncached words are not read; with `sections`, only the sections it picks per word, see
    /// ``TaggingPass/add(sections:of:into:)``), then tags. Returns the number of doubtful positions
    /// written to `doubts` (see ``TaggingPass/run(words:blocks:padding:known:context:into:margin:doubtPositions:)``).
    @discardableResult
    private func run(
        _ number: Int, features: [WordFeatures], cached: [Int32], computed: [Int], sections: [UInt8]? = nil, known: [UInt8],
        context: [UInt8], tags: inout [UInt8], margin: Int32 = -1, doubts: inout [Int32]
    ) -> Int {
        let pass = passes[number]
        let count = tags.count
        let size = pass.blockSize
        var scratch = [Int32](repeating: 0, count: max(1, computed.count * size))
        return cache.blocks[number].withUnsafeBufferPointer { stored in
            let padding = stored.baseAddress! + (stored.count - size)
            var pointers = [UnsafePointer<Int32>](repeating: padding, count: count)
            for position in 0..<count where cached[position] >= 0 {
                pointers[position] = stored.baseAddress! + Int(cached[position]) * size
            }
            return scratch.withUnsafeMutableBufferPointer { scratch in
                for (slot, position) in computed.enumerated() {
                    let block = scratch.baseAddress! + slot * size
                    if let sections {
                        pass.add(sections: sections[position], of: features[position + 2], into: block)
                    } else {
                        pass.block(of: features[position + 2], into: block)
                    }
                    pointers[position] = UnsafePointer(block)
                }
                return pointers.withUnsafeBufferPointer { blocks in
                    features.withUnsafeBufferPointer { words in
                        known.withUnsafeBufferPointer { known in
                            context.withUnsafeBufferPointer { context in
                                tags.withUnsafeMutableBufferPointer { output in
                                    doubts.withUnsafeMutableBufferPointer { doubts in
                                        pass.run(
                                            words: words, blocks: blocks, padding: padding, known: known, context: context,
                                            into: output, margin: margin, doubtPositions: doubts.baseAddress)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func run(
        _ number: Int, features: [WordFeatures], cached: [Int32], computed: [Int], known: [UInt8], context: [UInt8],
        tags: inout [UInt8]
    ) {
        var none: [Int32] = []
        run(number, features: features, cached: cached, computed: computed, known: known, context: context, tags: &tags, doubts: &none)
    }

    /// The tags computed feature by feature, without cached sums (slow; for tests and training).
    func referenceTags(_ words: [String]) -> [PennTag] {
        guard !words.isEmpty else { return [] }
        let features = TaggerFeatures.words(words, lexicon: lexicon)
        var previous: [UInt8]?
        var doubtful: Set<Int> = []
        for (number, pass) in passes.enumerated() {
            let forced: [UInt8]? = number == 1 && secondPassMargin != nil ? previous!.indices.map { doubtful.contains($0) ? 0 : previous![$0] } : nil
            previous = pass.reference(words: features, known: knownTag, context: previous, forced: forced) { position, scores in
                guard number == 0, let margin = secondPassMargin else { return }
                let sorted = scores.sorted(by: >)
                if sorted[0] &- sorted[1] < margin { doubtful.insert(position) }
            }
        }
        return previous!.map { PennTag(rawValue: $0 &- 1) ?? .NN }
    }

    /// The tag-dictionary tag + 1 of a word, or 0.
    func knownTag(_ word: WordFeatures) -> UInt8 { dictionary.tag(exact: word.exact).map { $0.rawValue + 1 } ?? 0 }
}
