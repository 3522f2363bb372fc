import ArgumentParser
import Foundation
import LoomLanguage

/// `loom eval lemmatizer`: lemma accuracy on open-class words given gold tags.
struct EvalLemmatizer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemmatizer",
        abstract: "Score the lemmatizer on a CoNLL-U treebank (open-class words, gold tags).")

    @Argument(help: "Gold treebank (CoNLL-U).") var file: String
    @Option(help: "How many of the most frequent errors to list.") var errors = 10

    func run() async throws {
        let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: file))
        let report = LemmatizerEvaluation.evaluate(try Lemmatizer.bundled(), on: sentences, topErrors: errors)
        print(String(format: "open-class words  %d", report.words))
        print(String(format: "accuracy          %.2f%%", report.accuracy * 100))
        for error in report.errors {
            print("  \(error.form)/\(error.tag): expected \(error.expected), got \(error.predicted) (\(error.count)×)")
        }
    }
}
