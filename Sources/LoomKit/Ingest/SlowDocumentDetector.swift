import Foundation

/// Notices documents whose analysis took far longer than the run's usual pace, so that one
/// pathological file (a table of numbers, one endless sentence) is named instead of silently
/// slowing the run.
struct SlowDocumentDetector {
    /// Documents faster than this are never reported.
    var minimumSeconds = 1.0
    /// How many times slower per byte than the median of the run so far a document must be.
    var factor = 10.0
    /// Seconds per kilobyte of the documents seen so far (bounded: the median settles quickly).
    private var paces: [Double] = []

    /// A warning for the document, or nil when its pace is ordinary.
    mutating func note(seconds: Double, bytes: Int) -> String? {
        let pace = seconds / Double(max(bytes, 1)) * 1024
        defer { if paces.count < 2048 { paces.append(pace) } }
        guard seconds >= minimumSeconds, let median = median, pace > factor * median else { return nil }
        return String(
            format: "slow: analysis took %.1f s for %d bytes (%.0f× the median pace of this run); consider splitting or excluding it",
            seconds, bytes, pace / median)
    }

    private var median: Double? {
        guard paces.count >= 5 else { return nil }
        return paces.sorted()[paces.count / 2]
    }
}
