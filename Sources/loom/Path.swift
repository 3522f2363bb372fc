import ArgumentParser
import LoomGraph

extension LoomCommand {
    /// `loom path`: the shortest relation paths between two entities.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the shortest relation paths between two entities, each hop with its evidence.")

        @Argument(help: "Any name of the first entity.") var from: String
        @Argument(help: "Any name of the second entity.") var to: String
        @Option(name: .customLong("max-length"), help: "The longest path to look for, in hops.") var maxLength = 4
        @Option(help: "The most paths to show.") var limit = 5
        @Option(help: "Evidence sentences to show per hop.") var evidence = 1
        @OptionGroup var options: StoreOptions

        func run() throws {
            let paths = try options.query().paths(from: from, to: to, maxLength: maxLength, limit: limit, evidence: evidence)
            if paths.isEmpty && options.format != .json {
                print("No path of at most \(maxLength) hops between \"\(from)\" and \"\(to)\".")
                return
            }
            print(QueryFormatter.paths(paths, format: options.format), terminator: "")
        }
    }
}
