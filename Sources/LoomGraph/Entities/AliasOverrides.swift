import Foundation

/// User corrections to entity resolution, kept in an aliases file so that they survive re-ingest.
///
/// File format (UTF-8 text, one correction per line):
/// ```
/// # Lines starting with # are comments; blank lines are ignored.
/// Meta = Meta Platforms        # merge: mentions of `Meta` become the entity `Meta Platforms`
/// Alibaba Cloud = Alibaba
/// !Apple Daily                 # split: `Apple Daily` stays its own entity
/// ```
/// `A = B` merges: every mention whose key is `EntityKey.key(for: "A")` gets the key of `B` (chains
/// are followed, cycles stop). `!A` keeps a name separate: mentions named exactly `A` (ignoring case
/// and a leading `the`) get a key of their own (``EntityKey/exactKey(for:)``), are never tied to
/// another name by surname, short form or legal-suffix stripping, and are never partial names.
/// A `#` after whitespace starts a comment. The store saves ``fileText`` and loads it back.
public struct AliasOverrides: Sendable, Hashable {
    /// Merge targets: alias key → canonical key.
    public private(set) var merges: [String: String] = [:]
    /// Lower-cased display names kept separate.
    public private(set) var splits: Set<String> = []
    /// The corrections as written, in order, for ``fileText``.
    private var lines: [String] = []

    public init() {}

    /// Corrections given as names: `merges` maps an alias to its canonical name, `splits` lists names
    /// kept separate (for a store that keeps its own table of corrections).
    public init(merges: [(alias: String, canonical: String)], splits: [String] = []) {
        for merge in merges { self.merge(merge.alias, into: merge.canonical) }
        for name in splits { split(name) }
    }

    /// Parses an aliases file; throws ``AliasFileError`` naming the first bad line.
    public init(parsing text: String) throws {
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if let hash = line.range(of: " #") { line = String(line[..<hash.lowerBound]) }
            line = EntityKey.trimmed(line, AliasOverrides.blanks)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("!") {
                let name = EntityKey.trimmed(String(line.dropFirst()), AliasOverrides.blanks)
                guard !name.isEmpty else { throw AliasFileError.invalidLine(offset + 1, String(raw)) }
                split(name)
            } else if let equals = line.firstIndex(of: "=") {
                let alias = EntityKey.trimmed(String(line[..<equals]), AliasOverrides.blanks)
                let canonical = EntityKey.trimmed(String(line[line.index(after: equals)...]), AliasOverrides.blanks)
                guard !alias.isEmpty, !canonical.isEmpty else { throw AliasFileError.invalidLine(offset + 1, String(raw)) }
                merge(alias, into: canonical)
            } else {
                throw AliasFileError.invalidLine(offset + 1, String(raw))
            }
        }
    }

    /// Reads an aliases file from disk.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw AliasFileError.unreadable(url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw AliasFileError.notUTF8(url.path) }
        try self.init(parsing: text)
    }

    /// Records that `alias` names the same entity as `canonical`.
    public mutating func merge(_ alias: String, into canonical: String) {
        let from = EntityKey.key(for: alias)
        let to = EntityKey.key(for: canonical)
        guard from != to else { return }
        merges[from] = to
        lines.append("\(alias) = \(canonical)")
    }

    /// Records that `alias` is an entity of its own, never merged with another name.
    public mutating func split(_ alias: String) {
        splits.insert(EntityKey.displayName(alias).lowercased())
        lines.append("!\(alias)")
    }

    /// Whether the display name was split off by the user.
    public func isSplit(_ name: String) -> Bool {
        !splits.isEmpty && splits.contains(EntityKey.displayName(name).lowercased())
    }

    /// The key after user merges (`key` itself when none applies).
    public func canonicalKey(for key: String) -> String {
        var current = key
        var seen: Set<String> = [key]
        while let next = merges[current], seen.insert(next).inserted { current = next }
        return current
    }

    static let blanks: Set<Character> = [" ", "\t", "\r", "\n", "\r\n", "\u{FEFF}"]

    /// The corrections in aliases-file syntax, one per line.
    public var fileText: String { lines.map { $0 + "\n" }.joined() }
}

/// A problem with an aliases file.
public enum AliasFileError: Error, Equatable, CustomStringConvertible {
    case invalidLine(Int, String)
    case unreadable(String)
    case notUTF8(String)

    public var description: String {
        switch self {
        case .invalidLine(let number, let text):
            return "aliases file line \(number): \"\(text)\" is not `Alias = Canonical name` or `!Name`"
        case .unreadable(let path): return "cannot read aliases file \(path): check that it exists and is readable"
        case .notUTF8(let path): return "aliases file \(path) is not UTF-8 text: save it as UTF-8"
        }
    }
}
