import ArgumentParser
import Foundation
import LoomGraph

extension LoomCommand {
    /// `loom merge`: a persistent user correction joining two entities.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge one entity into another; the correction is kept in the store and re-applied on ingest.")

        @Argument(help: "A name of the entity to merge away.") var source: String?
        @Argument(help: "A name of the entity to keep.") var target: String?
        @Option(help: "A file of merges, one `SOURCE<TAB>TARGET` per line (# comments allowed).") var aliases: String?
        @OptionGroup var options: StoreOptions

        func validate() throws {
            guard (source != nil && target != nil) != (aliases != nil) else {
                throw ValidationError("Give either SOURCE and TARGET or --aliases FILE.")
            }
        }

        func run() throws {
            let store = try options.open()
            var pairs = [[source ?? "", target ?? ""]]
            if let aliases { pairs = try GraphStore.parseOverrideLines(try String(contentsOfFile: aliases, encoding: .utf8), pairs: true) }
            for pair in pairs {
                try store.merge(pair[0], into: pair[1])
                print("Merged \"\(pair[0])\" into \"\(pair[1])\".")
            }
        }
    }
}
