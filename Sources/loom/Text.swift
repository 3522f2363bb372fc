import ArgumentParser
import Foundation
import LoomDocuments

extension LoomCommand {
    /// `loom text FILE [--metadata]`: print the article text the pipeline would analyse.
    struct Text: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the article text read from a .txt/.html/.htm file (title first, blank line between blocks).")

        @Argument(help: "The document to read.")
        var file: String

        @Flag(help: "Also print the metadata (title, author, published, site, language) and warnings.")
        var metadata = false

        func run() throws {
            let article: Article
            do {
                article = try DocumentReader().read(URL(fileURLWithPath: file))
            } catch {
                throw ValidationError(error.description)
            }
            if metadata {
                let fields = article.metadata
                for (name, value) in [
                    ("title", fields.title), ("author", fields.author), ("published", fields.published),
                    ("site", fields.siteName), ("language", fields.language),
                ] {
                    print("\(name): \(value ?? "")")
                }
                for warning in article.warnings { print("warning: \(warning)") }
                print("")
            }
            print(article.text)
        }
    }
}
