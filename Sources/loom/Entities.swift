import ArgumentParser
import LoomGraph

extension LoomCommand {
    /// `loom entities`: entities with type, aliases and degree.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List entities (most mentioned first) with their type, aliases and degree.")

        @Option(help: "Only entities of this type (PERSON, ORGANIZATION, …).") var type: String?
        @Option(help: "Only the entity with this name (any alias).") var name: String?
        @Option(help: "The most entities to show.") var limit = 100
        @OptionGroup var options: StoreOptions

        func run() throws {
            let query = try options.query()
            let nodes = try name.map { try query.entities(named: $0) } ?? query.entities(type: try entityType(type), limit: limit)
            print(QueryFormatter.entities(nodes, format: options.format), terminator: "")
        }
    }
}
