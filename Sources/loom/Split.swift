import ArgumentParser
import Foundation
import LoomGraph

extension LoomCommand {
    /// `loom split`: a persistent user correction giving an alias its own entity.
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split an alias off into its own entity; the correction is kept in the store and re-applied on ingest.")

        @Argument(help: "The alias to split off (case-insensitive).") var alias: String?
        @Option(help: "A file of aliases to split, one per line (# comments allowed).") var aliases: String?
        @OptionGroup var options: StoreOptions

        func validate() throws {
            guard (alias != nil) != (aliases != nil) else { throw ValidationError("Give either ALIAS or --aliases FILE.") }
        }

        func run() throws {
            let store = try options.open()
            var names = [alias ?? ""]
            if let aliases {
                names = try GraphStore.parseOverrideLines(try String(contentsOfFile: aliases, encoding: .utf8), pairs: false).map { $0[0] }
            }
            for name in names {
                try store.split(alias: name)
                print("Split \"\(name)\" into its own entity.")
            }
        }
    }
}
