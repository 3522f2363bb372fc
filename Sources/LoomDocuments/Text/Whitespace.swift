/// Byte-level whitespace handling for UTF-8 text.
enum Whitespace {
    /// ASCII whitespace (space, tab, LF, VT, FF, CR).
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Appends `source` to `output`, turning every run of whitespace (ASCII or no-break space U+00A0)
    /// into one space; `pendingSpace` carries a run across calls. Leading space is never written.
    static func appendCollapsed(
        _ source: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], pendingSpace: inout Bool
    ) {
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if isASCIISpace(byte) {
                pendingSpace = true
                index += 1
            } else if byte == 0xC2, index + 1 < count, source[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
            } else {
                if pendingSpace, !output.isEmpty, output.last != 0x0A { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
                index += 1
            }
        }
    }

    /// The text with whitespace runs collapsed and trimmed.
    static func collapse(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pending = false
        bytes.withUnsafeBufferPointer { appendCollapsed($0, to: &output, pendingSpace: &pending) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Collapses whitespace in a Swift string.
    static func collapse(_ string: String) -> String {
        collapse(Array(string.utf8))
    }
}
