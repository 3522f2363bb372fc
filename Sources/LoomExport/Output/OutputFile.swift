import Foundation

/// Writes export files atomically and never clobbers files Loom did not write.
///
/// A destination may be replaced when it does not exist, is empty, or its first 4 KB contain the
/// format's marker (`<!-- written by loom -->`, `// written by loom`, `{"generator":"loom"`, the CSV
/// header). Anything else needs `force`. Data goes to a temporary file in the same folder that is then
/// renamed over the destination, so readers never see half a file.
public struct OutputFile: Sendable {
    /// Where to write.
    public var url: URL
    /// Replace the file even when it does not look like a Loom output.
    public var force: Bool

    public init(url: URL, force: Bool = false) {
        self.url = url
        self.force = force
    }

    /// Writes `data` atomically after the overwrite check.
    ///
    /// - Parameter marker: Text a previous Loom output of this kind contains near its start; `nil` when
    ///   the format cannot carry one (PNG), so only `force` allows replacing an existing file.
    /// - Throws: ``ExportError/wouldOverwrite(path:)`` or ``ExportError/io(path:reason:)``.
    public func write(_ data: Data, marker: String?) throws(ExportError) {
        try checkOverwrite(marker: marker)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw .io(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Writes UTF-8 text atomically after the overwrite check.
    public func write(_ text: String, marker: String?) throws(ExportError) {
        try write(Data(text.utf8), marker: marker)
    }

    /// Throws unless the destination is absent, empty, a Loom output, or `force` is set.
    public func checkOverwrite(marker: String?) throws(ExportError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw .io(path: url.path, reason: "it is a directory") }
        if force { return }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw .io(path: url.path, reason: "it exists and cannot be read")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        if head.isEmpty { return }
        if let marker, String(decoding: head, as: UTF8.self).contains(marker) { return }
        throw .wouldOverwrite(path: url.path)
    }
}
