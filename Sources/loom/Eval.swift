import ArgumentParser

/// `loom eval …`: each stage measured against gold data.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a pipeline stage against gold data.",
        subcommands: [EvalTokenizer.self, Eval.Text.self, EvalOpenIE.self, EvalParser.self, EvalTagger.self, EvalLemmatizer.self])
}
