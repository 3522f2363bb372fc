import ArgumentParser
import LoomKit

extension LoomCommand {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a graph from articles: OUT/graph.sqlite, graph.graphml, graph.dot (and graph.svg with Graphviz).")

        @Argument(help: "Folders or files with articles.")
        var paths: [String]

        @Option(name: .customLong("out"), help: "Output folder (created if missing).")
        var output: String

        func run() async throws {
            let result = try await BuildCommand.run(paths: paths, outputFolder: output)
            if result.report.ingested == 0 { throw ExitCode.failure }
        }
    }
}
