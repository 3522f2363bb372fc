import ArgumentParser
import Foundation
import LoomGraph

extension LoomCommand {
    /// `loom split`: a persistent user correction giving an alias its own entity.
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split an alias off into its own entity; the correction is kept in the store and re-applied on ingest.")

        @Argument(help: "The alias to split off (case-insensitive).") var alias: String?
        @Option(help: "An aliases file to apply: `Alias = Canonical name` merges, `!Name` splits, # comments.")
        var aliases: String?
        @OptionGroup var options: StoreOptions

        func validate() throws {
            guard (alias != nil) != (aliases != nil) else { throw ValidationError("Give either ALIAS or --aliases FILE.") }
        }

        func run() throws {
            let store = try options.open()
            if let aliases { return try applyAliasesFile(aliases, to: store) }
            guard let alias else { return }
            try store.split(alias: alias)
            print("Split \"\(alias)\" into its own entity.")
        }
    }
}
