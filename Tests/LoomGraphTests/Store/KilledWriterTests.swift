import Foundation
import Testing
@testable import LoomGraph

/// Kills a writing child process (`kill -9`) and checks that every document it committed is intact.
/// The child is this test binary re-run on ``childWriter()`` with `LOOM_KILL_CHILD_STORE` set.
@Suite struct KilledWriterTests {
    typealias F = StoreFixture
    static let variable = "LOOM_KILL_CHILD_STORE"

    /// Runs only in the child: ingests documents (two triples each) until killed, at most 60 s.
    @Test(.enabled(if: ProcessInfo.processInfo.environment[variable] != nil))
    func childWriter() throws {
        let store = try GraphStore(path: ProcessInfo.processInfo.environment[Self.variable]!)
        let deadline = Date().addingTimeInterval(60)
        var n = 0
        while Date() < deadline {
            try F.ingest(store, "doc-\(n).html", [
                F.triple(F.mention("Shared Corp"), "hired", F.person("Person \(n)")),
                F.triple(F.person("Person \(n)"), "lives in", F.mention("City \(n % 7)", type: .location), sentence: 1),
            ])
            n += 1
        }
    }

    #if os(Linux)
    @Test(.enabled(if: ProcessInfo.processInfo.environment[variable] == nil))
    func killedWriterLeavesCommittedDocumentsIntact() throws {
        let path = F.folder() + "/loom.sqlite"
        let store = try GraphStore(path: path)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--testing-library", "swift-testing", "--filter", "childWriter"]
        child.environment = ProcessInfo.processInfo.environment.merging([Self.variable: path]) { $1 }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        let deadline = Date().addingTimeInterval(120)
        while try GraphQuery(store: store).statistics().documents < 40, Date() < deadline, child.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)

        let reopened = try GraphStore(path: path)
        let stats = try GraphQuery(store: reopened).statistics()
        #expect(stats.documents >= 40)
        #expect(stats.mentions == stats.documents * 2)
        let graph = try reopened.graph()
        #expect(graph.edges.reduce(0) { $0 + $1.count } == stats.mentions)
        #expect(graph.edges.first { $0.relationKey == "hired" }.map { _ in true } ?? false)
        let hired = graph.edges.filter { $0.relationKey == "hired" }
        #expect(hired.count == stats.documents && hired.allSatisfy { $0.count == 1 && $0.documents.count == 1 })
        for n in 0..<stats.documents {
            #expect(try reopened.documentStatus(path: "doc-\(n).html", contentHash: "h1") == .unchanged)
        }
        // The store still takes writes after the crash.
        try F.ingest(reopened, "after.html", [F.triple(F.mention("Shared Corp"), "sued", F.mention("Other Corp"))])
    }
    #endif
}
