import ArgumentParser
import Foundation
import LoomExtraction

/// `loom eval openie`: CaRB scores of open information extraction.
struct EvalOpenIE: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openie",
        abstract: "Score open information extraction with CaRB (lenient binary matcher): P, R, F1, AUC.")

    @Option(help: "CaRB gold tuples (SENTENCE<TAB>RELATION<TAB>ARG1…).")
    var gold: String

    @Option(help: "Predictions to score (SENTENCE<TAB>CONFIDENCE<TAB>RELATION<TAB>ARG1…).")
    var predictions: String

    func run() async throws {
        let goldTuples = try CaRBReader.readGold(contentsOf: URL(fileURLWithPath: gold))
        let predicted = try CaRBReader.readPredictions(contentsOf: URL(fileURLWithPath: predictions))
        let result = CaRBScorer.score(gold: goldTuples, predictions: predicted)
        print(String(format: "P %.4f  R %.4f  F1 %.4f  AUC %.4f  (%d thresholds)",
                     result.precision, result.recall, result.f1, result.auc, result.thresholds))
    }
}
