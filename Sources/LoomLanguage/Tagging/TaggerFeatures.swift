/// The tagger's feature templates: for position i of a sentence, the keys of 45 features built
/// from the per-word features of a window of five words and the two previous predicted tags.
enum TaggerFeatures {
    /// Number of keys ``collect(_:at:previous:previous2:into:)`` writes.
    static let count = 45
    /// Number of extra keys ``collectContext(_:at:previous:tags:into:)`` writes for the second pass.
    static let contextCount = 7

    /// Writes the feature keys of position `i` into `keys` (which must hold ``count`` entries).
    /// `words` is padded: the sentence's word i is at `words[i + 2]`. Tags are raw values + 1 (0 = start).
    @inline(__always)
    static func collect(
        _ words: UnsafeBufferPointer<WordFeatures>, at i: Int, previous p1: UInt64, previous2 p2: UInt64,
        into keys: UnsafeMutablePointer<UInt64>
    ) {
        let w = words[i + 2]
        let l1 = words[i + 1]
        let l2 = words[i]
        let r1 = words[i + 3]
        let r2 = words[i + 4]
        keys[0] = FeatureHash.combine(1, 0)
        keys[1] = FeatureHash.combine(2, w.word)
        keys[2] = FeatureHash.combine(3, w.suffixes.2)
        keys[3] = FeatureHash.combine(4, w.suffixes.1)
        keys[4] = FeatureHash.combine(5, w.suffixes.0)
        keys[5] = FeatureHash.combine(6, w.suffixes.3)
        keys[6] = FeatureHash.combine(7, w.prefixes.0)
        keys[7] = FeatureHash.combine(8, w.prefixes.1)
        keys[8] = FeatureHash.combine(9, w.prefixes.2)
        keys[9] = FeatureHash.combine(10, w.shape)
        keys[10] = FeatureHash.combine(11, p1)
        keys[11] = FeatureHash.combine(12, p2)
        keys[12] = FeatureHash.combine(13, p1, p2)
        keys[13] = FeatureHash.combine(14, p1, w.word)
        keys[14] = FeatureHash.combine(15, l1.word)
        keys[15] = FeatureHash.combine(16, l1.suffixes.2)
        keys[16] = FeatureHash.combine(17, l2.word)
        keys[17] = FeatureHash.combine(18, r1.word)
        keys[18] = FeatureHash.combine(19, r1.suffixes.2)
        keys[19] = FeatureHash.combine(20, r2.word)
        keys[20] = FeatureHash.combine(21, w.lexicon)
        keys[21] = FeatureHash.combine(22, l1.lexicon)
        keys[22] = FeatureHash.combine(23, r1.lexicon)
        keys[23] = FeatureHash.combine(24, w.lexicon, p1)
        keys[24] = FeatureHash.combine(25, w.lexicon, r1.lexicon)
        keys[25] = FeatureHash.combine(26, w.flags, p1)
        keys[26] = FeatureHash.combine(27, w.word, r1.word)
        keys[27] = FeatureHash.combine(28, l1.word, w.word)
        keys[28] = FeatureHash.combine(29, l1.lexicon &* 64 &+ w.lexicon, r1.lexicon)
        keys[29] = FeatureHash.combine(30, w.shape, r1.shape)
        keys[30] = FeatureHash.combine(31, r2.lexicon, w.lexicon)
        keys[31] = FeatureHash.combine(32, w.clusters.0)
        keys[32] = FeatureHash.combine(33, w.clusters.1)
        keys[33] = FeatureHash.combine(34, w.clusters.2)
        keys[34] = FeatureHash.combine(35, w.clusters.3)
        keys[35] = FeatureHash.combine(36, l1.clusters.1)
        keys[36] = FeatureHash.combine(37, r1.clusters.1)
        keys[37] = FeatureHash.combine(38, r1.clusters.2)
        keys[38] = FeatureHash.combine(39, w.exact)
        keys[39] = FeatureHash.combine(40, p1, w.suffixes.2)
        keys[40] = FeatureHash.combine(41, l1.suffixes.2, w.suffixes.2)
        keys[41] = FeatureHash.combine(42, w.suffixes.2, w.flags & 19)
        keys[42] = FeatureHash.combine(43, w.suffixes.1, w.lengthBucket &* 32 &+ (w.flags & 15))
        keys[43] = FeatureHash.combine(44, w.lowerLexicon, w.flags & 19)
        keys[44] = FeatureHash.combine(45, w.hyphenLexicon, w.suffixes.1)
    }

    /// Writes the second pass's extra keys for position `i`: the first pass's tags of the word itself
    /// (`own`) and of the two words on the side not yet tagged in this pass (`n1`, `n2`; raw value + 1,
    /// 0 beyond the sentence). `p1` is this pass's previous tag.
    @inline(__always)
    static func collectContext(
        _ words: UnsafeBufferPointer<WordFeatures>, at i: Int, previous p1: UInt64, own: UInt64, n1: UInt64, n2: UInt64,
        into keys: UnsafeMutablePointer<UInt64>
    ) {
        let w = words[i + 2]
        keys[0] = FeatureHash.combine(60, n1)
        keys[1] = FeatureHash.combine(61, n1, n2)
        keys[2] = FeatureHash.combine(62, n1, w.word)
        keys[3] = FeatureHash.combine(63, n1, w.lexicon)
        keys[4] = FeatureHash.combine(64, p1, n1)
        keys[5] = FeatureHash.combine(65, n1, w.suffixes.2)
        keys[6] = FeatureHash.combine(66, own, n1)
    }

    /// The padded per-word features of a sentence.
    static func words(_ words: [String], lexicon: TaggerLexicon) -> [WordFeatures] {
        var result: [WordFeatures] = [.padding, .padding]
        result.reserveCapacity(words.count + 4)
        for (position, word) in words.enumerated() { result.append(WordFeatures(word, position: position, lexicon: lexicon)) }
        result.append(.padding)
        result.append(.padding)
        return result
    }
}
