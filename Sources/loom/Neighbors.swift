import ArgumentParser
import LoomGraph

extension LoomCommand {
    /// `loom neighbors`: the edges around an entity.
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the edges within some hops of an entity.")

        @Argument(help: "Any name of the entity.") var entity: String
        @Option(help: "How many hops to go out.") var depth = 1
        @Option(help: "The most edges to show.") var limit = 200
        @Option(help: "Evidence sentences to show per edge.") var evidence = 0
        @OptionGroup var options: StoreOptions

        func run() throws {
            let found = try options.query().neighbors(of: entity, depth: depth, limit: limit, evidence: evidence)
            print(QueryFormatter.neighborhood(found, format: options.format), terminator: "")
        }
    }
}
