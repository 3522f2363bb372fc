import Foundation
import GRDB

extension GraphStore {
    /// Checks the folder and file before SQLite touches them.
    ///
    /// - Returns: Whether a non-empty file already exists.
    static func checkFile(path: String, create: Bool) throws(StoreError) -> Bool {
        guard !path.isEmpty else { throw StoreError.invalidArgument("The store path is empty.") }
        let files = FileManager.default
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.folderNotFound(folder)
        }
        guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
            guard create else { throw StoreError.storeNotFound(path) }
            guard files.isWritableFile(atPath: folder) else {
                throw StoreError.notAccessible(path, reason: "the folder \(folder) is not writable")
            }
            return false
        }
        if isFolder.boolValue { throw StoreError.notAccessible(path, reason: "it is a folder, not a file") }
        guard files.isReadableFile(atPath: path) else { throw StoreError.notAccessible(path, reason: "it is not readable") }
        guard files.isWritableFile(atPath: path) else {
            throw StoreError.notAccessible(path, reason: "it is not writable (the store needs write access)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.notAccessible(path, reason: "it cannot be opened")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return false }
        guard header == Data("SQLite format 3\0".utf8) else { throw StoreError.notSQLite(path) }
        return true
    }

    /// Reads the markers of an existing SQLite file without changing it (a pool would switch a
    /// foreign database to WAL mode).
    static func checkMarker(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let marker = try queue.read { db in try StoreSchema.marker(db) }
            try queue.close()
            switch marker {
            case .foreign:
                throw StoreError.notALoomStore(path)
            case .loom(let version) where version > StoreSchema.version:
                throw StoreError.newerSchema(path, version: version, supported: StoreSchema.version)
            case .empty, .loom:
                break
            }
        } catch {
            throw storeError(error, path: path)
        }
    }
}
