import ArgumentParser
import LoomKit

extension LoomCommand {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the triples of files without a store.")

        @Argument(help: "Files to read (.txt, .html, .htm; with --sentences, one sentence per line).")
        var files: [String]

        @Option(help: "Output format: jsonl, tsv or carb.")
        var format: TripleFormat = .jsonl

        @Flag(help: "Treat each input line as one pre-tokenized sentence (benchmark files such as CaRB's).")
        var sentences = false

        func run() throws {
            let failed = try ExtractCommand.run(files: files, format: format, sentencesPerLine: sentences) { print($0) }
            if failed == files.count { throw ExitCode.failure }
        }
    }
}

extension TripleFormat: ExpressibleByArgument {}
