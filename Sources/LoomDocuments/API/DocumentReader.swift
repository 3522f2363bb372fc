import Foundation

/// Reads plain-text and HTML documents into `Article`s.
///
/// Plain text is decoded (UTF-8, BOM stripped, Windows-1252 fallback, invalid bytes replaced and
/// reported), split into paragraphs, and its first line becomes the title when it reads like one.
/// HTML is parsed with libxml2, its main content extracted Readability-style and its metadata read.
/// Either way `Article.text` is the title, then the blocks, separated by blank lines.
public struct DocumentReader: Sendable {
    /// Largest file accepted, in bytes.
    public var maxFileSize: Int

    public init(maxFileSize: Int = 100 * 1024 * 1024) {
        self.maxFileSize = maxFileSize
    }

    /// Reads a .txt/.html/.htm file: HTML by extension, or when a .txt file's content starts like HTML.
    public func read(_ url: URL) throws(DocumentError) -> Article {
        let path = url.path
        let kind = DocumentDiscovery.kind(ofExtension: url.pathExtension)
        guard let kind else { throw .unsupportedType(path: path) }
        let size = try Self.regularFileSize(path)
        guard size <= maxFileSize else { throw .tooLarge(path: path, size: size, limit: maxFileSize) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or file vanished")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxFileSize == Int.max ? Int.max : maxFileSize + 1) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard data.count <= maxFileSize else { throw .tooLarge(path: path, size: data.count, limit: maxFileSize) }
        let bytes = [UInt8](data)
        return try read(data: bytes, path: path, isHTML: kind == .html || Self.sniffHTML(bytes))
    }

    /// Reads a document already in memory; `path` is only recorded and used in messages.
    public func read(data: [UInt8], path: String, isHTML: Bool) throws(DocumentError) -> Article {
        guard data.count <= maxFileSize else { throw .tooLarge(path: path, size: data.count, limit: maxFileSize) }
        let bytes = TextDecoder.normalizeBOM(data)
        guard bytes.contains(where: { !Whitespace.isASCIISpace($0) }) else { throw .empty(path: path) }
        if TextDecoder.looksBinary(bytes) { throw .binary(path: path) }
        let article = isHTML ? try HTMLReader.read(bytes, path: path) : PlainTextReader.read(bytes, path: path)
        guard !article.text.isEmpty else { throw .empty(path: path) }
        return article
    }

    /// Size of a regular file, checked before reading it.
    static func regularFileSize(_ path: String) throws(DocumentError) -> Int {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot inspect it" : "no such file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else { throw .notAFile(path: path) }
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Whether text content starts like an HTML document (`<!doctype html`, `<html`, `<head`, `<body`).
    static func sniffHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return ["<!doctype html", "<html", "<head", "<body"].contains { start.hasPrefix($0) }
    }
}
