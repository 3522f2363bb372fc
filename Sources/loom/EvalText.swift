import ArgumentParser
import Foundation
import LoomDocuments

extension Eval {
    /// `loom eval text --pages DIR --gold DIR`: score main-text extraction.
    struct Text: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score HTML article extraction: token and 4-shingle P/R/F1, title and date accuracy, speed.")

        @Option(help: "Folder with one <name>/source.html (and expected-metadata.json) per page.")
        var pages: String

        @Option(help: "Folder with the gold texts, <name>.txt.")
        var gold: String

        @Option(name: .customLong("repeat"), help: "Extract every page this many times, for the speed figure.")
        var repetitions: Int = 1

        @Flag(help: "Score the whole article text, title included (default: body only).")
        var includeTitle = false

        @Flag(help: "Print one line per page.")
        var verbose = false

        func run() throws {
            let report = try TextExtractionEvaluation.evaluate(
                pages: URL(fileURLWithPath: pages), gold: URL(fileURLWithPath: gold), repetitions: repetitions,
                includeTitle: includeTitle)
            if verbose {
                for page in report.pages {
                    let f1 = page.precision + page.recall > 0 ? 2 * page.precision * page.recall / (page.precision + page.recall) : 0
                    let title = page.titleCorrect.map { $0 ? "title ok" : "title MISS [\(page.predictedTitle ?? "-")]" } ?? ""
                    let date = page.dateCorrect.map { $0 ? "date ok" : "date MISS" } ?? ""
                    print(String(format: "%-18@ P %.3f R %.3f F1 %.3f  %@ %@", page.name as NSString, page.precision,
                                 page.recall, f1, title as NSString, date as NSString))
                }
            }
            print(report)
        }
    }
}
