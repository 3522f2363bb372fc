import ArgumentParser
import LoomGraph

extension LoomCommand {
    /// `loom stats`: what a store holds.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count documents, sentences, entities by type and edges; list the top entities and relations.")

        @Option(help: "How many top entities and relations to list.") var top = 10
        @OptionGroup var options: StoreOptions

        func run() throws {
            print(QueryFormatter.statistics(try options.query().statistics(top: top), format: options.format), terminator: "")
        }
    }
}
