import Testing
@testable import LoomLanguage

@Suite struct TokenizerEvaluationTests {
    /// Three documents; the gold tokenization splits `e-commerce` and `AT&T`, and the third document's
    /// words do not spell its text.
    static let sample = """
        # newdoc id = d1
        # newpar id = p1
        # text = Don't buy e-commerce stocks.
        1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_
        1\tDo\tdo\tAUX\tVB\t_\t_\t_\t_\t_
        2\tn't\tnot\tPART\tRB\t_\t_\t_\t_\t_
        3\tbuy\tbuy\tVERB\tVB\t_\t_\t_\t_\t_
        4\te\te\tNOUN\tNN\t_\t_\t_\t_\tSpaceAfter=No
        5\t-\t-\tPUNCT\tHYPH\t_\t_\t_\t_\tSpaceAfter=No
        6\tcommerce\tcommerce\tNOUN\tNN\t_\t_\t_\t_\t_
        7\tstocks\tstock\tNOUN\tNNS\t_\t_\t_\t_\tSpaceAfter=No
        8\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_

        # text = It's AT&T.
        1\tIt\tit\tPRON\tPRP\t_\t_\t_\t_\tSpaceAfter=No
        2\t's\tbe\tAUX\tVBZ\t_\t_\t_\t_\t_
        3\tAT\tAT\tPROPN\tNNP\t_\t_\t_\t_\tSpaceAfter=No
        4\t&\t&\tCCONJ\tCC\t_\t_\t_\t_\tSpaceAfter=No
        5\tT\tT\tPROPN\tNNP\t_\t_\t_\t_\tSpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_

        # newdoc id = d2
        # text = He left Apple Inc.
        1\tHe\the\tPRON\tPRP\t_\t_\t_\t_\t_
        2\tleft\tleave\tVERB\tVBD\t_\t_\t_\t_\t_
        3\tApple\tApple\tPROPN\tNNP\t_\t_\t_\t_\t_
        4\tInc\tInc.\tPROPN\tNNP\t_\t_\t_\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_

        # text = Investors cheered.
        1\tInvestors\tinvestor\tNOUN\tNNS\t_\t_\t_\t_\t_
        2\tcheered\tcheer\tVERB\tVBD\t_\t_\t_\t_\tSpaceAfter=No
        3\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_

        # newdoc id = d3
        # text = Hello world.
        1\tHello\thello\tINTJ\tUH\t_\t_\t_\t_\t_
        2\tthere\tthere\tADV\tRB\t_\t_\t_\t_\tSpaceAfter=No
        3\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_

        """

    @Test func scoresComputedByHand() throws {
        let report = TokenizerEvaluation.evaluate(try CoNLLUReader.parse(Self.sample))
        // Sentence 1: gold 8 words, Loom 6 tokens (`e-commerce` whole), 5 shared.
        // Sentence 2: gold 6, Loom 4 (`AT&T` whole), 3 shared. Sentences 3 and 4 agree: 5 + 3.
        #expect(report.tokens == TokenizerReport.Score(gold: 22, predicted: 18, matched: 16))
        // Hyphen-normalized: `e - commerce` counts as one gold unit, which Loom matches.
        #expect(report.hyphenNormalizedTokens == TokenizerReport.Score(gold: 20, predicted: 18, matched: 17))
        #expect(report.skippedSentences == 1)
        // Documents: d1 split right (2 of 2); d2 merged (`Inc. Investors` does not end a sentence): 0 of
        // 2 gold, 1 predicted; d3 right (1 of 1).
        #expect(report.documents == 3)
        #expect(report.sentences == TokenizerReport.Score(gold: 5, predicted: 4, matched: 3))
        #expect(abs(report.tokens.f1 - 32.0 / 40.0) < 1e-12)
        #expect(abs(report.tokens.precision - 16.0 / 18.0) < 1e-12)
        #expect(abs(report.tokens.recall - 16.0 / 22.0) < 1e-12)
        #expect(report.frequentMisses.contains(TokenizerReport.Miss(text: "AT", count: 1)))
    }

    @Test func disagreementsListTheDifferingSentences() throws {
        let sentences = try CoNLLUReader.parse(Self.sample)
        let differences = TokenizerEvaluation.disagreements(sentences, limit: 10)
        #expect(differences.map(\.text) == ["It's AT&T."])
        #expect(differences.first?.missed == ["AT", "&", "T"])
        #expect(differences.first?.extra == ["AT&T"])
        let boundaries = TokenizerEvaluation.sentenceDisagreements(sentences, limit: 10)
        #expect(boundaries == ["He left Apple Inc.‖ Investors cheered."])
    }

    @Test func emptyInputScoresPerfectly() {
        let report = TokenizerEvaluation.evaluate([])
        #expect(report.tokens.f1 == 1)
        #expect(report.sentences.gold == 0)
    }
}
