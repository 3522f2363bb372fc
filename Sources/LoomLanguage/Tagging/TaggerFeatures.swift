/// The tagger's feature templates, grouped by what they depend on so that the tagger can add up
/// cached partial scores (``WordCache``) instead of looking every feature up for every token:
///
/// | group | depends on | keys |
/// |---|---|---|
/// | ``word(_:into:)`` | the word alone | 21 |
/// | ``left1(_:into:)``, ``left2(_:into:)`` | the word one / two places to the left | 5, 1 |
/// | ``right1(_:into:)``, ``right2(_:into:)`` | the word one / two places to the right | 6, 1 |
/// | ``pairs(_:at:into:)`` | the word with a neighbour, or with its sentence position and case | 11 |
/// | ``history(_:_:into:)`` | the two previous tags only | 3 |
/// | ``historyWord(_:previous:into:)`` | the previous tag with the word | 4 |
///
/// Template ids (the first argument of ``FeatureHash/combine(_:_:_:)``) are part of the model format.
enum TaggerFeatures {
    static let wordCount = 21
    static let left1Count = 5
    static let left2Count = 1
    static let right1Count = 6
    static let right2Count = 1
    static let pairCount = 11
    static let historyCount = 3
    static let historyWordCount = 4
    /// Number of keys ``collect(_:at:previous:previous2:into:)`` writes.
    static let count = 52
    /// Number of extra keys ``collectContext(_:at:previous:own:n1:n2:into:)`` writes for the second pass.
    static let contextCount = 7

    /// Features of the word itself (none depends on its position in the sentence).
    @inline(__always)
    static func word(_ w: WordFeatures, into keys: UnsafeMutablePointer<UInt64>) {
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
        keys[10] = FeatureHash.combine(21, w.lexicon)
        keys[11] = FeatureHash.combine(32, w.clusters.0)
        keys[12] = FeatureHash.combine(33, w.clusters.1)
        keys[13] = FeatureHash.combine(34, w.clusters.2)
        keys[14] = FeatureHash.combine(35, w.clusters.3)
        keys[15] = FeatureHash.combine(39, w.exact)
        keys[16] = FeatureHash.combine(43, w.suffixes.1, w.lengthBucket &* 32 &+ (w.flags & 15))
        keys[17] = FeatureHash.combine(45, w.hyphenLexicon, w.suffixes.1)
        keys[18] = FeatureHash.combine(70, w.morphology)
        keys[19] = FeatureHash.combine(71, w.morphology, w.suffixes.1)
        keys[20] = FeatureHash.combine(72, w.morphology, w.flags & 3)
    }

    /// Features of the word one place to the left of the tagged word.
    @inline(__always)
    static func left1(_ l1: WordFeatures, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = FeatureHash.combine(15, l1.word)
        keys[1] = FeatureHash.combine(16, l1.suffixes.2)
        keys[2] = FeatureHash.combine(22, l1.lexicon)
        keys[3] = FeatureHash.combine(36, l1.clusters.1)
        keys[4] = FeatureHash.combine(73, l1.morphology)
    }

    /// Features of the word two places to the left.
    @inline(__always)
    static func left2(_ l2: WordFeatures, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = FeatureHash.combine(17, l2.word)
    }

    /// Features of the word one place to the right.
    @inline(__always)
    static func right1(_ r1: WordFeatures, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = FeatureHash.combine(18, r1.word)
        keys[1] = FeatureHash.combine(19, r1.suffixes.2)
        keys[2] = FeatureHash.combine(23, r1.lexicon)
        keys[3] = FeatureHash.combine(37, r1.clusters.1)
        keys[4] = FeatureHash.combine(38, r1.clusters.2)
        keys[5] = FeatureHash.combine(74, r1.morphology)
    }

    /// Features of the word two places to the right.
    @inline(__always)
    static func right2(_ r2: WordFeatures, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = FeatureHash.combine(20, r2.word)
    }

