import ArgumentParser

/// `loom eval …`: scores the language models on a treebank.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate a language model on a treebank.",
        subcommands: [EvalParser.self])
}
