import ArgumentParser
import LoomKit

/// The `loom` command: a thin shell over LoomKit.
@main
struct LoomCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loom",
        abstract: "Turn a folder of news articles into a knowledge graph.",
        subcommands: [Build.self, Ingest.self, Extract.self, Parse.self, Benchmark.self, Text.self, Eval.self, Train.self, Query.self, Neighbors.self, Path.self, Stats.self, Entities.self, Merge.self, Split.self, Export.self])
}
