/// Groups tokens into sentences; the rules are documented on ``Tokenizer/sentences(in:)``.
enum SentenceSplitter {
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

    static func split(_ tokens: [Token], breaks: [TokenBreak]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var startsParagraph = true
        var k = 0
        while k < tokens.count {
            var last = k
            var ends = k == tokens.count - 1 || breaks[k] == .paragraph
            let ending = ends ? .none : self.ending(of: tokens[k].text)
            if ending != .none {
                var j = k
                while j + 1 < tokens.count, breaks[j] == .none, tokens[j + 1].start == tokens[j].end,
                    isClosing(tokens[j + 1].text)
                {
                    j += 1
                }
                let next = j + 1 < tokens.count ? tokens[j + 1].text : nil
                if endsSentence(ending, token: tokens[k].text, next: next) || breaks[j] == .paragraph {
                    ends = true
                    last = j
                }
            }
            if !ends, breaks[k] == .line, lineBreakEndsSentence(after: tokens[k].text, next: tokens[k + 1].text) {
                ends = true
            }
            if ends || last == tokens.count - 1 {
                sentences.append(Sentence(tokens: Array(tokens[first...last]), startsParagraph: startsParagraph))
                startsParagraph = breaks[last] == .paragraph
                first = last + 1
            }
            k = last + 1
        }
        return sentences
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

    private static func endsSentence(_ ending: Ending, token: String, next: String?) -> Bool {
        guard let next else { return true }
        switch ending {
        case .none: return false
        case .strong: return !startsLowercase(next)
        case .ellipsis: return startsUppercase(next)
        case .abbreviation:
            if let kind = Abbreviations.kind(ofToken: token), kind != .canEnd { return false }
            return Abbreviations.sentenceStarters.contains(next)
        }
    }

    private static func lineBreakEndsSentence(after text: String, next: String) -> Bool {
        if text == "," || text == ";" || text == "-" || text == "&" { return false }
        if let kind = Abbreviations.kind(ofToken: text), kind == .title { return false }
        return !startsLowercase(next)
    }

    private static func isClosing(_ text: String) -> Bool {
        switch text {
        case "\"", "'", "''", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{BB}": return true
        default: return false
        }
    }

    private static func startsLowercase(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        return scalar.isASCII ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : scalar.properties.isLowercase
    }

    private static func startsUppercase(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        return scalar.isASCII ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
    }
}
