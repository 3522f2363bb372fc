import Foundation

/// RFC 4180 fields and Neo4j array cells.
enum CSVField {
    /// The field as written: quoted (with `"` doubled) when it contains `,`, `"`, CR or LF, and when
    /// it is empty (Neo4j reads an unquoted empty field as "no value", a quoted one as `""`).
    static func quote(_ text: String) -> String {
        let needsQuotes = text.isEmpty
            || text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Neo4j's array delimiter (`--array-delimiter=";"`, its default).
    static let arrayDelimiter: Character = ";"
    /// What a `;` inside an array element becomes: Neo4j has no escape for the delimiter, so it is
    /// replaced by U+FF1B FULLWIDTH SEMICOLON, which looks the same.
    static let delimiterReplacement = "\u{FF1B}"

    /// A `string[]` cell: elements joined by `;`, each `;` inside an element replaced.
    static func array(_ items: [String]) -> String {
        quote(items.map { $0.replacingOccurrences(of: ";", with: delimiterReplacement) }.joined(separator: ";"))
    }

    /// A Neo4j relationship type from a relation key: upper-cased, diacritics folded, every run of
    /// characters outside `[A-Z0-9]` turned into one `_`, no `_` at either end; `RELATED_TO` when nothing is
    /// left, and an `R_` prefix when it would start with a digit (Cypher needs backticks for those).
    static func relationshipType(_ relationKey: String) -> String {
        let folded = relationKey.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).uppercased()
        var out = ""
        var pendingUnderscore = false
        for scalar in folded.unicodeScalars {
            if ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingUnderscore, !out.isEmpty { out += "_" }
                pendingUnderscore = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingUnderscore = true
            }
        }
        if out.isEmpty { return "RELATED_TO" }
        if let first = out.unicodeScalars.first, ("0"..."9").contains(first) { return "R_" + out }
        return out
    }
}
