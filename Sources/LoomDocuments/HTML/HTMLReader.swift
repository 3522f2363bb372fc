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
        let scan = TextDecoder.scanUTF8(bytes)
        var encoding = HTMLCharset.choose(bytes, scan: scan)
        if encoding == "UTF-8", !scan.isValid {
            if TextDecoder.looksLegacy(scan) {
                encoding = "windows-1252"
                warnings.append("not valid UTF-8 and no other charset declared; decoded as Windows-1252")
            } else {
                bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
                warnings.append("invalid UTF-8 replaced with U+FFFD at \(scan.invalid) place\(scan.invalid == 1 ? "" : "s")")
            }
        }
        guard let tree = LibXMLParser.parse(bytes, encoding: encoding) ?? LibXMLParser.parse(bytes, encoding: "windows-1252")
        else { throw .empty(path: path) }
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
}
