/// A sentence prepared for the parser: one normalized word hash and one tag code per position,
/// computed once, with sentinels so that the feature extractor never branches on bounds.
///
/// Position `i` of the sentence is stored at `i + 1`; slot 0 stands for "no word" (index -1) and
/// slot `n + 1` for the virtual root.
struct ParserSentence {
    let count: Int
    var words: [UInt64]
    var tags: [UInt64]

    static let noWord: UInt64 = 0x6e6f_6e65
    static let rootWord: UInt64 = 0x726f_6f74
    static let noTag: UInt64 = 254
    static let rootTag: UInt64 = 253

    init(words: [String], tags: [PennTag]) {
        count = words.count
        self.words = [Self.noWord]
        self.tags = [Self.noTag]
        self.words.reserveCapacity(count + 2)
        self.tags.reserveCapacity(count + 2)
        for index in 0..<count {
            self.words.append(Self.hash(words[index]))
            self.tags.append(index < tags.count ? UInt64(tags[index].rawValue) : Self.noTag)
        }
        self.words.append(Self.rootWord)
        self.tags.append(Self.rootTag)
    }

    /// Hashes a word lower-cased (ASCII) with every digit mapped to `0`, so that numbers of the same
    /// shape share features.
    static func hash(_ word: String) -> UInt64 {
        var text = word
        return text.withUTF8 { bytes in
            var hash = FeatureHash.seed
            for var byte in bytes {
                if byte >= 0x41 && byte <= 0x5a { byte |= 0x20 } else if byte >= 0x30 && byte <= 0x39 { byte = 0x30 }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }

    /// The word hash at a sentence index (-1 for none, `count` for the root).
    @inline(__always) func word(_ index: Int) -> UInt64 { words[index + 1] }
    /// The tag code at a sentence index (-1 for none, `count` for the root).
    @inline(__always) func tag(_ index: Int) -> UInt64 { tags[index + 1] }
}