    /// Features joining the word at `i` with a neighbour or with its capitalization and position
    /// (`words` is padded: the sentence's word i is at `words[i + 2]`).
    @inline(__always)
    static func pairs(_ words: UnsafeBufferPointer<WordFeatures>, at i: Int, into keys: UnsafeMutablePointer<UInt64>) {
        let w = words[i + 2]
        let l1 = words[i + 1]
        let r1 = words[i + 3]
        let r2 = words[i + 4]
        keys[0] = FeatureHash.combine(25, w.lexicon, r1.lexicon)
        keys[1] = FeatureHash.combine(27, w.word, r1.word)
        keys[2] = FeatureHash.combine(28, l1.word, w.word)
        keys[3] = FeatureHash.combine(29, l1.lexicon &* 64 &+ w.lexicon, r1.lexicon)
        keys[4] = FeatureHash.combine(30, w.shape, r1.shape)
        keys[5] = FeatureHash.combine(31, r2.lexicon, w.lexicon)
        keys[6] = FeatureHash.combine(41, l1.suffixes.2, w.suffixes.2)
        keys[7] = FeatureHash.combine(42, w.suffixes.2, w.flags & 19)
        keys[8] = FeatureHash.combine(44, w.lowerLexicon, w.flags & 19)
        keys[9] = FeatureHash.combine(75, w.lowerLexicon, w.flags & 35)
        keys[10] = FeatureHash.combine(76, w.morphology, w.flags & 49)
    }

    /// Features of the two previous tags (raw value + 1, 0 = before the sentence).
    @inline(__always)
    static func history(_ p1: UInt64, _ p2: UInt64, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = FeatureHash.combine(11, p1)
        keys[1] = FeatureHash.combine(12, p2)
        keys[2] = FeatureHash.combine(13, p1, p2)
    }

    /// Features of the previous tag with the word.
    @inline(__always)
    static func historyWord(_ w: WordFeatures, previous p1: UInt64, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = FeatureHash.combine(14, p1, w.word)
        keys[1] = FeatureHash.combine(24, w.lexicon, p1)
        keys[2] = FeatureHash.combine(26, w.flags, p1)
        keys[3] = FeatureHash.combine(40, p1, w.suffixes.2)
    }

    /// Writes all keys of position `i` into `keys` (which must hold ``count`` entries).
    /// `words` is padded: the sentence's word i is at `words[i + 2]`. Tags are raw values + 1 (0 = start).
    @inline(__always)
    static func collect(
        _ words: UnsafeBufferPointer<WordFeatures>, at i: Int, previous p1: UInt64, previous2 p2: UInt64,
        into keys: UnsafeMutablePointer<UInt64>
    ) {
        var k = keys
        word(words[i + 2], into: k)
        k += wordCount
        left1(words[i + 1], into: k)
        k += left1Count
        left2(words[i], into: k)
        k += left2Count
        right1(words[i + 3], into: k)
        k += right1Count
        right2(words[i + 4], into: k)
        k += right2Count
        pairs(words, at: i, into: k)
        k += pairCount
        history(p1, p2, into: k)
        k += historyCount
        historyWord(words[i + 2], previous: p1, into: k)
    }

    /// Writes the second pass's extra keys for position `i`: the first pass's tags of the word itself
    /// (`own`) and of the two words on the side not yet tagged in this pass (`n1`, `n2`; raw value + 1,
    /// 0 beyond the sentence). `p1` is this pass's previous tag. The first two keys and the last
    /// depend on tags only.
    @inline(__always)
    static func collectContext(
        _ words: UnsafeBufferPointer<WordFeatures>, at i: Int, previous p1: UInt64, own: UInt64, n1: UInt64, n2: UInt64,
        into keys: UnsafeMutablePointer<UInt64>
    ) {
        let w = words[i + 2]
        keys[0] = FeatureHash.combine(60, n1)
        keys[1] = FeatureHash.combine(61, n1, n2)
        keys[2] = FeatureHash.combine(66, own, n1)
        keys[3] = FeatureHash.combine(62, n1, w.word)
        keys[4] = FeatureHash.combine(63, n1, w.lexicon)
        keys[5] = FeatureHash.combine(64, p1, n1)
        keys[6] = FeatureHash.combine(65, n1, w.suffixes.2)
    }

    /// The padded per-word features of a sentence.
    static func words(_ words: [String], lexicon: TaggerLexicon) -> [WordFeatures] {
        var result: [WordFeatures] = [.padding, .padding]
        result.reserveCapacity(words.count + 4)
        for (position, word) in words.enumerated() { result.append(WordFeatures(word, position: position, lexicon: lexicon)) }
        result.append(.padding)
        result.append(.padding)
        WordFeatures.markHeadline(&result)
        return result
    }
}
