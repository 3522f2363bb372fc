#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts legacy-encoded bytes to UTF-8 with the C library's iconv, so libxml2 only ever sees UTF-8
/// (its own conversions print errors to stderr and stop at the first bad byte).
enum CharsetConverter {
    /// The bytes as UTF-8, with every byte iconv cannot convert replaced by U+FFFD (and counted);
    /// nil when the charset is unknown.
    static func toUTF8(_ bytes: [UInt8], from charset: String) -> (bytes: [UInt8], replacements: Int)? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var replacements = 0
        var input = bytes
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        input.withUnsafeMutableBytes { inputBuffer in
            guard let base = inputBuffer.baseAddress else { return }
            var inputPointer: UnsafeMutablePointer<CChar>? = base.assumingMemoryBound(to: CChar.self)
            var inputLeft = inputBuffer.count
            while inputLeft > 0 {
                var failed = false
                chunk.withUnsafeMutableBytes { chunkBuffer in
                    var outputPointer: UnsafeMutablePointer<CChar>? = chunkBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outputLeft = chunkBuffer.count
                    let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    output.append(contentsOf: chunkBuffer.prefix(chunkBuffer.count - outputLeft))
                    failed = result == -1 && errno != E2BIG
                }
                if failed, inputLeft > 0 {
                    // Invalid or truncated sequence: replace one byte and go on.
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replacements += 1
                    inputPointer = inputPointer.map { $0 + 1 }
                    inputLeft -= 1
                }
            }
        }
        return (output, replacements)
    }
}
