import Foundation
import GRDB

/// A Loom knowledge-graph store: one SQLite file (WAL mode) holding documents, entities, edges and
/// the mentions that support them.
///
/// Every document is ingested in one transaction, so a process killed mid-write leaves every earlier
/// document intact. Several processes may write to one store: each waits (busy timeout) for the
/// others' transactions.
///
///     let store = try GraphStore(path: "loom.sqlite")
///     if try store.documentStatus(path: doc.path, contentHash: doc.contentHash) != .unchanged {
///         try store.ingest(doc, triples: triples, sentences: sentences)
///     }
public final class GraphStore: Sendable {
    /// The store file's path as given.
    public let path: String
    let pool: DatabasePool

    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 120

    /// Opens a Loom store, creating it when `create` is true and the file does not exist.
    ///
    /// - Parameters:
    ///   - path: The store file.
    ///   - create: Whether to create a missing store.
    /// - Throws: ``StoreError`` when the folder is missing, the file is not accessible, not SQLite,
    ///   not a Loom store, or written by a newer schema version.
    public init(path: String, create: Bool = true) throws(StoreError) {
        self.path = path
        // Two processes creating or first opening the same file at once can see SQLITE_BUSY from
        // steps that do not wait on the busy timeout (WAL switch, schema check): retry those briefly.
        var attempt = 0
        while true {
            do {
                pool = try Self.open(path: path, create: create)
                return
            } catch .busy(let busyPath) {
                attempt += 1
                if attempt >= 50 { throw StoreError.busy(busyPath) }
                usleep(UInt32(20_000 * min(attempt, 10)))
            }
        }
    }

    /// Checks the file, opens a pool and creates or checks the schema.
    private static func open(path: String, create: Bool) throws(StoreError) -> DatabasePool {
        let existing = try checkFile(path: path, create: create)
        if existing { try checkMarker(path: path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL + NORMAL survives a killed process (not a power cut after the last checkpoint).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    switch try StoreSchema.marker(db) {
                    case .empty:
                        guard create else { throw StoreError.storeNotFound(path) }
                        try StoreSchema.create(db)
                    case .foreign:
                        throw StoreError.notALoomStore(path)
                    case .loom(let version) where version > StoreSchema.version:
                        throw StoreError.newerSchema(path, version: version, supported: StoreSchema.version)
                    case .loom(let version) where version < StoreSchema.version:
                        try StoreSchema.migrate(db, from: version)
                    case .loom:
                        break
                    }
                    return .commit
                }
            }
            return pool
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// The store path to use when none is given: `$LOOM_STORE`, else `loom.sqlite` in the current folder.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["LOOM_STORE"], !path.isEmpty { return path }
        return "loom.sqlite"
    }

    /// Tells whether a document must be ingested.
    ///
    /// - Returns: `.new` for an unknown path, `.unchanged` when the stored content hash is the same
    ///   and the ingest completed, `.changed` otherwise.
    public func documentStatus(path: String, contentHash: String) throws(StoreError) -> DocumentStatus {
        try read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT content_hash, complete FROM documents WHERE path = ?", arguments: [path])
            else { return .new }
            let hash: String = row[0]
            let complete: Bool = row[1]
            return hash == contentHash && complete ? .unchanged : .changed
        }
    }

    // MARK: - Transactions

    /// Runs `body` in one IMMEDIATE transaction (so concurrent writers queue on the busy timeout
    /// instead of failing on a lock upgrade); any thrown error rolls everything back.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        var result: T?
        do {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
        guard let result else { throw StoreError.database("transaction produced no result") }
        return result
    }

    /// Runs `body` on a read snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read { db in try body(db) }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .database("\(error)") }
        let message = error.message ?? "\(error)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path)
        case .SQLITE_NOTADB: return .notSQLite(path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH: return .notAccessible(path, reason: message)
        default: return .database(message)
        }
    }
}
