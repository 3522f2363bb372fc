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

    @Option(help: "Pre-tokenized sentences, one per line: tag, parse and extract with Loom's bundled models.")
    var sentences: String?

    @Option(help: "Parses of the sentences (CoNLL-U): extract from these instead of Loom's tagger and parser.")
    var parses: String?

    @Option(help: "Predictions to score as they are (SENTENCE<TAB>CONFIDENCE<TAB>RELATION<TAB>ARG1…).")
    var predictions: String?

    @Option(help: "With --sentences or --parses: also write Loom's predictions to this file.")
    var output: String?

    @Option(help: "With --sentences or --parses: write each prediction's confidence features to this file (a header line, then one line per prediction; see Scripts/fit_confidence.py).")
    var features: String?

    @Flag(help: "With --sentences or --parses: give every extraction confidence 1.")
    var constantConfidence = false

    @Flag(help: "With --sentences or --parses: leave out statements inside reported speech.")
    var excludeReported = false

    @Option(help: "Also print this many points of the precision–recall curve (highest confidence first).")
    var curve = 0

    func validate() throws {
        guard [sentences, parses, predictions].compactMap({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --sentences, --parses and --predictions")
        }
    }

    func run() async throws {
        let goldTuples = try CaRBReader.readGold(contentsOf: URL(fileURLWithPath: gold))
        let predicted: CaRBSentenceGroups
        if let predictions {
            predicted = try CaRBReader.readPredictions(contentsOf: URL(fileURLWithPath: predictions))
        } else {
            var runner: CaRBRunner
            let run: CaRBRun
            if let parses {
                runner = try CaRBRunner.parses(
                    at: URL(fileURLWithPath: parses), constantConfidence: constantConfidence, includeReported: !excludeReported)
                runner.collectFeatures = features != nil
                run = try runner.run(sentences: try CaRBRunner.sentences(ofParsesAt: URL(fileURLWithPath: parses)))
            } else {
                runner = try CaRBRunner.bundled(constantConfidence: constantConfidence, includeReported: !excludeReported)
                runner.collectFeatures = features != nil
                run = try runner.run(sentencesAt: URL(fileURLWithPath: sentences!))
            }
            if let features {
                let header = Extractor.confidenceFeatureNames.joined(separator: "\t") + "\n"
                try (header + run.features).write(toFile: features, atomically: true, encoding: .utf8)
            }
            if let output { try run.predictions.write(toFile: output, atomically: true, encoding: .utf8) }
            predicted = try CaRBReader.parsePredictions(run.predictions, name: "<loom predictions>")
            let analysis = run.analysis / max(1, run.sentences), extraction = run.extraction / max(1, run.sentences)
            print("\(run.sentences) sentences, \(run.extractions) extractions; per sentence: analysis \(analysis), extraction \(extraction)")
        }
        let result = CaRBScorer.score(gold: goldTuples, predictions: predicted)
        print(String(format: "P %.4f  R %.4f  F1 %.4f  AUC %.4f  (%d thresholds)",
                     result.precision, result.recall, result.f1, result.auc, result.thresholds))
        if curve > 0, !result.curve.isEmpty {
            let step = max(1, result.curve.count / curve)
            print("confidence ≥   precision  recall")
            for point in result.curve.reversed().enumerated().filter({ $0.offset % step == 0 }).map(\.element) {
                print(String(format: "%12.4f   %9.4f  %6.4f", point.threshold, point.precision, point.recall))
            }
        }
    }
}
