import Foundation
import LoomGraph

/// One `loom export` run: filter the graph, serialize it, optionally render it, write it.
public struct GraphExport: Sendable {
    public var format: ExportFormat
    public var filter: GraphFilter
    /// The file (or, for CSV, the folder) to write; `nil` writes to standard output.
    public var output: URL?
    /// Render the DOT output to an image with Graphviz.
    public var render: RenderFormat?
    /// Overwrite files Loom did not write, and draw DOT graphs over the size limit.
    public var force: Bool

    public init(
        format: ExportFormat, filter: GraphFilter = GraphFilter(), output: URL? = nil,
        render: RenderFormat? = nil, force: Bool = false
    ) {
        self.format = format
        self.filter = filter
        self.output = output
        self.render = render
        self.force = force
    }

    /// What a run wrote.
    public struct Summary: Sendable, Equatable {
        public var nodes: Int
        public var edges: Int
        /// Files written (empty when the output went to standard output).
        public var files: [String]
    }

    /// Checks the options before the graph is loaded.
    ///
    /// - Throws: ``ExportError`` for a bad filter, CSV without an output folder, or `--render` without DOT.
    public func validate() throws(ExportError) {
        try filter.validate()
        if format.writesFolder, output == nil { throw .outputDirectoryRequired(format) }
        if render != nil, format != .dot {
            throw .renderUnsupported("--render draws DOT output; use it with --format dot")
        }
    }

    /// Runs the export.
    ///
    /// - Parameters:
    ///   - graph: The whole graph (as loaded from the store).
    ///   - standardOutput: Receives the output when ``output`` is `nil`.
    /// - Returns: Counts of what was exported and the files written.
    /// - Throws: ``ExportError``.
    public func run(on graph: KnowledgeGraph, standardOutput: (Data) -> Void) throws(ExportError) -> Summary {
        try validate()
        if let around = filter.around, filter.anchors(in: graph).isEmpty { throw .entityNotFound(around) }
        let filtered = filter.apply(to: graph)
        var summary = Summary(nodes: filtered.nodes.count, edges: filtered.edges.count, files: [])

        if format == .csv, let folder = output {
            try Self.createFolder(folder)
            let files = Neo4jCSVExporter().files(filtered)
            for file in files {  // check both before writing either
                let destination = OutputFile(url: folder.appendingPathComponent(file.name), force: force)
                try destination.checkOverwrite(marker: file.header)
            }
            for file in files {
                let url = folder.appendingPathComponent(file.name)
                try OutputFile(url: url, force: force).write(file.contents, marker: file.header)
                summary.files.append(url.path)
            }
            return summary
        }

        guard let exporter = exporter() else { throw .outputDirectoryRequired(format) }
        let text = try exporter.export(filtered)
        var data = Data(text.utf8)
        let marker: String? = switch render {
        case nil: exporter.marker
        case .svg: "<!-- written by loom -->"  // DOT's graph `comment` attribute, copied into the SVG
        case .png: nil
        }
        if let render {
            if let output { try OutputFile(url: output, force: force).checkOverwrite(marker: marker) }
            data = try GraphvizRenderer().render(text, as: render)
        }
        if let output {
            try OutputFile(url: output, force: force).write(data, marker: marker)
            summary.files.append(output.path)
        } else {
            standardOutput(data)
        }
        return summary
    }

    /// The exporter for a single-file format; `nil` for CSV (see ``Neo4jCSVExporter``).
    public func exporter() -> (any GraphExporter)? {
        switch format {
        case .graphml: return GraphMLExporter()
        case .dot: return DOTExporter(force: force)
        case .json: return JSONExporter()
        case .jsonl: return JSONLExporter()
        case .csv: return nil
        }
    }

    private static func createFolder(_ folder: URL) throws(ExportError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .io(path: folder.path, reason: "it is a file; CSV export needs a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder.path, reason: error.localizedDescription)
        }
    }
}
