/// Turns raw bytes into text: BOM handling, UTF-8 validation with counted replacements, and a
/// Windows-1252 fallback for legacy 8-bit text.
enum TextDecoder {
    /// Result of decoding: the text, the encoding used and how many invalid sequences were replaced.
    struct Decoded {
        var text: String
        var encoding: String
        var replacements: Int
    }

    /// Outcome of a UTF-8 scan.
    struct UTF8Scan {
        var invalid = 0
        var multibyte = 0
        var isValid: Bool { invalid == 0 }
    }

    /// Counts invalid sequences and valid multi-byte characters.
    static func scanUTF8(_ bytes: [UInt8]) -> UTF8Scan {
        var scan = UTF8Scan()
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            let raw = UnsafeRawBufferPointer(buffer)
            while index < count {
                // Skip ASCII eight bytes at a time.
                if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, index)
                if length <= 0 {
                    // Like Swift's decoder, one replacement covers the longest valid prefix of a sequence.
                    scan.invalid += 1
                    index += max(1, -length)
                } else {
                    scan.multibyte += 1
                    index += length
                }
            }
        }
        return scan
    }

    /// Length of the valid UTF-8 sequence starting at `index` (lead byte ≥ 0x80); for an invalid one,
    /// minus the length of its longest valid prefix (0 or less).
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let lead = buffer[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2 ... 0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1 ... 0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + 1 < buffer.count, buffer[index + 1] >= low, buffer[index + 1] <= high else { return -1 }
        for offset in 2 ..< length where index + offset >= buffer.count || buffer[index + offset] & 0xC0 != 0x80 {
            return -offset
        }
        return length
    }

    /// Strips a UTF-8 BOM, or converts UTF-16 with a BOM to UTF-8.
    static func normalizeBOM(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        let littleEndian = bytes.starts(with: [0xFF, 0xFE])
        guard littleEndian || bytes.starts(with: [0xFE, 0xFF]) else { return bytes }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Decodes BOM-free bytes: UTF-8 when valid; Windows-1252 when the bytes are not UTF-8 and look like
    /// legacy 8-bit text (no valid multi-byte sequence at all, or far more invalid bytes than valid
    /// sequences); otherwise UTF-8 with every invalid sequence replaced by U+FFFD.
    static func decode(_ bytes: [UInt8]) -> Decoded {
        let scan = scanUTF8(bytes)
        if scan.isValid { return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", replacements: 0) }
        if looksLegacy(scan) { return Decoded(text: windows1252(bytes), encoding: "windows-1252", replacements: 0) }
        return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", replacements: scan.invalid)
    }

    static func looksLegacy(_ scan: UTF8Scan) -> Bool {
        scan.invalid > 0 && (scan.multibyte == 0 || scan.invalid > 4 * scan.multibyte)
    }

    /// Windows-1252 (a superset of printable Latin-1) to String.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80, byte <= 0x9F, let mapped = Unicode.Scalar(cp1252High[Int(byte - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252 (undefined ones keep their C1 value).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Binary content: a known binary signature, or NUL / control bytes in the first 64 KiB sample
    /// (more than 1 % NUL, or more than 10 % control bytes other than tab, LF, CR, FF, ESC).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let signatures: [[UInt8]] = [
            Array("%PDF".utf8), [0x50, 0x4B, 0x03, 0x04], [0x89, 0x50, 0x4E, 0x47], Array("GIF8".utf8),
            [0xFF, 0xD8, 0xFF], [0x7F, 0x45, 0x4C, 0x46], [0x1F, 0x8B], [0xCA, 0xFE, 0xBA, 0xBE],
        ]
        if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
        let sample = bytes.prefix(65536)
        guard !sample.isEmpty else { return false }
        var nul = 0, control = 0
        for byte in sample where byte < 0x20 {
            if byte == 0 { nul += 1 }
            if byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B { control += 1 }
        }
        return nul * 100 > sample.count || control * 10 > sample.count
    }
}
