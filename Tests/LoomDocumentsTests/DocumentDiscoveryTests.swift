import Foundation
import Testing
@testable import LoomDocuments

@Suite struct DocumentDiscoveryTests {
    @Test func findsSupportedFilesRecursivelyAndReportsTheRest() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.html", "sub/c.htm", "sub/deeper/d.TXT", "e.pdf", ".hidden.txt", "sub/noext"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("broken.txt").path, withDestinationPath: "/nonexistent/file.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("sub/loop").path, withDestinationPath: folder.path)
        let result = DocumentDiscovery.files(in: [folder.path, folder.appendingPathComponent("missing").path])
        let names = result.files.map { String($0.path.dropFirst(folder.path.count + 1)) }
        #expect(names == ["a.html", "b.txt", "sub/c.htm", "sub/deeper/d.TXT"])
        let reasons = Dictionary(uniqueKeysWithValues: result.skipped.map {
            (String($0.path.dropFirst(folder.path.count + 1)), $0.reason)
        })
        #expect(reasons["broken.txt"] == "broken symbolic link")
        #expect(reasons["e.pdf"]?.contains("unsupported file type (extension .pdf)") == true)
        #expect(reasons["sub/noext"]?.contains("no extension") == true)
        #expect(reasons[".hidden.txt"] == "hidden file or folder")
        #expect(reasons["missing"] == "no such file or folder")
    }

    /// Whether `chmod 000` stops this process from reading a file (not so for root and some sandboxes).
    static let permissionsApply: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loom-perm-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: Data("x".utf8)) else { return false }
        defer { try? FileManager.default.removeItem(atPath: path) }
        chmod(path, 0o000)
        return access(path, R_OK) != 0
    }()

    @Test(.enabled(if: permissionsApply, "chmod 000 does not block reads here (running as root)"))
    func unreadableFilesAndFoldersAreSkipped() throws {
        let folder = try Fixture.temporaryFolder()
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let file = folder.appendingPathComponent("secret.txt")
        try Data("x".utf8).write(to: file)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("y".utf8).write(to: locked.appendingPathComponent("inside.txt"))
        chmod(file.path, 0o000)
        chmod(locked.path, 0o000)
        let result = DocumentDiscovery.files(in: [folder.path])
        #expect(result.files.isEmpty)
        #expect(result.skipped.contains(SkippedFile(path: file.path, reason: "cannot read file (permission denied)")))
        #expect(result.skipped.contains(SkippedFile(path: locked.path, reason: "cannot read folder (permission denied)")))
        #expect(throws: DocumentError.self) { try DocumentReader().read(file) }
    }
}
