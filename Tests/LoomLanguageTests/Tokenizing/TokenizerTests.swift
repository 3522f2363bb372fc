import Testing
@testable import LoomLanguage

/// Input text and the tokens expected for it.
struct TokenCase: CustomTestStringConvertible, Sendable {
    var text: String
    var tokens: [String]
    init(_ text: String, _ tokens: [String]) {
        self.text = text
        self.tokens = tokens
    }
    var testDescription: String { text }
}

/// Checks the tokens and that each token's offsets select exactly its text.
func expectTokens(_ testCase: TokenCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let tokens = Tokenizer().tokenize(testCase.text)
    #expect(tokens.map(\.text) == testCase.tokens, sourceLocation: sourceLocation)
    let scalars = Array(testCase.text.unicodeScalars)
    for token in tokens {
        #expect(token.start >= 0 && token.start < token.end && token.end <= scalars.count, sourceLocation: sourceLocation)
        guard token.start >= 0, token.start < token.end, token.end <= scalars.count else { continue }
        let slice = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
        #expect(slice == token.text, "offsets \(token.start)..<\(token.end)", sourceLocation: sourceLocation)
    }
}

@Suite struct TokenizerTests {
    static let abbreviationsCases: [TokenCase] = [
        TokenCase("Apple Inc. and Microsoft Corp. met", ["Apple", "Inc.", "and", "Microsoft", "Corp.", "met"]),
        TokenCase("Acme Ltd. and Smith & Co. agreed", ["Acme", "Ltd.", "and", "Smith", "&", "Co.", "agreed"]),
        TokenCase("Mr. and Mrs. Smith met Dr. Jones and Prof. Lee", ["Mr.", "and", "Mrs.", "Smith", "met", "Dr.", "Jones", "and", "Prof.", "Lee"]),
        TokenCase("St. Louis in the U.S. and the U.K. too", ["St.", "Louis", "in", "the", "U.S.", "and", "the", "U.K.", "too"]),
        TokenCase("fruit, e.g., apples, i.e., food, etc., vs. meat", ["fruit", ",", "e.g.", ",", "apples", ",", "i.e.", ",", "food", ",", "etc.", ",", "vs.", "meat"]),
        TokenCase("WENATCHEE, Wash., Aug. 14 and RICHLAND PARISH, La., Dec. 4", ["WENATCHEE", ",", "Wash.", ",", "Aug.", "14", "and", "RICHLAND", "PARISH", ",", "La.", ",", "Dec.", "4"]),
        TokenCase("on Jan. 5 and Feb. 6 and Sept. 7 and Dec. 8", ["on", "Jan.", "5", "and", "Feb.", "6", "and", "Sept.", "7", "and", "Dec.", "8"]),
        TokenCase("the No. 1 seller", ["the", "No.", "1", "seller"]),
        TokenCase("APPLE INC. AND call ext. 4567", ["APPLE", "INC.", "AND", "call", "ext.", "4567"]),
        TokenCase("The answer was No. Then", ["The", "answer", "was", "No", ".", "Then"]),
        TokenCase("at 3 p.m. today", ["at", "3", "p.m.", "today"]),
        TokenCase("J. K. Rowling wrote", ["J.", "K.", "Rowling", "wrote"]),
        TokenCase("George W. Bush said", ["George", "W.", "Bush", "said"]),
        TokenCase("a U.S.-based firm", ["a", "U.S.-based", "firm"]),
        TokenCase("John Smith Jr. has a Ph.D. in law", ["John", "Smith", "Jr.", "has", "a", "Ph.D.", "in", "law"]),
        TokenCase("It ended.", ["It", "ended", "."]),
        TokenCase("He bought it in the U.S.", ["He", "bought", "it", "in", "the", "U.S", "."]),
    ]

    static let numbersCases: [TokenCase] = [
        TokenCase("$53 billion", ["$", "53", "billion"]),
        TokenCase("380 billion yuan", ["380", "billion", "yuan"]),
        TokenCase("up 2.5% today", ["up", "2.5", "%", "today"]),
        TokenCase("€1,200.50 and £3", ["€", "1,200.50", "and", "£", "3"]),
        TokenCase("1,000 people", ["1,000", "people"]),
        TokenCase("the 21st century, 2nd and 3rd", ["the", "21st", "century", ",", "2nd", "and", "3rd"]),
        TokenCase("at 3:30 on 2025-03-01", ["at", "3:30", "on", "2025-03-01"]),
        TokenCase("5G phones and a 10km race", ["5G", "phones", "and", "a", "10km", "race"]),
        TokenCase("from 1969-1970 and 3:00-5:30", ["from", "1969", "-", "1970", "and", "3:00", "-", "5:30"]),
        TokenCase("call 555-1234 or 1-800-555-1234", ["call", "555-1234", "or", "1-800-555-1234"]),
        TokenCase("on 9/11 at .5 and 5pm", ["on", "9/11", "at", ".5", "and", "5", "pm"]),
        TokenCase("Maersk A/S said N/A and/or AB/C", ["Maersk", "A/S", "said", "N/A", "and", "/", "or", "AB", "/", "C"]),
        TokenCase("in the '90s and 1980's", ["in", "the", "'90s", "and", "1980's"]),
        TokenCase("It rose 3.", ["It", "rose", "3", "."]),
    ]

