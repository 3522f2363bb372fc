import Foundation
import GRDB

/// One line of an aliases file, the format the entity resolver reads too:
/// `Alias = Canonical name` merges, `!Name` splits; `#` starts a comment (at line start or after a
/// space), blank lines are skipped.
public enum AliasCorrection: Sendable, Hashable {
    case merge(String, into: String)
    case split(String)

    /// Parses an aliases file's text.
    ///
    /// - Throws: ``StoreError/invalidArgument(_:)`` naming the first malformed line.
    public static func parse(_ text: String) throws(StoreError) -> [AliasCorrection] {
        var result: [AliasCorrection] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if let hash = line.range(of: " #") { line = String(line[..<hash.lowerBound]) }
            line = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let bad = StoreError.invalidArgument(
                "Aliases file line \(number + 1): \"\(raw)\" is not `Alias = Canonical name` or `!Name`.")
            if line.hasPrefix("!") {
                let name = line.dropFirst().trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { throw bad }
                result.append(.split(name))
            } else if let equals = line.firstIndex(of: "=") {
                let alias = line[..<equals].trimmingCharacters(in: .whitespaces)
                let canonical = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                guard !alias.isEmpty, !canonical.isEmpty else { throw bad }
                result.append(.merge(alias, into: canonical))
            } else {
                throw bad
            }
        }
        return result
    }

    /// The correction in aliases-file syntax.
    public var line: String {
        switch self {
        case .merge(let alias, let canonical): return "\(alias) = \(canonical)"
        case .split(let name): return "!\(name)"
        }
    }
}

extension GraphStore {
    /// Applies corrections to the store's entities, in order, and saves them with the store's
    /// aliases text (``aliasesText()``) so the entity resolver applies them on later ingests too.
    ///
    /// - Returns: For each correction, nil when applied or the error that stopped it (e.g. a name
    ///   not in the store yet; it is still saved for later ingests).
    public func apply(_ corrections: [AliasCorrection]) throws(StoreError) -> [StoreError?] {
        var outcomes: [StoreError?] = []
        for correction in corrections {
            do {
                switch correction {
                case .merge(let alias, let canonical): try merge(alias, into: canonical)
                case .split(let name): try split(alias: name)
                }
                outcomes.append(nil)
            } catch {
                outcomes.append(error)
            }
        }
        let text = corrections.map { $0.line + "\n" }.joined()
        try write { db in
            try db.execute(sql: """
                INSERT INTO settings (name, value) VALUES ('aliases', ?)
                ON CONFLICT (name) DO UPDATE SET value = value || excluded.value
                """, arguments: [text])
        }
        return outcomes
    }

    /// Every correction given through ``apply(_:)``, in aliases-file syntax (empty when none); the
    /// pipeline hands it to the entity resolver.
    public func aliasesText() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'aliases'") ?? "" }
    }
}
