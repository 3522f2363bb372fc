import Foundation

/// Everything that can go wrong while filtering, writing or rendering an export.
public enum ExportError: Error, Equatable, Sendable {
    /// The graph has more nodes than the format can usefully show.
    case tooLarge(nodes: Int, limit: Int)
    /// The destination exists and was not written by Loom.
    case wouldOverwrite(path: String)
    /// Reading or writing a file failed.
    case io(path: String, reason: String)
    /// The format writes a folder, so an output directory is required.
    case outputDirectoryRequired(ExportFormat)
    /// A filter option is out of range.
    case invalidFilter(String)
    /// `--around` named an entity that is not in the graph.
    case entityNotFound(String)
    /// `--render` was asked for a format other than DOT, or an unknown image format.
    case renderUnsupported(String)
    /// Graphviz's `dot` is not installed.
    case graphvizNotFound
    /// Graphviz ran but failed.
    case renderFailed(status: Int32, message: String)
}

extension ExportError: CustomStringConvertible, LocalizedError {
    public var description: String {
        switch self {
        case .tooLarge(let nodes, let limit):
            return "the graph has \(nodes) nodes, more than \(limit) can be drawn legibly; "
                + "narrow it with --top N or --around ENTITY (or pass --force to write it anyway)"
        case .wouldOverwrite(let path):
            return "refusing to overwrite \(path): it was not written by loom (pass --force to replace it)"
        case .io(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .outputDirectoryRequired(let format):
            return "--format \(format.rawValue) writes a folder (nodes.csv, edges.csv); give it with --output DIR"
        case .invalidFilter(let message):
            return "invalid filter: \(message)"
        case .entityNotFound(let query):
            return "no entity is named \"\(query)\" (label or alias, case-insensitive); `loom entities` lists them"
        case .renderUnsupported(let message):
            return message
        case .graphvizNotFound:
            return "Graphviz's dot was not found on PATH; install graphviz (apt-get install graphviz) or omit --render"
        case .renderFailed(let status, let message):
            return "Graphviz's dot failed (exit status \(status)): \(message)"
        }
    }

    public var errorDescription: String? { description }
}
