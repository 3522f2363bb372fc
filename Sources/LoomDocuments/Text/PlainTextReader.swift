/// Plain text (.txt) to `Article`.
enum PlainTextReader {
    static func read(_ bytes: [UInt8], path: String) -> Article {
        var warnings: [String] = []
        var cleaned = bytes
        let nulCount = cleaned.count { $0 == 0 }
        if nulCount > 0 {
            cleaned.removeAll { $0 == 0 }
            warnings.append("removed \(nulCount) NUL byte\(nulCount == 1 ? "" : "s")")
        }
        let decoded = TextDecoder.decode(cleaned)
        if decoded.replacements > 0 {
            warnings.append("invalid UTF-8 replaced with U+FFFD at \(decoded.replacements) place\(decoded.replacements == 1 ? "" : "s")")
        }
        if decoded.encoding != "UTF-8" {
            warnings.append("not valid UTF-8; decoded as \(decoded.encoding)")
        }
        let parsed = PlainTextParser.parse(decoded.text)
        let text = ([parsed.title].compactMap { $0 } + parsed.blocks).joined(separator: "\n\n")
        return Article(path: path, text: text, metadata: ArticleMetadata(title: parsed.title), warnings: warnings)
    }
}
