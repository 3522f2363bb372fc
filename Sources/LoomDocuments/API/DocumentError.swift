/// Why a document could not be read. Every message names the file and says what to do about it.
public enum DocumentError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be opened or read (missing, permission denied, I/O error).
    case unreadable(path: String, reason: String)
    /// The path is a folder, device or other non-regular file.
    case notAFile(path: String)
    /// The document has no text (empty, or only whitespace/markup).
    case empty(path: String)
    /// The content looks binary (NUL or control bytes, or a known binary signature).
    case binary(path: String)
    /// The file is larger than the configured limit.
    case tooLarge(path: String, size: Int, limit: Int)
    /// The extension is not .txt, .html or .htm.
    case unsupportedType(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "cannot read \(path): \(reason). Check that the file exists and that you have permission to read it."
        case let .notAFile(path):
            return "\(path) is not a regular file. Pass a .txt/.html/.htm file, or a folder to read all of them."
        case let .empty(path):
            return "\(path) contains no text. Remove it or fill it with the article text."
        case let .binary(path):
            return "\(path) looks like a binary file, not text or HTML. Convert it to .txt or .html first."
        case let .tooLarge(path, size, limit):
            return "\(path) is \(Self.megabytes(size)), over the \(Self.megabytes(limit)) limit. "
                + "Split it or raise the limit (DocumentReader(maxFileSize:))."
        case let .unsupportedType(path):
            return "\(path) is not a .txt, .html or .htm file. Rename it if it holds text or HTML."
        }
    }

    /// A byte count for messages: whole MiB from 1 MiB up, else KiB or bytes.
    static func megabytes(_ bytes: Int) -> String {
        if bytes >= 1_048_576 { return "\(bytes / 1_048_576) MiB" }
        if bytes >= 1024 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}
