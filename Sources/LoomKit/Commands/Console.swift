import Foundation

/// Writing to the terminal: messages on stderr, and a progress line only when stderr is a terminal.
public enum Console {
    /// Whether stderr is an interactive terminal (progress bars are drawn only then).
    public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Prints a line on stderr.
    public static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Redraws a one-line progress bar with rate and ETA on stderr (terminal only).
    public static func progress(_ progress: IngestProgress) {
        guard isTerminal, progress.total > 0 else { return }
        let fraction = Double(progress.done) / Double(progress.total)
        let width = 30
        let filled = Int(fraction * Double(width))
        let rate = progress.seconds > 0 ? Double(progress.done) / progress.seconds : 0
        let eta = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let megabytes = Double(progress.bytes) / 1_048_576
        let line = String(
            format: "\r[%@] %d/%d files  %.1f files/s  %.1f MB  ETA %.0fs ", bar, progress.done, progress.total,
            rate, megabytes, eta)
        FileHandle.standardError.write(Data(line.utf8))
        if progress.done == progress.total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
