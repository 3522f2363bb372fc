import Testing
@testable import LoomDocuments

@Suite struct EvaluationTests {
    @Test func tokensFollowUnicodeWordRuns() {
        #expect(TokenOverlap.tokens("It's 3.5 km — naïve_x 東京タワー!").map(String.init) == ["It", "s", "3", "5", "km", "naïve_x", "東京タワー"])
    }

    @Test func multisetPrecisionAndRecall() {
        let score = TokenOverlap.precisionRecall(predicted: ["a", "a", "b", "c"], gold: ["a", "b", "b", "d", "e"])
        #expect(score.precision == 0.5)
        #expect(score.recall == 0.4)
        #expect(TokenOverlap.precisionRecall(predicted: [String](), gold: ["a"]).precision == 0)
    }

    @Test func shinglesOfFour() {
        let tokens = TokenOverlap.tokens("a b c d e")
        #expect(TokenOverlap.shingles(tokens, size: 4) == ["a b c d", "b c d e"])
        #expect(TokenOverlap.shingles(TokenOverlap.tokens("a b"), size: 4) == ["a b"])
    }

    @Test func titleNormalizationFoldsCaseQuotesDashesAndSpaces() {
        #expect(TitleMatch.matches("Obama’s  “Big” Day – Live", "obama's \"big\" day - live"))
        #expect(!TitleMatch.matches("Obama's Day", "Obama's Big Day"))
        #expect(!TitleMatch.matches(nil, "x"))
    }

    @Test func sameDayComparesCalendarDates() {
        #expect(TextExtractionEvaluation.sameDay("2015-07-24T05:36:09+01:00", "2015-07-24"))
        #expect(!TextExtractionEvaluation.sameDay("2015-07-25", "2015-07-24T23:00"))
        #expect(!TextExtractionEvaluation.sameDay("July 24, 2015", "2015-07-24"))
    }

    @Test func reportAveragesPagesThenTakesF1() {
        let pages = [
            TextExtractionEvaluation.PageScore(name: "a", precision: 1, recall: 0.5, shinglePrecision: 1, shingleRecall: 0.5, titleCorrect: true, dateCorrect: nil),
            TextExtractionEvaluation.PageScore(name: "b", precision: 0.5, recall: 1, shinglePrecision: 0.5, shingleRecall: 1, titleCorrect: false, dateCorrect: true),
        ]
        let report = TextExtractionEvaluation.Report(pages: pages, bytes: 2_000_000, seconds: 0.5)
        #expect(report.precision == 0.75 && report.recall == 0.75 && report.f1 == 0.75)
        #expect(report.titleCounts == (1, 2))
        #expect(report.dateCounts == (1, 1))
        #expect(report.megabytesPerSecond == 4)
    }
}
