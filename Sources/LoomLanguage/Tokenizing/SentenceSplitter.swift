/// Groups tokens into sentences; the rules are documented on ``Tokenizer/sentences(in:)``.
enum SentenceSplitter {
    /// The most tokens a sentence may have; a longer run without a boundary is cut (this keeps the
    /// later stages linear on lists, tables and text without punctuation).
    static let maximumSentenceLength = 500

    /// How a token may end a sentence.
    private enum Ending {
        case none
        /// `.`, `?`, `!` and runs of them.
        case strong
        /// `..`, `...`, `…`.
        case ellipsis
        /// A word with its period kept (`Inc.`, `U.S.`, `J.`).
        case abbreviation
    }

    /// Finds sentence boundaries, then splits the period off an abbreviation that ends a sentence
    /// (`… at 2:30 p.m.` → `p.m` `.`), as UD English does, so every such sentence ends in `.`.
    static func segment(_ tokens: [Token], breaks: [TokenBreak], flags: [UInt8]) -> Segmentation {
        var segmentation = Segmentation(tokens: tokens, ends: [], startsParagraph: [])
        var finalAbbreviations: [Int] = []
        var startsParagraph = true
        var nesting = Nesting()
        var first = 0
        var k = 0
        while k < tokens.count {
            if flags[k] & TokenScanner.nestingStart != 0 { nesting.note(tokens[k].text) }
            var last = k
            var ends = k == tokens.count - 1 || breaks[k] == .paragraph
            let ending = flags[k] & TokenScanner.punctuationEnd != 0 ? self.ending(of: tokens[k].text) : .none
            if ending != .none, !ends {
                var j = k
                var after = nesting
                while j + 1 < tokens.count, breaks[j] == .none,
                    tokens[j + 1].start == tokens[j].end
                        ? isClosing(tokens[j + 1].text)
                        : after.closes(tokens[j + 1].text) && (tokens[j + 1].spaceAfter || j + 2 == tokens.count)
                {
                    j += 1
                    after.note(tokens[j].text)
                }
                if breaks[j] == .paragraph
                    || endsSentence(ending, tokens: tokens, at: k, closedBy: j, first: first)
                {
                    ends = true
                    last = j
                }
            }
            if !ends, breaks[k] == .line, lineBreakEndsSentence(after: tokens[k].text, next: tokens[k + 1].text) {
                ends = true
            }
            if !ends, startsParagraph, k - first < 10, k + 1 < tokens.count, isDatelineEnd(tokens, at: k, first: first) {
                ends = true
            }
            if !ends, k + 1 - first >= maximumSentenceLength { ends = true }
            if ends || last == tokens.count - 1 {
                if ending == .abbreviation { finalAbbreviations.append(k) }
                segmentation.ends.append(last + 1)
                segmentation.startsParagraph.append(startsParagraph)
                startsParagraph = breaks[last] == .paragraph
                nesting = Nesting()
                first = last + 1
            }
            k = last + 1
        }
        if !finalAbbreviations.isEmpty { splitPeriods(at: finalAbbreviations, in: &segmentation) }
        return segmentation
    }

    private static func ending(of text: String) -> Ending {
        let utf8 = text.utf8
        guard let lastByte = utf8.last else { return .none }
        switch lastByte {
        case 0x3F, 0x21:
            return utf8.allSatisfy { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 } ? .strong : .none
        case 0x2E:
            if utf8.count == 1 { return .strong }
            if utf8.allSatisfy({ $0 == 0x2E }) { return .ellipsis }
            if utf8.allSatisfy({ $0 == 0x2E || $0 == 0x3F || $0 == 0x21 }) { return .strong }
            return .abbreviation
        case 0xA6:
            return text == "\u{2026}" ? .ellipsis : .none
        default:
            return .none
        }
    }

    /// Whether the sentence ends after token `k` (with ending `ending`) and the closing quotes and
    /// brackets up to token `closer`; `first` is the sentence's first token.
    private static func endsSentence(_ ending: Ending, tokens: [Token], at k: Int, closedBy closer: Int, first: Int) -> Bool {
        guard closer + 1 < tokens.count else { return true }
        let nextText = tokens[closer + 1].text
        switch ending {
        case .none:
            return false
        case .strong, .ellipsis:
            // Spaced punctuation (`. . .`, `? ?`): the last one decides.
            if nextText.utf8.count == 1, self.ending(of: nextText) == .strong { return false }
            // A list number (`1.`, `2.`) at the start of a sentence.
            if k == first + 1, tokens[first].text.utf8.count <= 3, tokens[first].text.utf8.allSatisfy(TokenScanner.isDigit) {
                return false
            }
            if ending == .ellipsis { return startsUppercase(nextText) }
            guard startsLowercase(nextText) else { return true }
            // `"Is it?" he asked.`: a quoted question or exclamation goes on in lower case.
            if closer > k || tokens[k].text != "." { return false }
            // After a short word, a lower-case start more likely follows an unknown abbreviation.
            guard k > first else { return false }
            let previous = tokens[k - 1].text
            return previous.unicodeScalars.count > 3 || !startsLowercase(previous) && !startsUppercase(previous)
        case .abbreviation:
            if let kind = Abbreviations.kind(ofToken: tokens[k].text), kind != .canEnd { return false }
            return Abbreviations.sentenceStarters.contains(nextText)
        }
    }

    private static func lineBreakEndsSentence(after text: String, next: String) -> Bool {
        if text == "," || text == ";" || text == "-" || text == "&" { return false }
        if let kind = Abbreviations.kind(ofToken: text), kind == .title { return false }
        return !startsLowercase(next)
    }

    /// Whether token `k` is the dash or colon closing a dateline at the start of a paragraph
    /// (`HANGZHOU, China (Reuters) -`, `NEW DELHI --`, `KABUL:`): the first word is in capitals, no word
    /// before the dash starts in lower case, and a capitalized word follows.
    private static func isDatelineEnd(_ tokens: [Token], at k: Int, first: Int) -> Bool {
        guard k > first, tokens[k].text.isSpelled(asAnyOf: datelineSeparators) else { return false }
        let head = tokens[first].text.utf8
        guard head.count >= 2, head.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), startsUppercase(tokens[k + 1].text) else {
            return false
        }
        return tokens[first..<k].allSatisfy { !startsLowercase($0.text) }
    }

    private static let datelineSeparators: [StaticString] = ["-", "--", "\u{2014}", "\u{2013}", ":"]

    private static func isClosing(_ text: String) -> Bool { text.isSpelled(asAnyOf: closingPunctuation) }

    private static let closingPunctuation: [StaticString] = [
        "\"", "'", "''", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{2019}\u{2019}", "\u{BB}",
    ]

    private static func startsLowercase(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        return scalar.isASCII ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : scalar.properties.isLowercase
    }

    private static func startsUppercase(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        return scalar.isASCII ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
    }
}

extension String {
    /// Whether the string's UTF-8 bytes are those of one of `spellings`. For punctuation that has no
    /// second, canonically equivalent spelling (quotes, brackets, dashes) this equals `==`, without
    /// the normalization check that `==` makes for every non-ASCII literal it is compared with.
    func isSpelled(asAnyOf spellings: [StaticString]) -> Bool {
        let utf8 = self.utf8
        guard let first = utf8.first else { return false }
        let count = utf8.count
        for spelling in spellings where spelling.utf8CodeUnitCount == count && spelling.utf8Start.pointee == first {
            if spelling.withUTF8Buffer({ utf8.elementsEqual($0) }) { return true }
        }
        return false
    }
}
