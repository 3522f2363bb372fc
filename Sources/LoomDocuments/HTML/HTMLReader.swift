#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// HTML bytes to `Article`: encoding choice, parsing, main-content extraction, metadata, title first.
enum HTMLReader {
    static func read(_ input: [UInt8], path: String) throws(DocumentError) -> Article {
        var warnings: [String] = []
        var bytes = input
        let hasNul = bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
        let nulCount = hasNul ? bytes.count { $0 == 0 } : 0
        if nulCount > 0 {
            bytes.removeAll { $0 == 0 }
            warnings.append("removed \(nulCount) NUL byte\(nulCount == 1 ? "" : "s")")
        }
        bytes = toUTF8(bytes, warnings: &warnings)
        guard let tree = LibXMLParser.parse(bytes, encoding: "UTF-8") else { throw .empty(path: path) }
        let extractor = HTMLArticleExtractor(tree: tree)
        var metadata = extractor.metadata()
        let blocks = extractor.contentBlocks()
        let titleKey = metadata.title.map(TitleMatch.normalize)
        var texts: [String] = []
        for block in blocks where !Boilerplate.isBoilerplate(block.text) {
            if block.tag.isHeading || texts.isEmpty, let titleKey, TitleMatch.normalize(block.text) == titleKey {
                continue
            }
            texts.append(block.text)
        }
        if metadata.title == nil, let first = texts.first, blocks.first?.tag.isHeading == true {
            metadata.title = first
            texts.removeFirst()
        }
        let text = ([metadata.title].compactMap { $0 } + texts).joined(separator: "\n\n")
        return Article(path: path, text: text, metadata: metadata, warnings: warnings)
    }

    /// The page as UTF-8: kept when valid; else converted from the declared charset (`HTMLCharset`);
    /// else, without a usable declaration, read as Windows-1252 when it looks like legacy 8-bit text or
    /// repaired (invalid sequences replaced by U+FFFD). Every fallback is reported in `warnings`.
    private static func toUTF8(_ bytes: [UInt8], warnings: inout [String]) -> [UInt8] {
        let scan = TextDecoder.scanUTF8(bytes)
        if scan.isValid { return bytes }
        let declared = HTMLCharset.declared(in: bytes).map(HTMLCharset.alias)
        if let declared, declared != "UTF-8", declared != "windows-1252" {
            if let converted = CharsetConverter.toUTF8(bytes, from: declared) {
                if converted.replacements > 0 {
                    warnings.append("\(converted.replacements) byte\(converted.replacements == 1 ? "" : "s") invalid in \(declared) replaced with U+FFFD")
                }
                return converted.bytes
            }
            warnings.append("unknown charset \(declared); read as Windows-1252")
            return Array(TextDecoder.windows1252(bytes).utf8)
        }
        if declared == "windows-1252" || TextDecoder.looksLegacy(scan) {
            if declared == nil { warnings.append("not valid UTF-8 and no charset declared; read as Windows-1252") }
            return Array(TextDecoder.windows1252(bytes).utf8)
        }
        warnings.append("invalid UTF-8 replaced with U+FFFD at \(scan.invalid) place\(scan.invalid == 1 ? "" : "s")")
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
