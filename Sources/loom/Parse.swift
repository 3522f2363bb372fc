import ArgumentParser
import Foundation
import LoomDocuments
import LoomKit

extension LoomCommand {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print Loom's analysis (tokens, tags, lemmas, dependency tree) of a file or text as CoNLL-U.")

        @Argument(help: "A .txt/.html/.htm file, or with --text the text itself.")
        var input: String

        @Flag(help: "Treat the argument as the text to analyse, not a file name.")
        var text = false

        func run() throws {
            let analyzer = try ArticleAnalyzer.bundled()
            let body = text ? input : try DocumentReader().read(URL(fileURLWithPath: input)).text
            print(CoNLLUWriter.write(analyzer.language.analyze(body)), terminator: "")
        }
    }
}
