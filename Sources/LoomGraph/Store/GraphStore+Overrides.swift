import Foundation
import GRDB

/// A user correction kept in the store and applied again on every ingest.
public struct StoreOverride: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Mentions with key `source` belong to the entity with key `target`.
        case merge
        /// Mentions named `source` (lower-cased) form their own entity.
        case split
    }

    public var kind: Kind
    /// The merged-away key (merge) or the lower-cased alias (split).
    public var source: String
    /// The key merged into (merge only).
    public var target: String?
}

extension GraphStore {
    /// Merges the entity named `source` into the entity named `target` and remembers it: the
    /// source's edges, mentions and aliases move to the target now, and later ingests send mentions
    /// with the source's key to the target.
    ///
    /// - Parameters:
    ///   - source: A name (alias or key) of exactly one entity, merged away.
    ///   - target: A name of exactly one entity, kept.
    /// - Returns: The surviving entity's id.
    /// - Throws: ``StoreError/unknownEntity(_:suggestions:)`` or ``StoreError/invalidArgument(_:)``
    ///   when a name matches no entity, several entities, or both names match the same one.
    @discardableResult
    public func merge(_ source: String, into target: String) throws(StoreError) -> Int64 {
        try write { db in
            let from = try EntityLookup.requireOne(named: source, in: db)
            let to = try EntityLookup.requireOne(named: target, in: db)
            guard from != to else {
                throw StoreError.invalidArgument("\"\(source)\" and \"\(target)\" are already the same entity.")
            }
            var writer = try StoreWriter(db: db)
            try writer.merge(from, into: to)
            try writer.finish()
            return to
        }
    }

    /// Splits every mention named `alias` (case-insensitive) off into an entity of its own and
    /// remembers it for later ingests.
    ///
    /// - Returns: The id of the entity now holding the alias.
    /// - Throws: ``StoreError/unknownEntity(_:suggestions:)`` when no entity has the alias.
    @discardableResult
    public func split(alias: String) throws(StoreError) -> Int64 {
        try write { db in
            let folded = EntityNaming.fold(alias)
            let owners = try Int64.fetchAll(
                db, sql: "SELECT DISTINCT entity FROM aliases WHERE folded = ? ORDER BY entity", arguments: [folded])
            if owners.isEmpty {
                throw StoreError.unknownEntity(alias, suggestions: try EntityLookup.suggestions(for: alias, in: db))
            }
            var writer = try StoreWriter(db: db)
            let id = try writer.split(folded: folded, from: owners)
            try writer.finish()
            return id
        }
    }

    /// The overrides recorded in the store, oldest first.
    public func overrides() throws(StoreError) -> [StoreOverride] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT kind, source, target FROM overrides ORDER BY id").compactMap { row in
                StoreOverride.Kind(rawValue: row[0]).map { StoreOverride(kind: $0, source: row[1], target: row[2]) }
            }
        }
    }
}
