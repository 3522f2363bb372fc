import Foundation
import GRDB

extension StoreWriter {
    /// The key prefix of entities made by a `split` override.
    static let splitPrefix = "split:"

    /// Follows merge overrides from `key` to the key it now belongs to.
    func redirected(_ key: String) -> String {
        var key = key
        var seen: Set<String> = [key]
        while let next = merges[key], seen.insert(next).inserted { key = next }
        return key
    }

    /// Finds or creates the entity a mention refers to.
    ///
    /// Order: a `split` override on the mention's name gives it the split entity; merge overrides
    /// redirect its key; a partial name (bare surname, short form) joins the one full-name entity it
    /// fits when no entity owns its key yet and exactly one full name fits (``uniqueFullEntity(for:type:)``); otherwise the entity with the
    /// (redirected) key, created if needed. A partial name seen before its full name keeps its own
    /// entity (later full names do not absorb it; `loom merge` can).
    mutating func entity(for mention: EntityMention) throws -> Int64 {
        let name = Self.name(of: mention)
        let folded = EntityNaming.fold(name)
        let cacheKey = "\(mention.key)\u{1}\(folded)\u{1}\(mention.type.rawValue)\u{1}\(mention.typeStrength.rawValue)"
            + "\u{1}\(mention.isPartialName)"
        if let id = entityCache[cacheKey] { return id }
        let isSplit = splits.contains(folded)
        var key = isSplit ? Self.splitPrefix + folded : mention.key.isEmpty ? folded : mention.key
        key = redirected(key)
        let partial = mention.isPartialName && !isSplit
        var id: Int64?
        if partial { id = try existingEntity(key: key) ?? uniqueFullEntity(for: folded, type: mention.type) }
        if id == nil {
            id = try entity(key: key, name: name, type: mention.type, strength: mention.typeStrength, partial: partial)
        }
        guard let id else { throw StoreError.database("could not resolve entity for \(name)") }
        entityCache[cacheKey] = id
        return id
    }

    /// The entity that already owns a merge key, if any (an exact key beats a short-form guess:
    /// a bare `Amazon` joins the `Amazon.com Inc.` of key `amazon`, not `Amazon Web Services`).
    func existingEntity(key: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT entity FROM alias_keys WHERE key = ?"), arguments: [key])
    }

    /// Most aliases a short form is compared with; a short form that starts more is ambiguous.
    static let partialNameWindow = 64

    /// The one full-name entity a partial name can only mean, or nil when none or several fit.
    ///
    /// A person's bare surname fits the persons with that last name; another short form (`Goldman`)
    /// fits the entities of its type with an alias starting with it as whole words (`Goldman Sachs`).
    func uniqueFullEntity(for folded: String, type: EntityType) throws -> Int64? {
        let candidates: [Int64]
        if type == .person {
            guard let last = EntityNaming.lastName(folded) else { return nil }
            candidates = try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT id FROM entities WHERE last_name = ? AND type = 'PERSON' AND partial = 0 LIMIT 2"),
                arguments: [last])
        } else {
            // Only the first few aliases that start with the name are looked at (range on
            // aliases_folded): a prefix shared by more (`my …`, `the …` in argument texts) is no
            // name of one entity, and scanning all of them made ingest slower as the store grew.
            let window = Self.partialNameWindow
            let rows = try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT a.entity, e.type = ? AND e.partial = 0 FROM
                        (SELECT entity FROM aliases WHERE folded >= ? AND folded < ? ORDER BY folded LIMIT ?) a
                    JOIN entities e ON e.id = a.entity
                    """), arguments: [type.rawValue, folded + " ", folded + "!", window])
            guard rows.count < window else { return nil }
            var fitting: [Int64] = []
            for row in rows where row[1] as Bool {
                let id: Int64 = row[0]
                if !fitting.contains(id) { fitting.append(id) }
            }
            candidates = fitting
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The name a mention is stored under: its cleaned name, else its surface form.
    static func name(of mention: EntityMention) -> String {
        let name = mention.name.trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? mention.surface.trimmingCharacters(in: .whitespacesAndNewlines) : name
    }

    /// The entity with a merge key, created when missing. Its type follows the strongest evidence seen:
    /// an OTHER entity takes the first specific type, another type yields only to stronger evidence
    /// (`Kestrel` typed LOCATION by `in Kestrel`, then `Kestrel Motors Inc.` → ORGANIZATION).
    mutating func entity(key: String, name: String, type: EntityType, strength: TypeEvidence, partial: Bool) throws -> Int64 {
        if let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT e.id, e.type, e.type_strength FROM alias_keys k JOIN entities e ON e.id = k.entity WHERE k.key = ?
                """),
            arguments: [key])
        {
            let id: Int64 = row[0]
            let stored = EntityType(rawValue: row[1] as String) ?? .other
            let storedStrength = TypeEvidence(rawValue: row[2] as Int) ?? .none
            if type != .other, type != stored, stored == .other || strength > storedStrength {
                try setType(type, strength: strength, of: id, name: name)
            } else if type == stored, strength > storedStrength {
                try db.cachedStatement(sql: "UPDATE entities SET type_strength = ? WHERE id = ?")
                    .execute(arguments: [strength.rawValue, id])
            }
            return id
        }
        let lastName = type == .person && !partial ? EntityNaming.lastName(EntityNaming.fold(name)) : nil
        try db.cachedStatement(
            sql: "INSERT INTO entities (key, label, type, last_name, partial, mention_count, type_strength) VALUES (?, ?, ?, ?, ?, 0, ?)"
        ).execute(arguments: [key, name, type.rawValue, lastName, partial, type == .other ? 0 : strength.rawValue])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO alias_keys (key, entity) VALUES (?, ?)")
            .execute(arguments: [key, id])
        counts.newEntities += 1
        touchedEntities.insert(id)
        return id
    }

    /// Changes an entity's type (keeping `last_name` in step for partial-name merging).
    func setType(_ type: EntityType, strength: TypeEvidence, of id: Int64, name: String) throws {
        let partial = try Bool.fetchOne(db.cachedStatement(sql: "SELECT partial FROM entities WHERE id = ?"), arguments: [id]) ?? false
        let lastName = type == .person && !partial ? EntityNaming.lastName(EntityNaming.fold(name)) : nil
        try db.execute(
            sql: "UPDATE entities SET type = ?, type_strength = ?, last_name = ? WHERE id = ?",
            arguments: [type.rawValue, strength.rawValue, lastName, id])
    }
}
