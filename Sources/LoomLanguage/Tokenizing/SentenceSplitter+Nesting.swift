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
            if text.isSpelled(asAnyOf: Self.openingBrackets) {
                brackets += 1
            } else if text.isSpelled(asAnyOf: Self.closingBrackets) {
                brackets = max(0, brackets - 1)
            } else if text.isSpelled(asAnyOf: Self.straightQuote) {
                straightQuotes.toggle()
            } else if text.isSpelled(asAnyOf: Self.openingCurlyQuotes) {
                curlyQuotes += 1
            } else if text.isSpelled(asAnyOf: Self.closingCurlyQuotes) {
                curlyQuotes = max(0, curlyQuotes - 1)
            }
        }

        /// Whether `text` closes a bracket or quote opened in the sentence.
        func closes(_ text: String) -> Bool {
            if text.isSpelled(asAnyOf: Self.closingBrackets) { return brackets > 0 }
            if text.isSpelled(asAnyOf: Self.straightQuote) { return straightQuotes }
            if text.isSpelled(asAnyOf: Self.closingCurlyQuotes) { return curlyQuotes > 0 }
            return false
        }

        private static let openingBrackets: [StaticString] = ["(", "[", "{"]
        private static let closingBrackets: [StaticString] = [")", "]", "}"]
        private static let straightQuote: [StaticString] = ["\""]
        /// `“` and `‘’` used as a double quote.
        private static let openingCurlyQuotes: [StaticString] = ["\u{201C}", "\u{2018}\u{2019}"]
        /// `”` and `’’` used as a double quote.
        private static let closingCurlyQuotes: [StaticString] = ["\u{201D}", "\u{2019}\u{2019}"]
    }
}
