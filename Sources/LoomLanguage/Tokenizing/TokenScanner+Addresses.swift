extension TokenScanner {
    /// The end of a URL starting at `i` (`http://`, `https://`, `ftp://`, `www.`, `mailto:`), or nil.
    /// Trailing sentence punctuation is left out, and a closing bracket unless the URL opened one.
    func urlEnd(at i: Int) -> Int? {
        let first = bytes[i] | 0x20
        guard first == 0x68 || first == 0x77 || first == 0x66 || first == 0x6D, i + 4 < count else { return nil }
        let second = bytes[i + 1] | 0x20
        guard second == 0x74 || second == 0x77 || second == 0x61 else { return nil }  // ht.. ww.. ft.. ma..
        var prefix = 0
        for candidate in Self.urlPrefixes where hasPrefix(candidate, at: i) {
            prefix = candidate.count
            break
        }
        guard prefix > 0 else { return nil }
        var end = i
        var scalars = 0
        var opensBracket = false
        while end < count, scalars < Self.maximumTokenLength {
            let (kind, length) = classify(end)
            let byte = bytes[end]
            if kind.isSeparator || kind == .quote || byte == 0x3C || byte == 0x3E || (kind == .apostrophe && byte >= 0x80) {
                break
            }
            if byte == 0x28 { opensBracket = true }
            end += length
            scalars += 1
        }
        while end > i + prefix {
            let byte = bytes[end - 1]
            let trailing = byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x21 || byte == 0x3F
                || byte == 0x27 || byte == 0x5D || byte == 0x7D || (byte == 0x29 && !opensBracket)
            guard trailing else { break }
            end -= 1
        }
        return end > i + prefix ? end : nil
    }

    private static let urlPrefixes: [[UInt8]] = ["https://", "http://", "ftp://", "www.", "mailto:"].map { Array($0.utf8) }

    private func hasPrefix(_ prefix: [UInt8], at i: Int) -> Bool {
        guard i + prefix.count < count else { return false }
        for (k, byte) in prefix.enumerated() where bytes[i + k] | 0x20 != byte && bytes[i + k] != byte {
            return false
        }
        return true
    }
}
