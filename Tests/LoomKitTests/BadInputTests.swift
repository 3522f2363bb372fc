import Foundation
import LoomDocuments
import LoomGraph
import Testing

@testable import LoomKit

/// Files Loom cannot (fully) read: each is reported with a reason, the run goes on, the store stays whole.
@Suite struct BadInputTests {
    /// Size limit of the reader in these tests; every good article is below it.
    static let limit = 4096

    /// Deterministic bytes that look like a binary file (NULs and control bytes among random ones).
    static func binaryBytes(count: Int) -> Data {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return Data((0..<count).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return index % 7 == 0 ? 0 : UInt8(truncatingIfNeeded: state >> 56)
        })
    }

    /// Writes one file of each bad kind into `folder`; returns the paths and the words their reasons contain.
    static func writeBadFiles(in workspace: borrowing Workspace, folder: String) throws -> [String: String] {
        var expected: [String: String] = [:]
        expected[try workspace.write("", to: "\(folder)/empty.txt")] = "no text"
        expected[try workspace.write(" \n\n\t \n", to: "\(folder)/blank.txt")] = "no text"
        expected[try workspace.write("<html><body>  </body></html>", to: "\(folder)/no-content.html")] = "no text"
        expected[try workspace.write(binaryBytes(count: 3000), to: "\(folder)/photo.txt")] = "binary"
        let large = String(repeating: "Arsenal signed Kai Havertz from Chelsea on Friday. ", count: 100)
        expected[try workspace.write(large, to: "\(folder)/large.txt")] = "limit"
        expected[try workspace.write("Arsenal signed Kai Havertz.", to: "\(folder)/notes.md")] = "unsupported file type"
        let link = workspace.path("\(folder)/gone.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: workspace.path("missing.txt"))
        expected[link] = "broken symbolic link"
        // A named pipe would block a reader forever: it must be skipped, not opened.
        let pipe = workspace.path("\(folder)/pipe.txt")
        try #require(mkfifo(pipe, 0o644) == 0)
        expected[pipe] = "not a regular file"
        return expected
    }

    static func ingestor(_ store: GraphStore) throws -> Ingestor {
        Ingestor(store: store, analyzer: try Models.analyzer(), reader: DocumentReader(maxFileSize: limit), workers: 2)
    }

    @Test func badFilesAreReportedAndTheOthersIngested() async throws {
        let workspace = try Workspace()
        let bad = try Self.writeBadFiles(in: workspace, folder: "mixed")
        let good = try workspace.write(Articles.football, to: "mixed/sport.txt")
        // Invalid UTF-8 (a Latin-1 é): read best-effort, with a warning.
        let latin = Data("Cafe Nero\n\nCaf".utf8) + Data([0xE9]) + Data(" Nero opened a shop in Leeds. Tesco bought Booker in 2017.".utf8)
        let invalid = try workspace.write(latin, to: "mixed/latin.txt")
        // UTF-8 with one broken sequence: the valid text is kept, the bad byte replaced, with a warning.
        let broken = Data("Zoë Ball joins BBC Radio\n\nZoë Ball joined BBC Radio in May. ".utf8) + Data([0xFF])
            + Data(" Mikel Arteta praised Zoë Ball.".utf8)
        let damaged = try workspace.write(broken, to: "mixed/damaged.txt")
        let unclosed = try workspace.write(
            "<html><head><title>Ruger hires</title><body><article><h1>Ruger hires</h1><p>Ruger hired Ann Lee as chief executive."
                + "<p>Ann Lee previously led Colt in Hartford.<div><span>", to: "mixed/unclosed.html")

        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        let report = try await Self.ingestor(store).ingest([workspace.path("mixed")])

        #expect(!report.cancelled)
        #expect(report.ingested == 4)
        #expect(Set(report.skipped.map(\.path)) == Set(bad.keys))
        for file in report.skipped {
            let words = try #require(bad[file.path])
            #expect(file.reason.contains(words), "\(file.path): \(file.reason)")
        }
        #expect(report.warnings.map(\.path) == [damaged, invalid])
        #expect(report.warnings.allSatisfy { $0.reason.contains("UTF-8") })

        // The summary counts every path once: 9 files found (5 unreadable) and 3 skipped unread.
        #expect(report.filesFound == 9 && report.filesSeen == 12)
        let summary = IngestCommand.summary(report, store: "loom.sqlite")
        #expect(summary.count == report.skipped.count + report.warnings.count + 1)
        #expect(summary.last?.hasPrefix("12 files: 4 ingested, 0 unchanged, 8 skipped;") == true, "\(summary.last ?? "")")
        #expect(summary.last?.contains(" added to loom.sqlite in ") == true)
        #expect(summary.first == "skipped \(report.skipped[0].path): \(report.skipped[0].reason)")

        // The store holds exactly the readable documents, and their facts.
        let statistics = try GraphQuery(store: store).statistics()
        #expect(statistics.documents == 4)
        let graph = try store.graph()
        let documents = Set(graph.edges.flatMap(\.documents))
        #expect(documents == [good, invalid, damaged, unclosed])
        let ids = Set(graph.nodes.map(\.id))
        #expect(graph.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
        let labels = Set(graph.nodes.map(\.label))
        #expect(labels.isSuperset(of: ["Ann Lee", "Café Nero", "Tesco", "Kai Havertz", "Zoë Ball"]))

        // A second run reports the same problems and changes nothing.
        let again = try await Self.ingestor(store).ingest([workspace.path("mixed")])
        #expect(again.ingested == 0 && again.unchanged == 4)
        #expect(again.skipped == report.skipped)
        #expect(try store.graph() == graph)
    }

    @Test func aFolderOfOnlyBadFilesIngestsNothing() async throws {
        let workspace = try Workspace()
        let bad = try Self.writeBadFiles(in: workspace, folder: "bad")
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        let report = try await Self.ingestor(store).ingest([workspace.path("bad")])
        #expect(report.ingested == 0)
        #expect(report.skipped.count == bad.count)
        #expect(!report.cancelled)
        let graph = try store.graph()
        #expect(graph.nodes.isEmpty && graph.edges.isEmpty)
        #expect(try GraphQuery(store: store).statistics().documents == 0)
    }

    @Test func aMissingPathIsReportedNotThrown() async throws {
        let workspace = try Workspace()
        try workspace.write(Articles.football, to: "corpus/sport.txt")
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        let missing = workspace.path("no-such-folder")
        let report = try await Self.ingestor(store).ingest([missing, workspace.path("corpus")])
        #expect(report.ingested == 1)
        #expect(report.skipped == [SkippedFile(path: missing, reason: "no such file or folder")])
    }

    @Test func aStorePathThatIsNotAnSQLiteFileThrows() throws {
        let workspace = try Workspace()
        let path = try workspace.write("title,author\nLoom,me\n", to: "books.csv")
        #expect(throws: StoreError.notSQLite(path)) { try GraphStore(path: path) }
        #expect(StoreError.notSQLite(path).description.contains("is not an SQLite database"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "title,author\nLoom,me\n")
    }

    @Test func anSQLiteFileThatIsNotALoomStoreThrows() async throws {
        let workspace = try Workspace()
        let path = workspace.path("other.sqlite")
        let script = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.execute('CREATE TABLE notes(x)')\nc.commit()"
        _ = try #require(try Tools.python(script, [path]))
        #expect(throws: StoreError.notALoomStore(path)) { try GraphStore(path: path) }
        await #expect(throws: StoreError.notALoomStore(path)) {
            _ = try await IngestCommand.run(paths: [workspace.path("none")], storePath: path, maxFileMegabytes: 1, jobs: 1)
        }
        #expect(StoreError.notALoomStore(path).description.contains("not a Loom store"))
    }

    @Test func aHugeFileSizeLimitMeansNoLimitInsteadOfAnOverflow() async throws {
        #expect(IngestCommand.maxFileSize(megabytes: 3) == 3 * 1_048_576)
        #expect(IngestCommand.maxFileSize(megabytes: Int.max) == IngestCommand.largestFileSize)
        #expect(IngestCommand.maxFileSize(megabytes: -5) == 0)
        let workspace = try Workspace()
        try workspace.write(Articles.football, to: "corpus/sport.txt")
        let report = try await IngestCommand.run(
            paths: [workspace.path("corpus")], storePath: workspace.path("loom.sqlite"), maxFileMegabytes: Int.max / 2,
            jobs: 1)
        #expect(report.ingested == 1)
    }
}
