import Foundation

/// Image formats Graphviz renders DOT into.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png
}

/// Runs Graphviz's `dot` program to turn DOT text into an image.
public struct GraphvizRenderer: Sendable {
    /// The `dot` executable.
    public let executable: URL

    /// Finds `dot` on `PATH`.
    ///
    /// - Throws: ``ExportError/graphvizNotFound`` with installation advice.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ExportError) {
        guard let found = Self.findOnPath("dot", path: environment["PATH"] ?? "") else {
            throw .graphvizNotFound
        }
        executable = found
    }

    /// Uses a given `dot` executable.
    public init(executable: URL) {
        self.executable = executable
    }

    /// Renders DOT text.
    ///
    /// - Returns: The image bytes (SVG text or PNG).
    /// - Throws: ``ExportError/renderFailed(status:message:)`` when `dot` fails (its stderr is included).
    public func render(_ dot: String, as format: RenderFormat) throws(ExportError) -> Data {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("loom-render-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("graph.dot")
        let output = folder.appendingPathComponent("graph.\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(dot.utf8).write(to: input)
        } catch {
            throw .io(path: folder.path, reason: error.localizedDescription)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-T\(format.rawValue)", "-o", output.path, input.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .renderFailed(status: -1, message: "cannot start \(executable.path): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let image = FileManager.default.contents(atPath: output.path) else {
            let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw .renderFailed(status: process.terminationStatus, message: trimmed)
        }
        return image
    }

    /// The first executable file called `name` in the `:`-separated `path`.
    static func findOnPath(_ name: String, path: String) -> URL? {
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
