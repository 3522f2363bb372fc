import GRDB

/// The work of one write transaction: remembers which edges and entities it touched so their
/// counts, confidences and labels are recomputed once at the end (``finish()``).
struct StoreWriter {
    let db: Database
    var touchedEdges = Set<Int64>()
    var touchedEntities = Set<Int64>()
    var counts = IngestCounts()
    /// Folded aliases split off into their own entity.
    let splits: Set<String>
    /// Merge redirects: key → key it was merged into.
    let merges: [String: String]
    var entityCache: [String: Int64] = [:]

    init(db: Database) throws {
        self.db = db
        var splits = Set<String>()
        var merges: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, source, target FROM overrides ORDER BY id") {
            let kind: String = row[0]
            let source: String = row[1]
            if kind == "split" {
                splits.insert(source)
            } else if let target: String = row[2] {
                merges[source] = target
            }
        }
        self.splits = splits
        self.merges = merges
    }

    /// Returns the edge (subject, relation key, object), creating it when needed.
    mutating func edge(subject: Int64, relationKey: String, object: Int64, label: String) throws -> Int64 {
        let find = try db.cachedStatement(
            sql: "SELECT id FROM edges WHERE subject = ? AND relation_key = ? AND object = ?")
        if let id = try Int64.fetchOne(find, arguments: [subject, relationKey, object]) {
            touchedEdges.insert(id)
            return id
        }
        try db.cachedStatement(
            sql: "INSERT INTO edges (subject, relation_key, object, label, count, confidence) VALUES (?, ?, ?, ?, 0, 0)"
        ).execute(arguments: [subject, relationKey, object, label])
        let id = db.lastInsertedRowID
        counts.newEdges += 1
        touchedEdges.insert(id)
        touchedEntities.insert(subject)
        touchedEntities.insert(object)
        return id
    }

    /// Re-points an edge to new ends, folding it into an existing edge with the same ends and key.
    mutating func moveEdge(_ id: Int64, subject: Int64, object: Int64) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT subject, relation_key, object FROM edges WHERE id = ?"), arguments: [id])
        else { return }
        let (oldSubject, key, oldObject): (Int64, String, Int64) = (row[0], row[1], row[2])
        touchedEntities.formUnion([oldSubject, oldObject, subject, object])
        if oldSubject == subject && oldObject == object { return }
        if let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM edges WHERE subject = ? AND relation_key = ? AND object = ?",
            arguments: [subject, key, object])
        {
            try db.cachedStatement(sql: "UPDATE mentions SET edge = ? WHERE edge = ?").execute(arguments: [existing, id])
            try db.cachedStatement(sql: "DELETE FROM edges WHERE id = ?").execute(arguments: [id])
            touchedEdges.remove(id)
            touchedEdges.insert(existing)
        } else {
            try db.cachedStatement(sql: "UPDATE edges SET subject = ?, object = ? WHERE id = ?").execute(arguments: [subject, object, id])
            touchedEdges.insert(id)
        }
    }

    /// Adds `count` mentions of `text` to an entity's aliases (negative to remove them).
    mutating func addAlias(entity: Int64, text: String, count: Int, full: Int) throws {
        try db.cachedStatement(sql: """
            INSERT INTO aliases (entity, text, folded, count, full) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (entity, text) DO UPDATE SET count = count + excluded.count, full = full + excluded.full
            """).execute(arguments: [entity, text, EntityNaming.fold(text), count, full])
        touchedEntities.insert(entity)
    }

    /// Recomputes every touched edge (count, best confidence, label = most frequent relation text;
    /// deleted when no mention is left), then every touched entity (label, mention count; deleted with
    /// its aliases and keys when no edge is left).
    mutating func finish() throws {
        for id in touchedEdges.sorted() { try refreshEdge(id) }
        touchedEdges.removeAll()
        for id in touchedEntities.sorted() { try refreshEntity(id) }
        touchedEntities.removeAll()
    }

    private mutating func refreshEdge(_ id: Int64) throws {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT relation_text, COUNT(*), MAX(confidence) FROM mentions WHERE edge = ?
                GROUP BY relation_text
                """), arguments: [id])
        guard !rows.isEmpty else {
            if let ends = try Row.fetchOne(db.cachedStatement(sql: "SELECT subject, object FROM edges WHERE id = ?"), arguments: [id]) {
                touchedEntities.formUnion([ends[0] as Int64, ends[1] as Int64])
                try db.cachedStatement(sql: "DELETE FROM edges WHERE id = ?").execute(arguments: [id])
                counts.removedEdges += 1
            }
            return
        }
        var total = 0
        var best = 0.0
        var label = ""
        var labelCount = 0
        for row in rows {
            let (text, count, confidence): (String, Int, Double) = (row[0], row[1], row[2])
            total += count
            best = max(best, confidence)
            if count > labelCount || (count == labelCount && text < label) { (label, labelCount) = (text, count) }
        }
        try db.cachedStatement(sql: "UPDATE edges SET count = ?, confidence = ?, label = ? WHERE id = ?")
            .execute(arguments: [total, best, label, id])
    }

    private mutating func refreshEntity(_ id: Int64) throws {
        let used = try Bool.fetchOne(
            db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM edges WHERE subject = ?1) OR EXISTS (SELECT 1 FROM edges WHERE object = ?1)
                """), arguments: [id]) ?? false
        guard used else {
            try db.cachedStatement(sql: "DELETE FROM entities WHERE id = ?").execute(arguments: [id])
            if db.changesCount > 0 { counts.removedEntities += 1 }
            return
        }
        try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity = ? AND count <= 0").execute(arguments: [id])
        let aliases = try Row.fetchAll(db.cachedStatement(sql: "SELECT text, count, full FROM aliases WHERE entity = ?"), arguments: [id])
            .map { (text: $0[0] as String, count: $0[1] as Int, full: $0[2] as Int) }
        let total = aliases.reduce(0) { $0 + $1.count }
        if let label = EntityNaming.label(from: aliases) {
            try db.execute(
                sql: "UPDATE entities SET label = ?, mention_count = ? WHERE id = ?", arguments: [label, total, id])
        } else {
            try db.cachedStatement(sql: "UPDATE entities SET mention_count = ? WHERE id = ?").execute(arguments: [total, id])
        }
    }
}