    static let wordsCases: [TokenCase] = [
        TokenCase("e-commerce AWS-like state-of-the-art", ["e-commerce", "AWS-like", "state-of-the-art"]),
        TokenCase("Alibaba's shares", ["Alibaba", "'s", "shares"]),
        TokenCase("the companies' shares", ["the", "companies", "'", "shares"]),
        TokenCase("Alibaba’s and companies’ results", ["Alibaba", "’s", "and", "companies", "’", "results"]),
        TokenCase("Apple Inc.'s profit", ["Apple", "Inc.", "'s", "profit"]),
        TokenCase("AT&T and R&D", ["AT&T", "and", "R&D"]),
        TokenCase("O'Brien and rock'n'roll", ["O'Brien", "and", "rock'n'roll"]),
        TokenCase("Zürich, Müller and José", ["Zürich", ",", "Müller", "and", "José"]),
        TokenCase("naïve cafe\u{301} Straße", ["naïve", "cafe\u{301}", "Straße"]),
    ]

    static let contractionsCases: [TokenCase] = [
        TokenCase("don't", ["do", "n't"]),
        TokenCase("can't", ["ca", "n't"]),
        TokenCase("won't", ["wo", "n't"]),
        TokenCase("I'm", ["I", "'m"]),
        TokenCase("we'll", ["we", "'ll"]),
        TokenCase("they've", ["they", "'ve"]),
        TokenCase("it's", ["it", "'s"]),
        TokenCase("you're", ["you", "'re"]),
        TokenCase("she'd", ["she", "'d"]),
        TokenCase("DON'T", ["DO", "N'T"]),
        TokenCase("doesn’t", ["does", "n’t"]),
        TokenCase("cannot", ["can", "not"]),
        TokenCase("gonna", ["gon", "na"]),
    ]

    static let punctuationCases: [TokenCase] = [
        TokenCase("\"Yes,\" he said.", ["\"", "Yes", ",", "\"", "he", "said", "."]),
        TokenCase("“Yes,” he said.", ["“", "Yes", ",", "”", "he", "said", "."]),
        TokenCase("'quoted' word", ["'", "quoted", "'", "word"]),
        TokenCase("‘’Yes’’", ["‘’", "Yes", "’’"]),
        TokenCase("rose--sharply", ["rose", "--", "sharply"]),
        TokenCase("rose—sharply", ["rose", "—", "sharply"]),
        TokenCase("pages 10–20", ["pages", "10", "–", "20"]),
        TokenCase("and then... maybe… not", ["and", "then", "...", "maybe", "…", "not"]),
        TokenCase("(see [1] and {x})", ["(", "see", "[", "1", "]", "and", "{", "x", "}", ")"]),
        TokenCase("Really?! Yes!!!", ["Really", "?!", "Yes", "!!!"]),
        TokenCase("a; b: c / d", ["a", ";", "b", ":", "c", "/", "d"]),
        TokenCase("#hashtag @user", ["#", "hashtag", "@", "user"]),
    ]

    static let addressesCases: [TokenCase] = [
        TokenCase("see https://example.com/a?b=1&c=2.", ["see", "https://example.com/a?b=1&c=2", "."]),
        TokenCase("(www.example.org/path)", ["(", "www.example.org/path", ")"]),
        TokenCase("see http://en.wikipedia.org/wiki/Foo_(bar)", ["see", "http://en.wikipedia.org/wiki/Foo_(bar)"]),
        TokenCase("mail john.doe@example.com, now", ["mail", "john.doe@example.com", ",", "now"]),
        TokenCase("Amazon.com sells", ["Amazon.com", "sells"]),
    ]

    @Test(arguments: abbreviationsCases) func abbreviations(_ testCase: TokenCase) { expectTokens(testCase) }
    @Test(arguments: numbersCases) func numbers(_ testCase: TokenCase) { expectTokens(testCase) }
    @Test(arguments: wordsCases) func words(_ testCase: TokenCase) { expectTokens(testCase) }
    @Test(arguments: contractionsCases) func contractions(_ testCase: TokenCase) { expectTokens(testCase) }
    @Test(arguments: punctuationCases) func punctuation(_ testCase: TokenCase) { expectTokens(testCase) }
    @Test(arguments: addressesCases) func addresses(_ testCase: TokenCase) { expectTokens(testCase) }

    @Test func offsetsCountScalarsNotBytesOrCharacters() {
        let text = "Zürich 👍🏽 e\u{301}t\u{e9} 日本 ok"
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map(\.text) == ["Zürich", "👍🏽", "e\u{301}t\u{e9}", "日本", "ok"])
        #expect(tokens.map(\.start) == [0, 7, 10, 15, 18])
        #expect(tokens.map(\.end) == [6, 9, 14, 17, 20])
        expectTokens(TokenCase(text, tokens.map(\.text)))
    }

    @Test func spaceAfterFollowsTheSource() {
        let tokens = Tokenizer().tokenize("Hi, you\tthere!")
        #expect(tokens.map(\.spaceAfter) == [false, true, true, false, false])
    }
}
