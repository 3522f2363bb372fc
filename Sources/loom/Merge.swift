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
        @Option(help: "An aliases file to apply: `Alias = Canonical name` merges, `!Name` splits, # comments.")
        var aliases: String?
        @OptionGroup var options: StoreOptions

        func validate() throws {
            guard (source != nil && target != nil) != (aliases != nil) else {
                throw ValidationError("Give either SOURCE and TARGET or --aliases FILE.")
            }
        }

        func run() throws {
            let store = try options.open()
            if let aliases { return try applyAliasesFile(aliases, to: store) }
            guard let source, let target else { return }
            try store.merge(source, into: target)
            print("Merged \"\(source)\" into \"\(target)\".")
        }
    }
}

/// Applies an aliases file to a store, printing one line per correction; fails when any could not
/// be applied now (they are kept for later ingests all the same).
func applyAliasesFile(_ path: String, to store: GraphStore) throws {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        throw ValidationError("Cannot read the aliases file \(path) as UTF-8 text.")
    }
    let corrections = try AliasCorrection.parse(text)
    let outcomes = try store.apply(corrections)
    for (correction, outcome) in zip(corrections, outcomes) {
        print(outcome.map { "\(correction.line): not applied now (\($0)); kept for later ingests" } ?? "\(correction.line): applied")
    }
    if outcomes.contains(where: { $0 != nil }) { throw ExitCode.failure }
}
