/// A sentence prepared for the parser: one normalized word hash, one tag code and two Brown-cluster
/// codes (the whole bit path and its 6-bit prefix; 0 for words without a cluster) per position,
/// computed once, with sentinels so that the feature extractor never branches on bounds.
///
/// Position `i` of the sentence is stored at `i + 1`; slot 0 stands for "no word" (index -1) and
/// slot `n + 1` for the virtual root.
struct ParserSentence {
    let count: Int
    var words: [UInt64]
    var tags: [UInt64]
    var clusters: [UInt64]
    var shortClusters: [UInt64]

    static let noWord: UInt64 = 0x6e6f_6e65
    static let rootWord: UInt64 = 0x726f_6f74
    static let noTag: UInt64 = 254
    static let rootTag: UInt64 = 253
    static let noCluster: UInt64 = 1 << 50
    static let rootCluster: UInt64 = 2 << 50

    init(words: [String], tags: [PennTag], clusters table: ParserClusters = ParserClusters()) {
        count = words.count
        self.words = [Self.noWord]
        self.tags = [Self.noTag]
        clusters = [Self.noCluster]
        shortClusters = [Self.noCluster]
        self.words.reserveCapacity(count + 2)
        self.tags.reserveCapacity(count + 2)
        clusters.reserveCapacity(count + 2)
        shortClusters.reserveCapacity(count + 2)
        for index in 0..<count {
            let word = Self.hash(words[index])
            self.words.append(word)
            self.tags.append(index < tags.count ? UInt64(tags[index].rawValue) : Self.noTag)
            let path = table.path(ofWord: word)
            let length = 32 - path.leadingZeroBitCount
            clusters.append(UInt64(path))
            shortClusters.append(path == 0 ? 0 : UInt64(length > 6 ? path >> (length - 6) : path) | 1 << 40)
        }
        self.words.append(Self.rootWord)
        self.tags.append(Self.rootTag)
        clusters.append(Self.rootCluster)
        shortClusters.append(Self.rootCluster)
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
    /// The whole cluster path code at a sentence index.
    @inline(__always) func cluster(_ index: Int) -> UInt64 { clusters[index + 1] }
    /// The 6-bit cluster prefix code at a sentence index.
    @inline(__always) func shortCluster(_ index: Int) -> UInt64 { shortClusters[index + 1] }
}
