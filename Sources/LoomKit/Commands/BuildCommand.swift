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

    public static func run(paths: [String], outputFolder: String) async throws -> Result {
        let folder = URL(fileURLWithPath: outputFolder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let storePath = folder.appendingPathComponent("graph.sqlite").path
        try removeOldStore(storePath)
        let report = try await IngestCommand.run(paths: paths, storePath: storePath, maxFileMegabytes: 100, jobs: nil)
        let graph = try GraphStore(path: storePath, create: false).graph(includeEvidence: 0)
        var files = [storePath]
        let graphML = folder.appendingPathComponent("graph.graphml")
        files += try GraphExport(format: .graphml, output: graphML).run(on: graph) { _ in }.files
        do {
            let dot = folder.appendingPathComponent("graph.dot")
            files += try GraphExport(format: .dot, output: dot).run(on: graph) { _ in }.files
            let svg = folder.appendingPathComponent("graph.svg")
            files += try GraphExport(format: .dot, output: svg, render: .svg).run(on: graph) { _ in }.files
        } catch ExportError.graphvizNotFound {
            Console.error("graph.svg not drawn: Graphviz's dot is not on PATH (apt-get install graphviz)")
        } catch ExportError.tooLarge(let nodes, let limit) {
            Console.error("graph.dot not written: \(nodes) nodes is over \(limit) to draw; use loom export --format dot --top N")
        }
        Console.error("wrote " + files.joined(separator: ", "))
        return Result(report: report, files: files)
    }

    /// A build starts from an empty store; an existing file is removed only when it is a Loom store.
    private static func removeOldStore(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        _ = try GraphStore(path: path, create: false)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
