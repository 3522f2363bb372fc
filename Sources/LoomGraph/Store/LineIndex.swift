/// Maps Unicode-scalar offsets of a text to 1-based line numbers (for ``StoredSentence/line``).
///
///     let lines = LineIndex(text: article.text)
///     let line = lines.line(atScalarOffset: sentenceStart)
public struct LineIndex: Sendable, Hashable {
    /// Scalar offsets of the first character of every line after the first.
    private let lineStarts: [Int]

    public init(text: String) {
        var starts: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\n" { starts.append(offset) }
        }
        lineStarts = starts
    }

    /// The 1-based line holding the scalar at `offset` (offsets past the end fall on the last line).
    public func line(atScalarOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low + 1
    }
}

extension DocumentRecord {
    /// A content hash for change detection: 64-bit FNV-1a over the UTF-8 bytes, in hex with the
    /// byte count (`fnv1a64:…:…`). Not cryptographic; it only tells versions of one path apart.
    public static func contentHash(of text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var count = 0
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            count += 1
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex + ":\(count)"
    }
}
