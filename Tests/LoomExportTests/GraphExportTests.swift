import Foundation
import LoomGraph
import Testing
@testable import LoomExport

@Suite struct GraphExportTests {
    private func run(_ export: GraphExport, _ graph: KnowledgeGraph = SampleGraphs.history) throws(ExportError) -> (GraphExport.Summary, Data) {
        var captured = Data()
        let summary = try export.run(on: graph) { captured.append($0) }
        return (summary, captured)
    }

    @Test func writesToStandardOutputByDefault() throws {
        let (summary, data) = try run(GraphExport(format: .graphml, filter: GraphFilter(relation: "work")))
        #expect(summary == GraphExport.Summary(nodes: 2, edges: 1, files: []))
        #expect(String(decoding: data, as: UTF8.self) == (try GraphMLExporter().export(GraphFilter(relation: "work").apply(to: SampleGraphs.history))))
    }

    @Test func refusesToOverwriteForeignFilesUnlessForced() throws {
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in [ExportFormat.graphml, .dot, .json, .jsonl] {
            let url = folder.appendingPathComponent("out.\(format.rawValue)")
            try Data("precious notes\n".utf8).write(to: url)
            #expect(throws: ExportError.wouldOverwrite(path: url.path)) { try run(GraphExport(format: format, output: url)) }
            #expect(try String(contentsOf: url, encoding: .utf8) == "precious notes\n")
            _ = try run(GraphExport(format: format, output: url, force: true))
            // Now a Loom output: replaced without --force, byte-identical each time.
            let first = try Data(contentsOf: url)
            _ = try run(GraphExport(format: format, filter: GraphFilter(top: 2), output: url))
            _ = try run(GraphExport(format: format, output: url))
            #expect(try Data(contentsOf: url) == first)
        }
        let empty = folder.appendingPathComponent("empty.dot")
        try Data().write(to: empty)
        #expect(throws: Never.self) { try run(GraphExport(format: .dot, output: empty)) }
        // Writing is atomic: no temporary files are left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["empty.dot", "out.dot", "out.graphml", "out.json", "out.jsonl"])
    }

    @Test func csvWritesAFolderAndGuardsBothFiles() throws {
        let folder = try ExternalTool.temporaryFolder().appendingPathComponent("neo4j")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        #expect(throws: ExportError.outputDirectoryRequired(.csv)) { try run(GraphExport(format: .csv)) }
        let (summary, _) = try run(GraphExport(format: .csv, output: folder))
        #expect(summary.files == [folder.appendingPathComponent("nodes.csv").path, folder.appendingPathComponent("edges.csv").path])
        let edges = folder.appendingPathComponent("edges.csv")
        try Data("someone else's data\n".utf8).write(to: edges)
        let nodesBefore = try Data(contentsOf: folder.appendingPathComponent("nodes.csv"))
        #expect(throws: ExportError.wouldOverwrite(path: edges.path)) {
            try run(GraphExport(format: .csv, filter: GraphFilter(top: 1), output: folder))
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("nodes.csv")) == nodesBefore)
        #expect(throws: Never.self) { try run(GraphExport(format: .csv, output: folder, force: true)) }
    }

    @Test func reportsUnknownEntitiesAndBadOptions() {
        #expect(throws: ExportError.entityNotFound("Nobody")) {
            try run(GraphExport(format: .json, filter: GraphFilter(around: "Nobody")))
        }
        #expect(throws: ExportError.self) { try run(GraphExport(format: .json, render: .svg)) }
        #expect(throws: ExportError.self) { try run(GraphExport(format: .json, filter: GraphFilter(top: 0))) }
    }

    @Test func missingGraphvizIsExplained() {
        #expect(throws: ExportError.graphvizNotFound) { try GraphvizRenderer(environment: ["PATH": "/nonexistent"]) }
        #expect(ExportError.graphvizNotFound.description
            == "Graphviz's dot was not found on PATH; install graphviz (apt-get install graphviz) or omit --render")
    }

    @Test func rendersSVGAndPNGWithGraphviz() throws {
        guard (try? GraphvizRenderer()) != nil else {
            Issue.record("Graphviz's dot is not on PATH; \(ExternalTool.installHint)")
            return
        }
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("graph.svg")
        _ = try run(GraphExport(format: .dot, output: svg, render: .svg))
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("<svg") && text.contains("<!-- written by loom -->") && text.contains("Ada Lovelace"))
        _ = try run(GraphExport(format: .dot, filter: GraphFilter(top: 3), output: svg, render: .svg))  // own file: replaced
        let png = folder.appendingPathComponent("graph.png")
        _ = try run(GraphExport(format: .dot, output: png, render: .png))
        #expect(try Data(contentsOf: png).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // PNG cannot carry a marker, so replacing one needs --force.
        #expect(throws: ExportError.wouldOverwrite(path: png.path)) { try run(GraphExport(format: .dot, output: png, render: .png)) }
    }

    @Test func exportsAGraphFromARealStore() throws {
        let path = try ExternalTool.temporaryFolder().appendingPathComponent("loom.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try GraphStore(path: path, create: true)
        try SyntheticGraph(entities: 60, edges: 300, documents: 12, relations: 7, seed: 7).fill(store)
        let graph = try store.graph(includeEvidence: 2)
        #expect(graph.nodes.count == 60)
        let filter = GraphFilter(minCount: 1, top: 10)
        let (summary, data) = try run(GraphExport(format: .jsonl, filter: filter), graph)
        #expect(summary.nodes == 10)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == summary.edges && summary.edges > 0)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"generator\":\"loom\",") && $0.contains("\"evidence\":[{") })
    }
}
