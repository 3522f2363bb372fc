import Foundation
import Testing

/// Runs the external readers the end-to-end tests check Loom's output with (python3 + networkx,
/// Graphviz's dot). A missing tool fails the test with what to install: `.ci/run` installs them, so
/// skipping would only hide a broken export.
enum Tools {
    static let installHint = "install them with: apt-get install -y graphviz python3 && pip install networkx igraph (as .ci/run does)"

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `command` through /usr/bin/env (PATH lookup; status 127 when it is missing). Output goes to
    /// temporary files, so a chatty tool cannot block on a full pipe.
    static func run(_ command: String, _ arguments: [String]) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loomkit-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a Python script and returns its standard output, or records an issue naming what is missing
    /// (python3, a module) or how the script failed, and returns nil.
    static func python(_ script: String, _ arguments: [String] = []) throws -> String? {
        let result = try run("python3", ["-c", script] + arguments)
        if result.status == 127 {
            Issue.record("python3 is not on PATH; \(installHint)")
            return nil
        }
        if let range = result.stderr.range(of: "No module named '") {
            let module = result.stderr[range.upperBound...].prefix { $0 != "'" }
            Issue.record("the Python module \(module) is missing; \(installHint)")
            return nil
        }
        guard result.status == 0 else {
            Issue.record("python3 failed with status \(result.status): \(result.stderr)")
            return nil
        }
        return result.stdout
    }

    /// Draws a DOT file as SVG; records an issue when dot is missing.
    static func dot(_ path: String) throws -> Output? {
        let result = try run("dot", ["-Tsvg", path])
        if result.status == 127 {
            Issue.record("Graphviz's dot is not on PATH; \(installHint)")
            return nil
        }
        return result
    }
}
