import Foundation
import LoomExport
import LoomGraph

/// `loom build DIR --out OUT`: a fresh store `OUT/graph.sqlite` built from the articles, with
/// `graph.graphml`, `graph.dot` and (when Graphviz is installed) `graph.svg` beside it.
public enum BuildCommand {
    /// What a build did.
    public struct Result: Sendable {
        public var report: IngestReport
        public var files: [String]
    }

    /// Builds the store and writes the graph files.
    ///
    /// - Parameter cancel: Raised to stop between documents (Ctrl-C does it too); the files then hold
    ///   the documents read so far, and a new build starts over.
    /// - Throws: ``StoreError`` (also when `OUT/graph.sqlite` exists and is not a Loom store: it is
    ///   never replaced), ``ModelFileError``, ``ExportError``.
    public static func run(
        paths: [String], outputFolder: String, cancel: CancellationFlag = CancellationFlag()
    ) async throws -> Result {
        let folder = URL(fileURLWithPath: outputFolder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let storePath = folder.appendingPathComponent("graph.sqlite").path
        try removeOldStore(storePath)
        let report = try await IngestCommand.ingest(
            paths: paths, storePath: storePath, maxFileMegabytes: 100, jobs: nil, cancel: cancel)
        let graph = try GraphStore(path: storePath, create: false).graph(includeEvidence: 0)
        let files = [storePath] + (try writeGraphFiles(graph, to: folder))
        if report.cancelled {
            Console.error("interrupted: the graph files hold the \(report.ingested) documents read so far; "
                + "run loom build again to build it whole (a build starts over)")
        }
        Console.error("wrote " + files.joined(separator: ", "))
        return Result(report: report, files: files)
    }

    /// Writes `graph.graphml`, `graph.dot` and `graph.svg` into `folder`, and returns their paths.
    ///
    /// A DOT or SVG file that cannot be made this time (graph too large to draw, Graphviz missing) is
    /// not left behind from an earlier build, so every file in the folder shows the same graph.
    static func writeGraphFiles(_ graph: KnowledgeGraph, to folder: URL) throws(ExportError) -> [String] {
        let graphML = folder.appendingPathComponent("graph.graphml")
        let dot = folder.appendingPathComponent("graph.dot")
        let svg = folder.appendingPathComponent("graph.svg")
        var files = try GraphExport(format: .graphml, output: graphML).run(on: graph) { _ in }.files
        do {
            files += try GraphExport(format: .dot, output: dot).run(on: graph) { _ in }.files
            files += try GraphExport(format: .dot, output: svg, render: .svg).run(on: graph) { _ in }.files
        } catch ExportError.graphvizNotFound {
            removeEarlierOutput(svg, marker: svgMarker)
            Console.error("graph.svg not drawn: Graphviz's dot is not on PATH (apt-get install graphviz)")
        } catch ExportError.tooLarge(let nodes, let limit) {
            removeEarlierOutput(dot, marker: DOTExporter().marker)
            removeEarlierOutput(svg, marker: svgMarker)
            Console.error("graph.dot not written: \(nodes) nodes is over \(limit) to draw; use loom export --format dot --top N")
        }
        return files
    }

    /// The comment DOT output carries into the SVG Graphviz draws from it.
    static let svgMarker = "<!-- written by loom -->"

    /// Removes a file an earlier build wrote (one without Loom's marker is left alone).
    private static func removeEarlierOutput(_ url: URL, marker: String) {
        guard FileManager.default.fileExists(atPath: url.path),
            (try? OutputFile(url: url).checkOverwrite(marker: marker)) != nil
        else { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// A build starts from an empty store; an existing file is removed only when it is a Loom store
    /// (or empty, as a build killed before SQLite wrote anything leaves it).
    private static func removeOldStore(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        if size != 0 { _ = try GraphStore(path: path, create: false) }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
