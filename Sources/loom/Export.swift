import ArgumentParser
import Foundation
import LoomExport
import LoomGraph

extension LoomCommand {
    /// `loom export`: write the graph (or a filtered part of it) as GraphML, DOT, JSON, JSONL or Neo4j CSV.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the graph as GraphML, DOT, JSON, JSONL or CSV for Neo4j.",
            discussion: """
                Filters apply to every format: edge filters (--relation, --min-count, --min-confidence, \
                --documents) first, dropping entities left without edges; then --type; then --around; then --top.

                Output goes to standard output unless --output is given; csv needs --output DIR.
                """)

        @Option(help: "graphml, dot, json, jsonl or csv.")
        var format: ExportFormat
        @Option(help: "The store file (default: $LOOM_STORE, else loom.sqlite in the current folder).")
        var store: String?
        @Option(name: .shortAndLong, help: "File to write (a folder for csv); standard output when left out.")
        var output: String?
        @Option(help: "Keep the neighbourhood of this entity (label or alias, case-insensitive).")
        var around: String?
        @Option(help: "Hops around the --around entity.")
        var depth = 1
        @Option(help: "Only relations whose label or key contains this text (case-insensitive).")
        var relation: String?
        @Option(name: .customLong("type"), help: "Only entities of this type (repeatable).")
        var types: [String] = []
        @Option(name: .customLong("min-count"), help: "Only edges seen at least this many times.")
        var minCount = 0
        @Option(name: .customLong("min-confidence"), help: "Only edges with at least this confidence.")
        var minConfidence = 0.0
        @Option(help: "Only the N highest-degree entities and the edges among them.")
        var top: Int?
        @Option(help: "Only edges from documents matching this glob (repeatable; * also crosses /).")
        var documents: [String] = []
        @Option(help: "Evidence sentences per edge in json and jsonl output.")
        var evidence = 5
        @Option(help: "Render DOT output with Graphviz: svg or png.")
        var render: RenderFormat?
        @Flag(help: "Overwrite files loom did not write; draw DOT graphs over 2,000 nodes.")
        var force = false

        func validate() throws {
            _ = try types.map(entityType)
        }

        func run() throws {
            let filter = GraphFilter(
                around: around, depth: depth, relation: relation, types: Set(try types.compactMap(entityType)),
                minCount: minCount, minConfidence: minConfidence, top: top, documents: documents)
            let export = GraphExport(
                format: format, filter: filter, output: output.map { URL(fileURLWithPath: $0) },
                render: render, force: force)
            try export.validate()
            let storePath = store ?? GraphStore.defaultPath()
            let evidencePerEdge = format.includesEvidence ? max(evidence, 0) : 0
            let graph = try GraphStore(path: storePath, create: false).graph(includeEvidence: evidencePerEdge)
            let summary = try export.run(on: graph) { FileHandle.standardOutput.write($0) }
            if !summary.files.isEmpty {
                let files = summary.files.joined(separator: ", ")
                let line = "wrote \(summary.nodes) entities and \(summary.edges) edges to \(files)\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
