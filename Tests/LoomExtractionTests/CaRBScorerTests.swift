import Foundation
import Testing
@testable import LoomExtraction

@Suite struct CaRBScorerTests {
    static let folder = URL(fileURLWithPath: "/work/shared/data/carb-dev")
    static let hasData = FileManager.default.fileExists(atPath: folder.appendingPathComponent("dev_gold.tsv").path)

    @Test(
        "Reproduces the official reference scores",
        .enabled(if: hasData, "needs /work/shared/data/carb-dev"),
        arguments: [
            ("dep_nary", 0.6318, 0.4272, 0.5097, 0.3486),
            ("textacy_svo", 0.7095, 0.1093, 0.1894, 0.0934),
            ("thirds", 0.3048, 0.2671, 0.2847, 0.1742),
            ("whole_sentence", 0.2216, 0.8289, 0.3497, 0.5063),
        ])
    func reference(row: (String, Double, Double, Double, Double)) throws {
        let (name, p, r, f1, auc) = row
        let gold = try CaRBReader.readGold(contentsOf: Self.folder.appendingPathComponent("dev_gold.tsv"))
        let predictions = try CaRBReader.readPredictions(
            contentsOf: Self.folder.appendingPathComponent("reference/\(name).tsv"))
        let result = CaRBScorer.score(gold: gold, predictions: predictions)
        #expect(abs(result.precision - p) <= 0.0005, "P \(result.precision)")
        #expect(abs(result.recall - r) <= 0.0005, "R \(result.recall)")
        #expect(abs(result.f1 - f1) <= 0.0005, "F1 \(result.f1)")
        #expect(abs(result.auc - auc) <= 0.0005, "AUC \(result.auc)")
    }

    @Test func keyRemovesSpacesEscapesAndPunctuation() {
        #expect(CaRBScorer.key("He said -LRB- loudly -RRB- , `` yes '' .") == "Hesaidloudlyyes")
        #expect(CaRBScorer.key("Pittsburgh 's $ 4.25") == "Pittsburghs425")
    }

    @Test func pairScoreCountsWordsAndTheBeRule() {
        let gold = CaRBTuple(relation: "is", arguments: ["Bush", "President"])
        let exact = CaRBTuple(relation: "be", arguments: ["Bush", "President of the US"])
        let (p, r) = CaRBMatcher.score(gold: gold, prediction: exact)
        #expect(abs(p - 3.0 / 6.0) < 1e-12)
        #expect(r == 1)
        let noRelation = CaRBTuple(relation: "made", arguments: ["Bush", "President"])
        #expect(CaRBMatcher.score(gold: gold, prediction: noRelation) == (0, 0))
        let missingArgument = CaRBTuple(relation: "is", arguments: ["Bush"])
        #expect(CaRBMatcher.score(gold: gold, prediction: missingArgument) == (0, 0))
    }

    @Test func pairScoreCollapsesExtraArgumentsAndSwapsForSaid() {
        let gold = CaRBTuple(relation: "taught at", arguments: ["Rodan", "the University", "From 1970"])
        let prediction = CaRBTuple(relation: "taught at", arguments: ["Rodan", "the University From 1970"])
        #expect(CaRBMatcher.score(gold: gold, prediction: prediction) == (1, 1))
        let said = CaRBTuple(relation: "said", arguments: ["he", "it rains"])
        let swapped = CaRBTuple(relation: "said", arguments: ["it rains", "he"])
        #expect(CaRBMatcher.score(gold: said, prediction: swapped) == (1, 1))
        let notSaid = CaRBTuple(relation: "saw", arguments: ["he", "it"])
        let (p, r) = CaRBMatcher.score(gold: notSaid, prediction: CaRBTuple(relation: "saw", arguments: ["it", "he"]))
        #expect(abs(p - 1.0 / 3.0) < 1e-12 && abs(r - 1.0 / 3.0) < 1e-12)
    }

    @Test func confidenceOrderingShapesTheCurve() throws {
        let gold = try CaRBReader.parseGold("a b c .\tsaw\ta\tc\n")
        let good = "a b c .\t0.9\tsaw\ta\tc\n"
        let bad = "a b c .\t0.1\tbit\tb\tc\n"
        let ranked = CaRBScorer.score(gold: gold, predictions: try CaRBReader.parsePredictions(good + bad))
        #expect(ranked.f1 == 1)
        #expect(ranked.thresholds == 2)
        // Curve: (r 1, p 0.5) at 0.1, (1, 1) at 0.9, then (0, 1): area 0 + 1.
        #expect(abs(ranked.auc - 1) < 1e-12)
        #expect(ranked.curve == [
            CaRBCurvePoint(threshold: 0.1, precision: 0.5, recall: 1), CaRBCurvePoint(threshold: 0.9, precision: 1, recall: 1),
        ])
        let inverted = "a b c .\t0.1\tsaw\ta\tc\na b c .\t0.9\tbit\tb\tc\n"
        let worse = CaRBScorer.score(gold: gold, predictions: try CaRBReader.parsePredictions(inverted))
        #expect(worse.auc < ranked.auc)
    }

    @Test func sentencesWithoutPredictionsCountAgainstRecall() throws {
        let gold = try CaRBReader.parseGold("a b .\tx\ta\tb\nc d .\ty\tc\td\n")
        let result = CaRBScorer.score(gold: gold, predictions: try CaRBReader.parsePredictions("a b .\t1\tx\ta\tb\n"))
        #expect(result.precision == 1)
        #expect(result.recall == 0.5)
    }

    @Test func malformedRowsNameFileAndLine() {
        #expect(throws: CaRBFormatError(file: "p.tsv", line: 2, reason: "confidence 'high' is not a number")) {
            try CaRBReader.parsePredictions("s\t1\tr\ta\ns\thigh\tr\ta\n", name: "p.tsv")
        }
        #expect(throws: CaRBFormatError.self) { try CaRBReader.parsePredictions("s\t1\n", name: "p.tsv") }
        #expect(throws: CaRBFormatError.self) { try CaRBReader.parseGold("just a sentence\n", name: "g.tsv") }
    }

    @Test func goldDropsContextArguments() throws {
        let gold = try CaRBReader.parseGold("s .\tsaid\the\tC: if so\tit\n")
        #expect(gold.groups[0].tuples[0].arguments == [["he"], ["it"]])
    }
}
