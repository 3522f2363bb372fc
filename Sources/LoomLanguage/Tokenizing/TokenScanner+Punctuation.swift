extension TokenScanner {
    /// Scans the token starting at byte `i` (not a separator) and returns the byte after it.
    mutating func scanToken(at i: Int, class kind: CharacterClass, length: Int) -> Int {
        switch kind {
        case .lower, .upper, .letter, .digit, .mark:
            if let end = urlEnd(at: i) {
                emit(i, end)
                return end
            }
            return scanWord(from: i, prefix: 0)
        case .period:
            // A decimal without its leading zero: `.5`.
            if i + 1 < count, Self.isDigit(bytes[i + 1]), i == 0 || !classify(previousScalar(before: i)).0.isWordCharacter {
                return scanWord(from: i, prefix: 1)
            }
            return scanRun(from: i) { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 }
        case .terminal:
            return scanRun(from: i) { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 }
        case .hyphen where bytes[i] == 0x2D:
            return scanRun(from: i) { $0 == 0x2D }
        case .repeatable:
            let byte = bytes[i]
            return scanRun(from: i) { $0 == byte }
        case .quote where bytes[i] == 0x60:
            return scanRun(from: i) { $0 == 0x60 }
        case .apostrophe:
            return scanApostrophe(at: i, length: length)
        case .quote where bytes[i] == 0xE2 && bytes[i + 2] == 0x98 && isRightSingleQuote(at: i + length):
            emit(i, i + 6)  // ‘’ used as a double quote
            return i + 6
        default:
            var end = i + length
            while end < count, end - i < 64 {
                let (next, nextLength) = classify(end)
                guard next == .mark else { break }
                end += nextLength
            }
            emit(i, end)
            return end
        }
    }

    /// Byte index of the scalar before byte `i` (`i > 0`).
    func previousScalar(before i: Int) -> Int {
        var k = i - 1
        while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// Emits a run of ASCII bytes satisfying `member` (at most the maximum token length).
    mutating func scanRun(from i: Int, where member: (UInt8) -> Bool) -> Int {
        var end = i + 1
        let limit = min(count, i + Self.maximumTokenLength)
        while end < limit, member(bytes[end]) { end += 1 }
        emit(i, end)
        return end
    }

    /// An apostrophe or single quote that does not sit inside a word: a clitic after a token
    /// (`Inc.'s`), a decade (`'90s`), a doubled closing quote (`''`) or a quote of its own.
    mutating func scanApostrophe(at i: Int, length: Int) -> Int {
        let next = i + length
        if i > 0, !classify(previousScalar(before: i)).0.isSeparator, let end = cliticEnd(at: next) {
            emit(i, end)
            return end
        }
        if next + 1 < count, Self.isDigit(bytes[next]), Self.isDigit(bytes[next + 1]) {
            var end = next + 2
            if end < count, bytes[end] == 0x73 { end += 1 }
            if !isWordCharacter(at: end) {
                emit(i, end)
                return end
            }
        }
        if bytes[i] == 0x27, next < count, bytes[next] == 0x27 {
            emit(i, next + 1)
            return next + 1
        }
        if length == 3, isRightSingleQuote(at: next) {  // ’’ used as a double quote
            emit(i, next + 3)
            return next + 3
        }
        emit(i, next)
        return next
    }

    /// Whether U+2019 starts at byte `i`.
    func isRightSingleQuote(at i: Int) -> Bool {
        i + 2 < count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    /// The end of a clitic (`s`, `m`, `d`, `ll`, `ve`, `re`, any case) starting at `i`, or nil.
    func cliticEnd(at i: Int) -> Int? {
        guard i < count else { return nil }
        let first = bytes[i] | 0x20
        if first == 0x73 || first == 0x6D || first == 0x64 {  // s m d
            return isWordCharacter(at: i + 1) ? nil : i + 1
        }
        guard i + 1 < count else { return nil }
        let second = bytes[i + 1] | 0x20
        let pair = (first, second)
        guard pair == (0x6C, 0x6C) || pair == (0x76, 0x65) || pair == (0x72, 0x65) else { return nil }  // ll ve re
        return isWordCharacter(at: i + 2) ? nil : i + 2
    }
}
