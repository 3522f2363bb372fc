/// Quoting for Graphviz DOT strings used as labels.
enum DOTText {
    /// Graphviz refuses quoted strings of 16,384 bytes or more; labels are cut below this.
    static let maximumBytes = 16_000
    static let ellipsis = "…"

    /// The quoted DOT string for `text`, shown literally by Graphviz:
    /// `\` → `\\` (so `\N`, `\l`, … and a trailing backslash are plain text), `"` → `\"`, LF → `\n`,
    /// `&` → `&amp;` (Graphviz decodes HTML entities in labels), tab → space, U+FFFE/U+FFFF → U+FFFD (they
    /// would make Graphviz's SVG invalid XML); CR and every other control character (C0, DEL, C1) removed.
    /// Text whose escaped form exceeds ``maximumBytes`` UTF-8 bytes is
    /// cut at a character boundary and ends with `…`.
    static func quote(_ text: String) -> String {
        // Fast path for short labels with nothing to escape (0xC2 starts the C1 controls, 0xEF U+FFFE/U+FFFF).
        if text.utf8.count <= maximumBytes - ellipsis.utf8.count, !text.utf8.contains(where: {
            $0 < 0x20 || $0 == 0x5C || $0 == 0x22 || $0 == 0x26 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF
        }) {
            return "\"" + text + "\""
        }
        var out = "\""
        var bytes = 0
        let limit = maximumBytes - ellipsis.utf8.count
        for scalar in text.unicodeScalars {
            let piece: String
            switch scalar {
            case "\\": piece = "\\\\"
            case "\"": piece = "\\\""
            case "\n": piece = "\\n"
            case "&": piece = "&amp;"
            case "\t": piece = " "
            case "\u{FFFE}", "\u{FFFF}": piece = "\u{FFFD}"
            default:
                if isControl(scalar) { continue }
                piece = String(scalar)
            }
            let size = piece.utf8.count
            if bytes + size > limit {
                out += ellipsis
                break
            }
            out += piece
            bytes += size
        }
        return out + "\""
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
