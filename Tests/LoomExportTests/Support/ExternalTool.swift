import Foundation
import Testing

/// Runs the real readers (python3 with networkx/igraph/csv/json, Graphviz's dot) from tests.
/// Missing tools make the test FAIL with what to install: CI installs them, so a skip would hide bugs.
enum ExternalTool {
    static let installHint =
        "install the readers: apt-get install -y graphviz python3 python3-pip && pip install networkx igraph"

    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
    }

    /// Runs `name` (looked up on PATH through /usr/bin/env) with arguments; output goes through temporary
    /// files so no pipe can fill up and block.
    static func run(_ name: String, _ arguments: [String]) throws -> Result {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a Python script (arguments after it) and decodes its JSON standard output.
    /// Records an issue naming what to install when python3 or a module is missing, or the script fails.
    static func python<T: Decodable>(_ script: String, _ arguments: [String], as type: T.Type) throws -> T? {
        let result = try run("python3", ["-c", script] + arguments)
        if result.status == 127 {
            Issue.record("python3 is not on PATH; \(installHint)")
            return nil
        }
        if let range = result.stderr.range(of: "No module named '") {
            let module = result.stderr[range.upperBound...].prefix { $0 != "'" }
            Issue.record("Python module \(module) is missing; \(installHint)")
            return nil
        }
        guard result.status == 0, result.stderr.isEmpty else {
            Issue.record("python3 reader failed (status \(result.status)): \(result.stderr)")
            return nil
        }
        return try JSONDecoder().decode(T.self, from: result.stdout)
    }

    /// A temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loom-export-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
