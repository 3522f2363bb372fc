import ArgumentParser
import Foundation
import LoomLanguage

/// `loom eval tagger`: accuracy and speed of the part-of-speech tagger on gold tokens.
struct EvalTagger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Score the part-of-speech tagger on a CoNLL-U treebank (Penn tags, gold tokenization).")

    @Argument(help: "Gold treebank (CoNLL-U).") var file: String
    @Option(help: "Tagger model (default: the bundled one).") var model: String?

    func run() async throws {
        let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: file))
        let tagger = try model.map { path throws(ModelFileError) in try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: path)) }
            ?? PartOfSpeechTagger.bundled()
        let report = TaggerEvaluation.evaluate(tagger, on: sentences)
        print(String(format: "tokens          %d", report.tokens))
        print(String(format: "accuracy        %.2f%%", report.accuracy * 100))
        print(String(format: "unseen words    %.2f%% of %d", report.unseenAccuracy * 100, report.unseenTokens))
 for error in report.topConfusions(12) { print("  gold \(error.gold) → \(error.predicted): \(error.count)") }
        print(String(format: "speed           %.0f tokens/s (tagging only, one core)", report.tokensPerSecond))
    }
}
