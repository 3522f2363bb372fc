import ArgumentParser

extension LoomCommand {
    /// `loom eval …`: evaluators for each stage.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate a pipeline stage against gold data.",
            subcommands: [Text.self])
    }
}
