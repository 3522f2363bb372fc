import Foundation
import Testing

import LoomLanguage
@testable import LoomKit

/// The bundled models, loaded once for the whole test run (loading takes a moment in debug builds).
enum Models {
    static let loaded = Result<ArticleAnalyzer, ModelFileError> { () throws(ModelFileError) in try ArticleAnalyzer.bundled() }

    static func analyzer() throws -> ArticleAnalyzer { try loaded.get() }
}

/// A temporary folder for one test, removed when the test is done with it.
struct Workspace: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("loomkit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the workspace.
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Creates a sub-folder and returns its path.
    @discardableResult
    func folder(_ relative: String) throws -> String {
        let path = path(relative)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes UTF-8 text to a file (creating folders) and returns its path.
    @discardableResult
    func write(_ text: String, to relative: String) throws -> String {
        try write(Data(text.utf8), to: relative)
    }

    /// Writes bytes to a file (creating folders) and returns its path.
    @discardableResult
    func write(_ data: Data, to relative: String) throws -> String {
        let url = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }
}
