extension TokenScanner {
    /// Scans a word-like run starting at `start` (after `prefix` bytes already known to belong to it),
    /// then decides on a trailing abbreviation period and splits off clitics.
    ///
    /// Inside a run, `.` `-` `@` join word characters (`U.S`, `e-commerce`, `a@b.com`), `,` `:` `/`
    /// join digits (`1,000`, `3:30`, `9/11`), `&` joins letters (`AT&T`), an apostrophe joins a letter
    /// (`don't`, `O'Brien`), and `.-` joins after a letter (`U.S.-based`).
    mutating func scanWord(from start: Int, prefix: Int) -> Int {
        var i = start + prefix
        var scalars = prefix
        var previous: CharacterClass = prefix > 0 ? .period : .symbol
        var hyphen = -1  // the byte index of the only hyphen, -2 after a second one
        var hasLetter = false
        let limit = Self.maximumTokenLength
        while i < count, scalars < limit {
            let (kind, length) = classify(i)
            if kind.isWordCharacter {
                i += length
                scalars += 1
                if kind != .mark { previous = kind }
                hasLetter = hasLetter || kind != .digit
                continue
            }
            guard let joined = connectorLength(kind, at: i, length: length, after: previous) else { break }
            if joined > length || kind == .hyphen { hyphen = hyphen == -1 && bytes[i] == 0x2D ? i : -2 }
            i += joined
            scalars += joined == length ? 1 : 2
        }
        var end = i
        // A range of numbers, `1969-1970`, `3:00-5:30`, splits; a phone number, `555-1234`, does not.
        if !hasLetter, hyphen > start, hyphen - start != 3 || end - hyphen != 5 {
            emit(start, hyphen)
            emit(hyphen, hyphen + 1)
            emit(hyphen + 1, end)
            return end
        }
        if !hasLetter, end - start == 2 || end - start == 4, bytes[end - 1] == 0x30, end + 1 < count,
            bytes[end] == 0x27, bytes[end + 1] == 0x73, !isWordCharacter(at: end + 2)
        {
            end += 2  // a decade: `50's`, `1990's`
            emit(start, end)
            return end
        }
        if end < count, bytes[end] == 0x2E, scalars < limit, end + 1 >= count || bytes[end + 1] != 0x2E,
            keepsPeriod(start, end)
        {
            emit(start, end + 1)
            return end + 1
        }
        if let split = cliticSplit(start, end) ?? compoundSplit(start, end) ?? timeSplit(start, end) {
            emit(start, split)
            emit(split, end)
        } else {
            emit(start, end)
        }
        return end
    }

    /// How many bytes of connector at `i` join the run (nil when the run ends here).
    private func connectorLength(_ kind: CharacterClass, at i: Int, length: Int, after previous: CharacterClass) -> Int? {
        let next = i + length
        guard next < count else { return nil }
        let (nextKind, nextLength) = classify(next)
        switch kind {
        case .period:
            if nextKind.isWordCharacter && nextKind != .mark { return length }
            if nextKind == .hyphen, previous.isLetter, isWordCharacter(at: next + nextLength) { return length + nextLength }
            return nil
        case .hyphen, .at:
            return nextKind.isWordCharacter && nextKind != .mark ? length : nil
        case .slash where isLetterPair(slash: i):
            return length  // `A/S`, `N/A`: one capital on each side is one word
        case .comma, .colon, .slash:
            return previous == .digit && nextKind == .digit ? length : nil
        case .ampersand:
            return previous.isLetter && nextKind.isLetter ? length : nil
        case .apostrophe:
            return previous.isLetter && nextKind.isLetter ? length : nil
        default:
            return nil
        }
    }

