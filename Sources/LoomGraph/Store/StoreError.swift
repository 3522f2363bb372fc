/// Everything that can go wrong with a Loom store, with messages a user can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder that should hold the store does not exist.
    case folderNotFound(String)
    /// There is no store at the path (and none was to be created).
    case storeNotFound(String)
    /// The path exists but cannot be read or written.
    case notAccessible(String, reason: String)
    /// The file is not an SQLite database.
    case notSQLite(String)
    /// The file is an SQLite database but not a Loom store.
    case notALoomStore(String)
    /// The store was written by a newer Loom with a schema this version does not know.
    case newerSchema(String, version: Int, supported: Int)
    /// Another process held the store longer than the busy timeout.
    case busy(String)
    /// No entity has the name; `suggestions` are the closest known names.
    case unknownEntity(String, suggestions: [String])
    /// An argument given to the store is not usable (empty name, bad override file line …).
    case invalidArgument(String)
    /// Any other SQLite failure.
    case database(String)

    public var description: String {
        switch self {
        case .folderNotFound(let folder):
            return "The folder \(folder) does not exist; create it or choose another store path."
        case .storeNotFound(let path):
            return "No Loom store at \(path). Run `loom ingest` first, or pass --store FILE (or set $LOOM_STORE)."
        case .notAccessible(let path, let reason):
            return "Cannot use \(path): \(reason). Check the file permissions."
        case .notSQLite(let path):
            return "\(path) is not an SQLite database. Choose another path for the Loom store."
        case .notALoomStore(let path):
            return "\(path) is an SQLite database but not a Loom store. Choose another path for the Loom store."
        case .newerSchema(let path, let version, let supported):
            return "\(path) uses store schema version \(version), newer than the \(supported) this loom knows. "
                + "Update loom, or ingest into a new store."
        case .busy(let path):
            return "\(path) stayed locked by another process; try again when it has finished."
        case .unknownEntity(let name, let suggestions):
            if suggestions.isEmpty { return "No entity named \"\(name)\" in the store." }
            let list = suggestions.map { "\"\($0)\"" }.joined(separator: ", ")
            return "No entity named \"\(name)\" in the store. Did you mean \(list)?"
        case .invalidArgument(let message):
            return message
        case .database(let message):
            return "Store error: \(message)"
        }
    }
}
