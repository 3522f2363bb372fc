import ArgumentParser

/// `loom eval …`: evaluators for the language stages.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate Loom's language stages against a treebank.",
        subcommands: [EvalTokenizer.self])
}
