extension SentenceSplitter {
    /// Brackets and quotes open in the current sentence, so that a closing one after a space still
    /// belongs to it (`(Click here for source. )`, `"… a void. "`).
    struct Nesting {
        var brackets = 0
        var straightQuotes = false
        var curlyQuotes = 0

        mutating func note(_ text: String) {
            guard let byte = text.utf8.first, byte == 0x28 || byte == 0x29 || byte == 0x5B || byte == 0x5D
                || byte == 0x7B || byte == 0x7D || byte == 0x22 || byte == 0xE2
            else { return }
            switch text {
            case "(", "[", "{": brackets += 1
            case ")", "]", "}": brackets = max(0, brackets - 1)
            case "\"": straightQuotes.toggle()
            case "\u{201C}", "\u{2018}\u{2019}": curlyQuotes += 1
            case "\u{201D}", "\u{2019}\u{2019}": curlyQuotes = max(0, curlyQuotes - 1)
            default: break
            }
        }

        /// Whether `text` closes a bracket or quote opened in the sentence.
        func closes(_ text: String) -> Bool {
            switch text {
            case ")", "]", "}": return brackets > 0
            case "\"": return straightQuotes
            case "\u{201D}", "\u{2019}\u{2019}": return curlyQuotes > 0
            default: return false
            }
        }
    }
}
