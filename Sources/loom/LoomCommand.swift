import ArgumentParser
import LoomKit

/// The `loom` command: a thin shell over LoomKit.
@main
struct LoomCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loom",
        abstract: "Turn a folder of news articles into a knowledge graph.",
        subcommands: [Train.self, Eval.self])
}
