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

        @Flag(help: "Also print the metadata (title, author, published, site, language) before the text.")
        var metadata = false

        func run() throws {
            let article: Article
            do {
                article = try DocumentReader().read(URL(fileURLWithPath: file))
            } catch {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitCode.failure
            }
            if metadata {
                let fields = article.metadata
                for (name, value) in [
                    ("title", fields.title), ("author", fields.author), ("published", fields.published),
                    ("site", fields.siteName), ("language", fields.language),
                ] {
                    print("\(name): \(value ?? "")")
                }
                print("")
            }
            for warning in article.warnings {
                FileHandle.standardError.write(Data("warning: \(article.path): \(warning)\n".utf8))
            }
            print(article.text)
        }
    }
}