    /// Whether the slash at `i` stands between two single capital letters (`A/S`, `N/A`).
    private func isLetterPair(slash i: Int) -> Bool {
        let isCapital: (Int) -> Bool = { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
        guard i >= 1, i + 1 < count, isCapital(i - 1), isCapital(i + 1) else { return false }
        let before = i >= 2 && isWordCharacter(at: i - 2)
        return !before && !isWordCharacter(at: i + 2)
    }

    /// Whether the run `start..<end`, followed by a period, keeps that period as an abbreviation.
    private func keepsPeriod(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 1 {
            let byte = bytes[start]
            return byte >= 0x41 && byte <= 0x5A && byte != 0x49  // an initial, but not "I"
        }
        if length >= 3, length % 2 == 1 {  // U.S, e.g, a.m, U.S.A
            var dotted = true
            for k in 0..<length where dotted {
                let byte = bytes[start + k]
                dotted = k % 2 == 0 ? Self.isASCIILetter(byte) : byte == 0x2E
            }
            if dotted { return true }
        }
        guard length <= 8 else { return false }
        let packed = Abbreviations.pack(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        guard Abbreviations.kind(of: packed) != nil else { return false }
        return !Abbreviations.needsNumber(packed) || numberFollows(end + 1)
    }

    /// Whether a number (or `#`) follows byte `i` after at most a few spaces.
    private func numberFollows(_ i: Int) -> Bool {
        var k = i
        while k < count, k - i < 4, bytes[k] == 0x20 { k += 1 }
        return k < count && (Self.isDigit(bytes[k]) || bytes[k] == 0x23)
    }

    /// Where to split a contraction or possessive at the end of `start..<end` (Penn Treebank style:
    /// `do|n't`, `ca|n't`, `I|'m`, `Alibaba|'s`), or nil.
    private func cliticSplit(_ start: Int, _ end: Int) -> Int? {
        for suffix in 1...2 {
            let suffixStart = end - suffix
            guard suffixStart > start else { return nil }
            var apostrophe = -1
            if bytes[suffixStart - 1] == 0x27 {
                apostrophe = suffixStart - 1
            } else if suffixStart - 3 >= start, bytes[suffixStart - 1] == 0x99, bytes[suffixStart - 2] == 0x80,
                bytes[suffixStart - 3] == 0xE2
            {
                apostrophe = suffixStart - 3
            }
            guard apostrophe > start else { continue }
            let first = bytes[suffixStart] | 0x20
            if suffix == 1 {
                if first == 0x73 || first == 0x6D || first == 0x64 { return apostrophe }  // 's 'm 'd
                if first == 0x74, apostrophe - 1 > start, bytes[apostrophe - 1] | 0x20 == 0x6E { return apostrophe - 1 }
                return nil
            }
            let second = bytes[suffixStart + 1] | 0x20
            let pair = (first, second)
            if pair == (0x6C, 0x6C) || pair == (0x76, 0x65) || pair == (0x72, 0x65) { return apostrophe }
            return nil
        }
        return nil
    }

    /// Words Penn Treebank writes as two tokens: `can|not`, `gon|na`, `got|ta`, `wan|na`.
    private func compoundSplit(_ start: Int, _ end: Int) -> Int? {
        let length = end - start
        guard length == 5 || length == 6 else { return nil }
        var packed: UInt64 = 0
        for k in start..<end { packed = packed << 8 | UInt64(bytes[k] | 0x20) }
        switch packed {
        case Self.cannot: return start + 3
        case Self.gonna, Self.gotta, Self.wanna: return start + 3
        default: return nil
        }
    }

    /// A clock time glued to `am`/`pm` (`5pm`, `7:30PM`) splits before it, like `5 p.m.`.
    private func timeSplit(_ start: Int, _ end: Int) -> Int? {
        guard end - start >= 3, bytes[end - 1] | 0x20 == 0x6D else { return nil }
        let meridiem = bytes[end - 2] | 0x20
        guard meridiem == 0x61 || meridiem == 0x70, Self.isDigit(bytes[end - 3]) else { return nil }
        for k in start..<(end - 2) where !Self.isDigit(bytes[k]) && bytes[k] != 0x3A { return nil }
        return end - 2
    }

    private static let cannot = Abbreviations.pack("cannot".utf8)
    private static let gonna = Abbreviations.pack("gonna".utf8)
    private static let gotta = Abbreviations.pack("gotta".utf8)
    private static let wanna = Abbreviations.pack("wanna".utf8)
}
