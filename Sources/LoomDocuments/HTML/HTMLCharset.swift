/// Finds the charset a page declares. (Pages reach libxml2 as UTF-8 only — LIBXML2.md pitfall 4 — so
/// the declaration is used to convert them first.)
enum HTMLCharset {
    /// The WHATWG-style name for a declared charset: Latin-1 and ASCII mean Windows-1252, GB2312 means
    /// GBK, "utf8" means UTF-8.
    static func alias(_ name: String) -> String {
        switch name.lowercased() {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252",
             "iso_8859-1", "cp819", "ibm819":
            return "windows-1252"
        case "gb2312", "gb_2312-80", "x-gbk", "gbk": return "GBK"
        case "utf8", "utf-8": return "UTF-8"
        default: return name
        }
    }

    /// The charset named in the first 4 KiB: `charset=` inside a `<meta` tag.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let meta = Array("<meta".utf8), charset = Array("charset".utf8)
        var index = 0
        while let start = find(meta, in: head, from: index) {
            let end = head[start...].firstIndex(of: 0x3E) ?? head.count
            if let position = find(charset, in: Array(head[start ..< end]), from: 0) {
                var cursor = start + position + charset.count
                while cursor < end, head[cursor] == 0x20 || head[cursor] == 0x3D || head[cursor] == 0x22 || head[cursor] == 0x27 {
                    cursor += 1
                }
                var name: [UInt8] = []
                while cursor < end, isNameByte(head[cursor]) {
                    name.append(head[cursor])
                    cursor += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            index = end
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x3A || byte == 0x2E
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start ... haystack.count - needle.count where haystack[index] == needle[0] {
            if haystack[index ..< index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}
