import Foundation
import GRDB

extension StoreWriter {
    /// Moves everything of entity `from` to entity `to` and records the key redirect.
    mutating func merge(_ from: Int64, into to: Int64) throws {
        guard let source = try Row.fetchOne(db.cachedStatement(sql: "SELECT key, type, label FROM entities WHERE id = ?"), arguments: [from]),
            let target = try Row.fetchOne(db.cachedStatement(sql: "SELECT key, type, label FROM entities WHERE id = ?"), arguments: [to])
        else { return }
        // The kept entity's key must not redirect any more (e.g. after merging the other way before).
        try db.cachedStatement(sql: "DELETE FROM overrides WHERE kind = 'merge' AND source = ?").execute(arguments: [target[0] as String])
        try record(kind: "merge", source: source[0], target: target[0])
        let edges = try Row.fetchAll(
            db, sql: "SELECT id, subject, object FROM edges WHERE subject = ?1 OR object = ?1", arguments: [from])
        for edge in edges {
            let (id, subject, object): (Int64, Int64, Int64) = (edge[0], edge[1], edge[2])
            try moveEdge(id, subject: subject == from ? to : subject, object: object == from ? to : object)
        }
        for alias in try Row.fetchAll(db.cachedStatement(sql: "SELECT text, count, full FROM aliases WHERE entity = ?"), arguments: [from]) {
            try addAlias(entity: to, text: alias[0], count: alias[1], full: alias[2])
        }
        try db.cachedStatement(sql: "UPDATE alias_keys SET entity = ? WHERE entity = ?").execute(arguments: [to, from])
        if target[1] as String == EntityType.other.rawValue, let type = EntityType(rawValue: source[1]), type != .other {
            try setType(type, strength: .none, of: to, name: target[2])
        }
        try db.cachedStatement(sql: "DELETE FROM entities WHERE id = ?").execute(arguments: [from])
        touchedEntities.remove(from)
        touchedEntities.insert(to)
    }

    /// Moves the mentions named `folded` from the `owners` to the split entity for that name.
    mutating func split(folded: String, from owners: [Int64]) throws -> Int64 {
        try record(kind: "split", source: folded, target: nil)
        // A new split undoes an earlier merge of the split entity.
        try db.execute(
            sql: "DELETE FROM overrides WHERE kind = 'merge' AND source = ?", arguments: [Self.splitPrefix + folded])
        let first = try Row.fetchOne(
            db, sql: "SELECT a.text, e.type FROM aliases a JOIN entities e ON e.id = a.entity WHERE a.folded = ? ORDER BY a.count DESC",
            arguments: [folded])
        let name: String = first?[0] ?? folded
        let type = EntityType(rawValue: first?[1] ?? "") ?? .other
        // A split entity merged away since then left its key pointing at the merge target: free it.
        try db.execute(
            sql: "DELETE FROM alias_keys WHERE key = ?1 AND entity NOT IN (SELECT id FROM entities WHERE key = ?1)",
            arguments: [Self.splitPrefix + folded])
        let target = try entity(key: Self.splitPrefix + folded, name: name, type: type, strength: .none, partial: false)
        for owner in owners where owner != target {
            try moveMentions(named: folded, from: owner, to: target)
            for alias in try Row.fetchAll(
                db, sql: "SELECT text, count, full FROM aliases WHERE entity = ? AND folded = ?", arguments: [owner, folded])
            {
                try addAlias(entity: target, text: alias[0], count: alias[1], full: alias[2])
                try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity = ? AND text = ?").execute(arguments: [owner, alias[0] as String])
            }
            touchedEntities.insert(owner)
        }
        return target
    }

    /// Re-points each mention whose subject or object side is `owner` under the given name.
    private mutating func moveMentions(named folded: String, from owner: Int64, to target: Int64) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.id, e.subject, e.relation_key, e.object, e.label, m.subject_name, m.object_name
            FROM mentions m JOIN edges e ON e.id = m.edge WHERE e.subject = ?1 OR e.object = ?1
            """, arguments: [owner])
        for row in rows {
            let (mention, subject, key, object, label): (Int64, Int64, String, Int64, String) = (row[0], row[1], row[2], row[3], row[4])
            let newSubject = subject == owner && EntityNaming.fold(row[5]) == folded ? target : subject
            let newObject = object == owner && EntityNaming.fold(row[6]) == folded ? target : object
            if newSubject == subject && newObject == object { continue }
            let old = try Int64.fetchOne(db.cachedStatement(sql: "SELECT edge FROM mentions WHERE id = ?"), arguments: [mention])
            let edgeID = try edge(subject: newSubject, relationKey: key, object: newObject, label: label)
            try db.cachedStatement(sql: "UPDATE mentions SET edge = ? WHERE id = ?").execute(arguments: [edgeID, mention])
            if let old { touchedEdges.insert(old) }
        }
    }

    private func record(kind: String, source: String, target: String?) throws {
        let exists = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM overrides WHERE kind = ? AND source = ? AND target IS ?)
            """, arguments: [kind, source, target]) ?? false
        guard !exists else { return }
        try db.execute(
            sql: "INSERT INTO overrides (kind, source, target, created_at) VALUES (?, ?, ?, ?)",
            arguments: [kind, source, target, ISO8601DateFormatter().string(from: Date())])
    }
}
