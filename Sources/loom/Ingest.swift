import ArgumentParser
import Foundation
import LoomGraph
import LoomKit

extension LoomCommand {
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add files and folders (recursively: .txt, .html, .htm) to a store.",
            discussion: """
                Unchanged files are skipped (content hash); a changed file replaces its earlier triples. \
                Documents are written whole, in batched transactions: after Ctrl-C or a crash, run the same \
                command again to resume.
                """)

        @Argument(help: "Files or folders to ingest.")
        var paths: [String]

        @Option(help: "The store (default: $LOOM_STORE, else loom.sqlite in the current folder).")
        var store: String?

        @Option(help: "Files larger than this many megabytes are skipped.")
        var maxFileMegabytes: Int = 100

        @Option(help: "Documents analysed at once (default: one per core).")
        var jobs: Int?

        func run() async throws {
            let path = store ?? GraphStore.defaultPath()
            let report = try await IngestCommand.run(
                paths: paths, storePath: path, maxFileMegabytes: maxFileMegabytes, jobs: jobs)
            if report.ingested == 0 && report.unchanged == 0 && !report.skipped.isEmpty { throw ExitCode.failure }
        }
    }
}
