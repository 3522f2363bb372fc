import Foundation
import GRDB
import Testing
@testable import LoomGraph

@Suite struct GraphStoreOpeningTests {
    @Test func createsAndReopensAStore() throws {
        let path = StoreFixture.folder() + "/loom.sqlite"
        _ = try GraphStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        let reopened = try GraphStore(path: path, create: false)
        #expect(try reopened.graph().nodes.isEmpty)
    }

    @Test func missingFolderIsReported() {
        let path = StoreFixture.folder() + "/no/such/folder/loom.sqlite"
        #expect(throws: StoreError.folderNotFound(StoreFixture.parent(of: path))) { try GraphStore(path: path) }
    }

    @Test func missingStoreIsReportedWhenNotCreating() {
        let path = StoreFixture.folder() + "/loom.sqlite"
        #expect(throws: StoreError.storeNotFound(path)) { try GraphStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func textFileIsNotSQLite() throws {
        let path = StoreFixture.folder() + "/notes.txt"
        try "These are notes, not a database at all.".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notSQLite(path)) { try GraphStore(path: path) }
    }

    @Test func foreignDatabaseIsRejectedAndLeftUnchanged() throws {
        let path = StoreFixture.folder() + "/other.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE people (name TEXT)") }
        try queue.close()
        #expect(throws: StoreError.notALoomStore(path)) { try GraphStore(path: path) }
        let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "delete")
    }

    @Test func newerSchemaIsRejected() throws {
        let path = StoreFixture.folder() + "/loom.sqlite"
        let store = try GraphStore(path: path)
        _ = try store.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        #expect(throws: StoreError.newerSchema(path, version: 99, supported: StoreSchema.version)) {
            try GraphStore(path: path)
        }
    }

    @Test func defaultPathPrefersTheEnvironment() {
        #expect(GraphStore.defaultPath(environment: [:]) == "loom.sqlite")
        #expect(GraphStore.defaultPath(environment: ["LOOM_STORE": "/x/g.sqlite"]) == "/x/g.sqlite")
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(StoreError.storeNotFound("a.sqlite").description.contains("--store"))
        #expect(StoreError.unknownEntity("Alibab", suggestions: ["Alibaba"]).description.contains("Did you mean \"Alibaba\""))
    }
}

extension StoreFixture {
    static func parent(of path: String) -> String { URL(fileURLWithPath: path).deletingLastPathComponent().path }
}
