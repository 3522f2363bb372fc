/// How query results are printed.
public enum OutputFormat: Sendable, Hashable {
    /// Columns padded to line up, for a terminal.
    case table
    /// Tab-separated values with a header line, for pipes.
    case tsv
    /// Pretty-printed JSON with sorted keys.
    case json

    /// JSON when asked for; otherwise a table on a terminal and TSV when piped.
    public init(json: Bool, terminal: Bool) {
        self = json ? .json : terminal ? .table : .tsv
    }
}

/// A header and rows of text cells, rendered aligned or tab-separated. Rows may carry indented
/// detail lines (evidence) shown under them in the aligned form only.
struct TextTable {
    var headers: [String]
    var rows: [(cells: [String], details: [String])] = []

    init(_ headers: [String]) {
        self.headers = headers
    }

    mutating func append(_ cells: [String], details: [String] = []) {
        rows.append((cells.map(Self.clean), details.map(Self.clean)))
    }

    func render(_ format: OutputFormat) -> String {
        if format == .tsv {
            return ([headers] + rows.map(\.cells)).map { $0.joined(separator: "\t") + "\n" }.joined()
        }
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }
            return padded.joined(separator: "  ") + "\n"
        }
        var text = line(headers) + line(widths.map { String(repeating: "-", count: $0) })
        for row in rows {
            text += line(row.cells)
            for detail in row.details { text += "    " + detail + "\n" }
        }
        return text
    }

    /// Tabs and line breaks would break both forms; they become spaces.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
