import ArgumentParser

/// `loom eval …`: evaluators of the pipeline's stages.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a stage of the pipeline against gold data.",
        subcommands: [EvalParser.self, EvalOpenIE.self])
}
