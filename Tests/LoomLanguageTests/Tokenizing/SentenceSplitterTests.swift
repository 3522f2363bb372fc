import Testing
@testable import LoomLanguage

/// Input text and the sentences expected for it (tokens joined by single spaces).
struct SentenceCase: CustomTestStringConvertible, Sendable {
    var text: String
    var sentences: [String]
    init(_ text: String, _ sentences: [String]) {
        self.text = text
        self.sentences = sentences
    }
    var testDescription: String { text }
}

@Suite struct SentenceSplitterTests {
    static let cases: [SentenceCase] = [
        SentenceCase("It rose. It fell.", ["It rose .", "It fell ."]),
        SentenceCase("Did it? Yes! Good.", ["Did it ?", "Yes !", "Good ."]),
        SentenceCase("Is it?! No.", ["Is it ?!", "No ."]),
        SentenceCase("He said, \"We won.\" Then he left.", ["He said , \" We won . \"", "Then he left ."]),
        SentenceCase("“We won.” Then", ["“ We won . ”", "Then"]),
        SentenceCase("\"Is it?\" he asked.", ["\" Is it ? \" he asked ."]),
        SentenceCase("(It rose.) Then it fell.", ["( It rose . )", "Then it fell ."]),
        SentenceCase("It was built by Apple Inc. The company said so.", ["It was built by Apple Inc .", "The company said so ."]),
        SentenceCase("Shares of Apple Inc. rose.", ["Shares of Apple Inc. rose ."]),
        SentenceCase("Apple Inc. Chief Executive Tim Cook spoke.", ["Apple Inc. Chief Executive Tim Cook spoke ."]),
        SentenceCase("It opened in the U.S. It grew.", ["It opened in the U.S .", "It grew ."]),
        SentenceCase("The U.S. Senate voted.", ["The U.S. Senate voted ."]),
        SentenceCase("Mr. Smith met Dr. Jones.", ["Mr. Smith met Dr. Jones ."]),
        SentenceCase("J. K. Rowling wrote it.", ["J. K. Rowling wrote it ."]),
        SentenceCase("It is approx. five km.", ["It is approx. five km ."]),
        SentenceCase("Prices rose 2.5% in Jan. and fell.", ["Prices rose 2.5 % in Jan. and fell ."]),
        SentenceCase("Wait... What?", ["Wait ...", "What ?"]),
        SentenceCase("and then... maybe not.", ["and then ... maybe not ."]),
        SentenceCase("It ended . . . Then", ["It ended . . .", "Then"]),
        SentenceCase("1. The first point.", ["1 . The first point ."]),
        SentenceCase("It rose 5.5 percent.", ["It rose 5.5 percent ."]),
        SentenceCase("See www.example.com. It works.", ["See www.example.com .", "It works ."]),
        SentenceCase("HANGZHOU, China (Reuters) - Alibaba rose.", ["HANGZHOU , China ( Reuters ) -", "Alibaba rose ."]),
        SentenceCase("NEW DELHI -- India won. It - the team - won.", ["NEW DELHI --", "India won .", "It - the team - won ."]),
        SentenceCase("The ECB - Europe's bank - held rates.", ["The ECB - Europe 's bank - held rates ."]),
    ]

    @Test(arguments: cases) func sentences(_ testCase: SentenceCase) {
        let sentences = Tokenizer().sentences(in: testCase.text)
        #expect(sentences.map { $0.tokens.map(\.text).joined(separator: " ") } == testCase.sentences)
    }

    @Test func paragraphBreakEndsSentenceAndMarksNextOne() {
        let sentences = Tokenizer().sentences(in: "First line goes on\n\nSecond one. Third one.\n \nfourth")
        #expect(sentences.map { $0.tokens.map(\.text).joined(separator: " ") }
            == ["First line goes on", "Second one .", "Third one .", "fourth"])
        #expect(sentences.map(\.startsParagraph) == [true, true, false, true])
    }

    @Test func headlineLineEndsSentence() {
        let sentences = Tokenizer().sentences(in: "Alibaba Plans Cloud Push\nHANGZHOU (Reuters) - Alibaba said on Monday.")
        #expect(sentences.count == 2)
        #expect(sentences[0].tokens.map(\.text) == ["Alibaba", "Plans", "Cloud", "Push"])
        #expect(sentences.map(\.startsParagraph) == [true, false])
    }

    @Test func wrappedLineDoesNotEndSentence() {
        let text = "The company said that it would\nexpand, and that\nsales rose."
        let sentences = Tokenizer().sentences(in: text)
        #expect(sentences.count == 1)
    }

    @Test func paragraphBreaksWithCarriageReturnsAndSeparators() {
        #expect(Tokenizer().sentences(in: "One\r\n\r\nTwo").map(\.startsParagraph) == [true, true])
        #expect(Tokenizer().sentences(in: "One\u{2029}two").count == 2)
    }

    @Test func finalAbbreviationPeriodKeepsOffsets() {
        let text = "He lives in the U.S.\n\nShe left."
        let tokens = Tokenizer().sentences(in: text).flatMap(\.tokens)
        #expect(tokens.map(\.text) == ["He", "lives", "in", "the", "U.S", ".", "She", "left", "."])
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
        #expect(tokens[4].spaceAfter == false)
    }

    @Test func sentencesCoverAllTokensInOrder() {
        let text = "A b. C d? \"E f!\" g h...\n\nI j\nK l (m n.) O."
        let flat = Tokenizer().sentences(in: text).flatMap(\.tokens)
        #expect(flat == Tokenizer().tokenize(text))
    }
}
