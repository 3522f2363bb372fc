import ArgumentParser
import LoomGraph

extension LoomCommand {
    /// `loom query`: edges by subject, relation, object, type and confidence.
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find edges by subject, relation or object (case-insensitive, any alias).")

        @Option(help: "A name of the subject entity.") var subject: String?
        @Option(help: "The relation (key or surface form; else any relation containing it).") var relation: String?
        @Option(help: "A name of the object entity.") var object: String?
        @Option(help: "Only edges with a subject or object of this type (PERSON, ORGANIZATION, …).") var type: String?
        @Option(name: .customLong("min-confidence"), help: "Only edges with at least this confidence.") var minConfidence = 0.0
        @Option(help: "The most edges to show.") var limit = 50
        @Option(help: "Evidence sentences to show per edge.") var evidence = 0
        @OptionGroup var options: StoreOptions

        func run() throws {
            let filter = EdgeFilter(
                subject: subject, relation: relation, object: object, type: try entityType(type),
                minConfidence: minConfidence, limit: limit, evidence: evidence)
            print(QueryFormatter.edges(try options.query().edges(matching: filter), format: options.format), terminator: "")
        }
    }
}
