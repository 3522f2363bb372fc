import Testing
@testable import LoomLanguage

@Suite struct TokenizerRobustnessTests {
    @Test func emptyAndWhitespaceGiveNothing() {
        for text in ["", " ", "\n\n\t \r\n", "\u{00A0}\u{2003}\u{3000}", "\u{0}\u{1}\u{7F}"] {
            #expect(Tokenizer().tokenize(text).isEmpty)
            #expect(Tokenizer().sentences(in: text).isEmpty)
        }
    }

    @Test func controlCharactersAndNULSeparateTokens() {
        expectTokens(TokenCase("a\u{0}b\u{7}c\u{1B}d", ["a", "b", "c", "d"]))
    }

    @Test func replacementCharacterIsASymbol() {
        expectTokens(TokenCase("bad\u{FFFD}byte", ["bad", "\u{FFFD}", "byte"]))
        let decoded = String(decoding: [0x61, 0xFF, 0x62, 0xC3] as [UInt8], as: UTF8.self)
        expectTokens(TokenCase(decoded, ["a", "\u{FFFD}", "b", "\u{FFFD}"]))
    }

    @Test func longTokensAreCutIntoPiecesOfAtMostTheLimit() {
        let limit = TokenScanner.maximumTokenLength
        let text = String(repeating: "x", count: 2 * limit + 10)
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map { $0.end - $0.start } == [limit, limit, 10])
        #expect(tokens.map(\.spaceAfter) == [false, false, false])
        let dashes = Tokenizer().tokenize(String(repeating: "-", count: limit + 1))
        #expect(dashes.map(\.text.count) == [limit, 1])
        let url = "http://example.com/" + String(repeating: "a", count: limit)
        #expect(Tokenizer().tokenize(url).allSatisfy { $0.end - $0.start <= limit })
    }

    @Test func oneMegabyteWithoutSpacesIsLinear() {
        let pieces = ["a", "1", ".", "-", "'", "é", "\"", "x", ",", "@", "/"]
        var text = ""
        text.reserveCapacity(1 << 20)
        var index = 0
        while text.utf8.count < 1 << 20 {
            text += pieces[index % pieces.count]
            index = (index &* 31 &+ 7) & 0xFFFF
        }
        let clock = ContinuousClock()
        var tokens: [Token] = []
        let elapsed = clock.measure { tokens = Tokenizer().tokenize(text) }
        #expect(!tokens.isEmpty)
        #expect(tokens.allSatisfy { $0.end - $0.start <= TokenScanner.maximumTokenLength })
        #expect(tokens.last?.end == text.unicodeScalars.count)
        #expect(elapsed < .seconds(30))
    }

    @Test func fiftyMegabyteSingleLine() {
        let text = String(repeating: "Apple's e-commerce arm rose 2.5% to $53 billion, ", count: 1_050_000)
        #expect(text.utf8.count >= 50_000_000)
        let sentences = Tokenizer().sentences(in: text)
        let count = sentences.reduce(0) { $0 + $1.tokens.count }
        #expect(count == 12_600_000)
        #expect(sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumSentenceLength })
        #expect(sentences.last?.tokens.last?.end == text.unicodeScalars.count - 1)
    }

    @Test func longSentencesAreCut() {
        let limit = SentenceSplitter.maximumSentenceLength
        let text = String(repeating: "word ", count: 2 * limit + 3) + "end."
        let sentences = Tokenizer().sentences(in: text)
        #expect(sentences.map(\.tokens.count) == [limit, limit, 5])
        #expect(sentences.map(\.startsParagraph) == [true, false, false])
    }

    @Test func noTokenIsEmptyAndOffsetsIncrease() {
        let text = "’’‘’\"''`` -- — … ... ?!? ¿Qué? «Non» 1,2,3 a.b.c. x-y-z- -a 'a' '' ' ’s n't"
        let tokens = Tokenizer().tokenize(text)
        var previousEnd = 0
        for token in tokens {
            #expect(token.start >= previousEnd && token.end > token.start)
            previousEnd = token.end
        }
        expectTokens(TokenCase(text, tokens.map(\.text)))
    }
}
