/// Escaping for XML 1.0 character data and attribute values.
enum XMLText {
    /// Replacement for characters XML 1.0 cannot carry.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Escapes `&`, `<`, `>`, `"` and `'`; writes CR as `&#13;` so parsers do not fold it into LF;
    /// replaces characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) with
    /// U+FFFD. Tab, LF and everything else (including C1 controls, which XML 1.0 allows) pass unchanged.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: mayNeedEscaping) { return text }  // most labels: nothing to do
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "\t", "\n": out.append(scalar)
            default: out.append(isAllowed(scalar) ? scalar : replacement)
            }
        }
        return String(out)
    }

    /// Bytes that start something ``escape(_:)`` changes (0xEF leads U+FFFE and U+FFFF in UTF-8).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || byte == 0xEF
    }

    /// Whether XML 1.0 allows the scalar as a character (`Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x9 || v == 0xA || v == 0xD }
        return v != 0xFFFE && v != 0xFFFF
    }
}
