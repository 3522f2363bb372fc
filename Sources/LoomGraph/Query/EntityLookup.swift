import GRDB

/// Finds entities by name: case-insensitive and alias-aware (any name an entity was mentioned by, else
/// a merge key), falling back to names that start with the query's words (`Alibaba` → `Alibaba Group`).
enum EntityLookup {
    /// The most entities a word-prefix match returns (an exact match has no limit).
    static let prefixLimit = 1000

    /// Entities whose alias or key equals the folded name, else (up to ``prefixLimit``) whose alias
    /// starts with it followed by a space; sorted by id.
    static func ids(named name: String, in db: Database) throws -> [Int64] {
        let exact = try exactIDs(named: name, in: db)
        if !exact.isEmpty { return exact }
        let folded = EntityNaming.fold(name)
        guard !folded.isEmpty else { return [] }
        return try Int64.fetchAll(
            db, sql: "SELECT DISTINCT entity FROM aliases WHERE folded >= ? AND folded < ? ORDER BY entity LIMIT ?",
            arguments: [folded + " ", folded + "!", prefixLimit])
    }

    /// Entities with an alias equal to the folded name, else the entity whose merge key it is; sorted by id.
    static func exactIDs(named name: String, in db: Database) throws -> [Int64] {
        let folded = EntityNaming.fold(name)
        guard !folded.isEmpty else { return [] }
        let byAlias = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT entity FROM aliases WHERE folded = ? ORDER BY entity", arguments: [folded])
        if !byAlias.isEmpty { return byAlias }
        return try Int64.fetchAll(db, sql: "SELECT entity FROM alias_keys WHERE key = ?", arguments: [folded])
    }

    /// Like ``ids(named:in:)`` but throws ``StoreError/unknownEntity(_:suggestions:)`` when nothing matches.
    static func requireIDs(named name: String, in db: Database) throws -> [Int64] {
        let ids = try ids(named: name, in: db)
        if ids.isEmpty { throw StoreError.unknownEntity(name, suggestions: try suggestions(for: name, in: db)) }
        return ids
    }

    /// The one entity a name denotes exactly; throws when none or several do.
    static func requireOne(named name: String, in db: Database) throws -> Int64 {
        let ids = try exactIDs(named: name, in: db)
        if ids.isEmpty { throw StoreError.unknownEntity(name, suggestions: try suggestions(for: name, in: db)) }
        guard ids.count == 1 else {
            let labels = try Row.fetchAll(
                db, sql: "SELECT label, type FROM entities WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
                .map { "\($0[0] as String) (\($0[1] as String))" }
            throw StoreError.invalidArgument(
                "\"\(name)\" names \(ids.count) entities: \(labels.joined(separator: ", ")). Use a fuller name.")
        }
        return ids[0]
    }

    /// Up to `limit` known names closest to `name` by edit distance (case-insensitive), closest first.
    static func suggestions(for name: String, in db: Database, limit: Int = 3) throws -> [String] {
        let query = Array(EntityNaming.fold(name).unicodeScalars)
        guard !query.isEmpty else { return [] }
        let maxDistance = max(2, query.count / 3)
        var best: [String: (distance: Int, count: Int, text: String)] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT folded, text, count FROM aliases WHERE length(folded) BETWEEN ? AND ?
            """, arguments: [query.count - maxDistance, query.count + maxDistance])
        while let row = try cursor.next() {
            let folded: String = row[0]
            guard let distance = EditDistance.distance(query, Array(folded.unicodeScalars), limit: maxDistance) else {
                continue
            }
            let count: Int = row[2]
            if let old = best[folded], (old.distance, -old.count) <= (distance, -count) { continue }
            best[folded] = (distance, count, row[1])
        }
        return best.values.sorted { ($0.distance, -$0.count, $0.text) < ($1.distance, -$1.count, $1.text) }
            .prefix(limit).map(\.text)
    }
}
