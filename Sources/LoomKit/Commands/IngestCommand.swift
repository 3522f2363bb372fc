import Foundation
import LoomDocuments
import LoomGraph

/// `loom ingest`: opens the store, ingests, reports on stderr; Ctrl-C stops between documents.
public enum IngestCommand {
    /// Ingests into the store at `storePath` and prints the summary; after Ctrl-C (or when `cancel` is
    /// raised) it says how to resume.
    public static func run(
        paths: [String], storePath: String, maxFileMegabytes: Int, jobs: Int?,
        cancel: CancellationFlag = CancellationFlag()
    ) async throws -> IngestReport {
        let report = try await ingest(
            paths: paths, storePath: storePath, maxFileMegabytes: maxFileMegabytes, jobs: jobs, cancel: cancel)
        if report.cancelled {
            Console.error("interrupted: \(report.ingested) documents were written; run the same command again to resume")
        }
        return report
    }

    /// Opens (or creates) the store, ingests with Ctrl-C raising `cancel`, prints the summary.
    static func ingest(
        paths: [String], storePath: String, maxFileMegabytes: Int, jobs: Int?, cancel: CancellationFlag
    ) async throws -> IngestReport {
        let store = try GraphStore(path: storePath, create: true)
        let analyzer = try ArticleAnalyzer.bundled()
        let ingestor = Ingestor(
            store: store, analyzer: analyzer, reader: DocumentReader(maxFileSize: maxFileSize(megabytes: maxFileMegabytes)),
            workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let interrupt = InterruptHandler { cancel.raise() }
        defer { interrupt.stop() }
        let report = try await ingestor.ingest(paths, cancel: cancel) { Console.progress($0) }
        printSummary(report, store: storePath)
        return report
    }

    /// The largest limit handed to the reader: 1 TiB, far beyond any article, and far enough below
    /// `Int.max` that the reader's arithmetic on it cannot overflow.
    static let largestFileSize = 1 << 40

    /// The reader's limit in bytes; a huge number of megabytes (`--max-file-megabytes 99999999999999`)
    /// means "no limit" instead of an arithmetic overflow.
    static func maxFileSize(megabytes: Int) -> Int {
        min(max(0, megabytes), largestFileSize / 1_048_576) * 1_048_576
    }

    /// One line per skipped file, then the totals, all on stderr.
    public static func printSummary(_ report: IngestReport, store: String) {
        summary(report, store: store).forEach(Console.error)
    }

    /// The lines of ``printSummary(_:store:)``: skipped files, warnings, then the totals.
    public static func summary(_ report: IngestReport, store: String) -> [String] {
        report.skipped.map { "skipped \($0.path): \($0.reason)" }
            + report.warnings.map { "warning \($0.path): \($0.reason)" }
            + [String(
                format: "%d files: %d ingested, %d unchanged, %d skipped; %d sentences, %d triples; "
                    + "%d entities and %d edges added to %@ in %.2fs",
                report.filesSeen, report.ingested, report.unchanged, report.skipped.count,
                report.sentences, report.triples, report.entitiesAdded, report.edgesAdded, store, report.seconds)]
    }
}
