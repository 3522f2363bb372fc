/// The per-word part of the tagger's features, computed once per token: hashes of the normalized
/// word, its affixes and shape, and the lexicon's tag. Everything is an integer.
struct WordFeatures {
    var word: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var shape: UInt64 = 0
    /// Lexicon tag raw value + 1, or 0 when the word is not in the lexicon.
    var lexicon: UInt64 = 0
    /// Bit flags: 1 capitalized, 2 all capitals, 4 hyphen, 8 digit, 16 sentence-initial, 32 in a
    /// headline-like sentence (set by ``markHeadline(_:)``), 64 starts with a lower-case letter.
    var flags: UInt64 = 0
    /// Word-class mask from WordNet and the verb table (``TaggerMorphology``), 0 when unknown.
    var morphology: UInt64 = 0
    /// Brown-cluster path prefixes of 4, 6 and 10 bits and the whole path (0 when unknown).
    var clusters: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Hash of the exact (case-kept) form, for the lexicon and the tag dictionary.
    var exact: UInt64 = 0
    /// Lexicon tag + 1 of the lower-cased form (0 when not listed), whatever the exact form's entry.
    var lowerLexicon: UInt64 = 0
    /// Lexicon tag + 1 of the part after the last hyphen (0 without a hyphen or entry).
    var hyphenLexicon: UInt64 = 0
    /// Length class of the word in bytes: 1, 2, 3, 4–5, 6–8, 9–12, longer (0 for padding).
    var lengthBucket: UInt64 = 0

    /// Padding before and after the sentence.
    static let padding: WordFeatures = {
        var features = WordFeatures()
        features.word = FeatureHash.string("<pad>")
        features.suffixes.2 = features.word
        return features
    }()

    init() {}

    /// Computes the features of one word.
    init(_ text: String, position: Int, lexicon: TaggerLexicon) {
        var bytes: [UInt8] = Array(text.utf8)
        if bytes.count > 64 { bytes.removeSubrange(32..<(bytes.count - 32)) }
        exact = FeatureHash.bytes(bytes)
        var lower = bytes
        var upperCount = 0
        var letters = 0
        var digits = 0
        var hyphen = false
        for index in lower.indices {
            let byte = lower[index]
            if byte >= 65 && byte <= 90 {
                lower[index] = byte + 32
                upperCount += 1
                letters += 1
            } else if byte >= 97 && byte <= 122 || byte >= 0x80 {
                letters += 1
            } else if byte >= 48 && byte <= 57 {
                digits += 1
            } else if byte == 45 {
                hyphen = true
            }
        }
        let first = bytes.first ?? 0
        if first >= 65 && first <= 90 { flags |= 1 }
        if upperCount > 1 && upperCount == letters { flags |= 2 }
        if hyphen { flags |= 4 }
        if digits > 0 { flags |= 8 }
        if position == 0 { flags |= 16 }
        if first >= 97 && first <= 122 { flags |= 64 }
        word = Self.normalizedWord(lower, digits: digits, letters: letters)
        let count = lower.count
        lower.withUnsafeBufferPointer { buffer in
            func affix(_ range: Range<Int>) -> UInt64 {
                FeatureHash.bytes(UnsafeBufferPointer(rebasing: buffer[range]))
            }
            morphology = TaggerMorphology.mask(buffer, lexicon: lexicon)
            prefixes = (affix(0..<min(1, count)), affix(0..<min(2, count)), affix(0..<min(3, count)))
            suffixes = (
                affix(max(0, count - 1)..<count), affix(max(0, count - 2)..<count),
                affix(max(0, count - 3)..<count), affix(max(0, count - 4)..<count)
            )
        }
        shape = Self.shape(bytes)
        lengthBucket = count <= 3 ? UInt64(count) : count <= 5 ? 4 : count <= 8 ? 5 : count <= 12 ? 6 : 7
        if let path = lexicon.cluster(exact: exact) ?? lexicon.cluster(exact: FeatureHash.bytes(lower)) {
            let length = 32 - path.leadingZeroBitCount
            func prefix(_ bits: Int) -> UInt64 { UInt64(bits >= length ? path : path >> (length - bits)) | UInt64(bits) << 40 }
            clusters = (prefix(4), prefix(6), prefix(10), UInt64(path))
        }
        let lowerTag = lexicon.tag(exact: FeatureHash.bytes(lower))
        if let tag = lexicon.tag(exact: exact) ?? lowerTag {
            self.lexicon = UInt64(tag.rawValue) + 1
        }
        if let lowerTag { lowerLexicon = UInt64(lowerTag.rawValue) + 1 }
        if hyphen, let cut = lower.lastIndex(of: 45), cut + 1 < lower.count,
            let tag = lexicon.tag(exact: FeatureHash.bytes(Array(lower[(cut + 1)...])))
        {
            hyphenLexicon = UInt64(tag.rawValue) + 1
        }
    }

    /// Marks every word of a headline-like sentence (at least three capitalized words, more than
    /// twice as many as words starting in lower case) with flag 32. `words` is padded by two on each side.
    static func markHeadline(_ words: inout [WordFeatures]) {
        var capitalized = 0
        var lower = 0
        for word in words { if word.flags & 1 != 0 { capitalized += 1 } else if word.flags & 64 != 0 { lower += 1 } }
        guard capitalized >= 3, capitalized > 2 * lower else { return }
        for index in 2..<(words.count - 2) { words[index].flags |= 32 }
    }

    private static let numberHash = FeatureHash.string("!NUM")
    private static let yearHash = FeatureHash.string("!YEAR")

    private static func normalizedWord(_ lower: [UInt8], digits: Int, letters: Int) -> UInt64 {
        if digits > 0 && letters == 0 {
            if lower.count == 4 && digits == 4 && (lower[0] == 49 || lower[0] == 50) { return yearHash }
            return numberHash
        }
        return FeatureHash.bytes(lower)
    }

    /// A compressed word shape: `Xx`, `d`, `X.X.`, with repeated classes collapsed (at most 6 symbols).
    private static func shape(_ bytes: [UInt8]) -> UInt64 {
        var hash = FeatureHash.seed
        var previous: UInt8 = 0
        var written = 0
        for byte in bytes {
            let symbol: UInt8
            if byte >= 65 && byte <= 90 { symbol = 88 } else if byte >= 97 && byte <= 122 { symbol = 120 }
            else if byte >= 48 && byte <= 57 { symbol = 100 } else if byte >= 0x80 { symbol = 117 } else { symbol = byte }
            if symbol == previous { continue }
            previous = symbol
            hash = (hash ^ UInt64(symbol)) &* 0x0000_0100_0000_01b3
            written += 1
            if written == 6 { break }
        }
        return hash
    }
}
