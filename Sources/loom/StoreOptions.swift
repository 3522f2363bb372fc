import ArgumentParser
import Foundation
import LoomGraph

/// Options shared by the commands that read or change a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store file (default: $LOOM_STORE, else loom.sqlite in the current folder).")
    var store: String?

    @Flag(name: .long, help: "Print JSON instead of a table (tab-separated when piped).")
    var json = false

    var path: String { store ?? GraphStore.defaultPath() }

    var format: OutputFormat { OutputFormat(json: json, terminal: isatty(STDOUT_FILENO) != 0) }

    /// Opens the existing store (never creates one).
    func open() throws -> GraphStore { try GraphStore(path: path, create: false) }

    func query() throws -> GraphQuery { GraphQuery(store: try open()) }
}

/// Parses an entity type option case-insensitively.
func entityType(_ name: String?) throws -> EntityType? {
    guard let name else { return nil }
    guard let type = EntityType(caseInsensitive: name) else {
        let names = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("Unknown type \(name); use one of \(names).")
    }
    return type
}
