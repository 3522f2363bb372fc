import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path that discovery did not return, and why.
public struct SkippedFile: Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Finds the documents to read under files and folders.
public enum DocumentDiscovery {
    enum Kind { case text, html }

    /// The document kind for a file extension (case-insensitive), or nil when unsupported.
    static func kind(ofExtension pathExtension: String) -> Kind? {
        switch pathExtension.lowercased() {
        case "txt": return .text
        case "html", "htm": return .html
        default: return nil
        }
    }

    /// Every .txt/.html/.htm file under the given files/folders, recursively (following symbolic links,
    /// each folder once), sorted by path; everything else is reported as skipped with a reason
    /// (unsupported extension, hidden file, broken symbolic link, unreadable file or folder, missing path).
    public static func files(in paths: [String]) -> (files: [URL], skipped: [SkippedFile]) {
        var files: Set<String> = []
        var skipped: [SkippedFile] = []
        var visitedFolders: Set<String> = []
        var pending = paths.map { ($0, true) }
        while let (path, isArgument) = pending.popLast() {
            var status = stat()
            guard lstat(path, &status) == 0 else {
                skipped.append(SkippedFile(path: path, reason: "no such file or folder"))
                continue
            }
            if status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 {
                skipped.append(SkippedFile(path: path, reason: "broken symbolic link"))
                continue
            }
            let name = (path as NSString).lastPathComponent
            if !isArgument, name.hasPrefix(".") {
                skipped.append(SkippedFile(path: path, reason: "hidden file or folder"))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard visitedFolders.insert(real).inserted else { continue }
                guard access(path, R_OK | X_OK) == 0,
                    let entries = try? FileManager.default.contentsOfDirectory(atPath: path)
                else {
                    skipped.append(SkippedFile(path: path, reason: "cannot read folder (permission denied)"))
                    continue
                }
                for entry in entries { pending.append(((path as NSString).appendingPathComponent(entry), false)) }
            case S_IFREG:
                let pathExtension = (name as NSString).pathExtension
                if kind(ofExtension: pathExtension) == nil {
                    let shown = pathExtension.isEmpty ? "no extension" : "extension .\(pathExtension)"
                    skipped.append(SkippedFile(path: path, reason: "unsupported file type (\(shown)); only .txt, .html and .htm are read"))
                } else if access(path, R_OK) != 0 {
                    skipped.append(SkippedFile(path: path, reason: "cannot read file (permission denied)"))
                } else {
                    files.insert(path)
                }
            default:
                skipped.append(SkippedFile(path: path, reason: "not a regular file or folder"))
            }
        }
        let sortedFiles = files.sorted().map { URL(fileURLWithPath: $0) }
        return (sortedFiles, skipped.sorted { $0.path < $1.path })
    }
}
