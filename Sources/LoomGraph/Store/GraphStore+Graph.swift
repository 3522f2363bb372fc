import GRDB

extension GraphStore {
    /// The whole graph as plain values, nodes and edges sorted by id.
    ///
    /// - Parameter includeEvidence: How many evidence sentences to attach to each edge (best first).
    public func graph(includeEvidence: Int = 0) throws(StoreError) -> KnowledgeGraph {
        try read { db in
            let aliases = try NodeReader.aliases(in: db)
            let degrees = try NodeReader.degrees(in: db)
            let nodes = try Row.fetchAll(db, sql: "SELECT id, label, type, mention_count FROM entities ORDER BY id").map { row in
                let id: Int64 = row[0]
                return GraphNode(
                    id: id, label: row[1], type: EntityType(rawValue: row[2]) ?? .other, aliases: aliases[id] ?? [],
                    mentionCount: row[3], degree: degrees[id] ?? 0)
            }
            let documents = try EvidenceReader.documents(in: db)
            let evidence = try EvidenceReader.allEvidence(limit: includeEvidence, in: db)
            let edges = try Row.fetchAll(
                db, sql: "SELECT id, subject, object, label, relation_key, count, confidence FROM edges ORDER BY id"
            ).map { row in
                let id: Int64 = row[0]
                return GraphEdge(
                    id: id, source: row[1], target: row[2], label: row[3], relationKey: row[4], count: row[5],
                    confidence: row[6], documents: documents[id] ?? [], evidence: evidence[id] ?? [])
            }
            return KnowledgeGraph(nodes: nodes, edges: edges)
        }
    }
}

/// Reads node data shared by the graph and the queries.
enum NodeReader {
    /// Every entity's aliases, most frequent first (then alphabetical).
    static func aliases(in db: Database) throws -> [Int64: [Alias]] {
        var result: [Int64: [Alias]] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT entity, text, count FROM aliases ORDER BY entity, count DESC, text")
        while let row = try cursor.next() { result[row[0], default: []].append(Alias(text: row[1], count: row[2])) }
        return result
    }

    /// Every entity's degree (edges in and out).
    static func degrees(in db: Database) throws -> [Int64: Int] {
        var result: [Int64: Int] = [:]
        for column in ["subject", "object"] {
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(column), COUNT(*) FROM edges GROUP BY \(column)")
            while let row = try cursor.next() { result[row[0], default: 0] += row[1] as Int }
        }
        return result
    }

    /// One entity as a node (aliases and degree read by index).
    static func node(_ id: Int64, in db: Database) throws -> GraphNode? {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT label, type, mention_count FROM entities WHERE id = ?"), arguments: [id])
        else { return nil }
        let aliases = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT text, count FROM aliases WHERE entity = ? ORDER BY count DESC, text"),
            arguments: [id]
        ).map { Alias(text: $0[0], count: $0[1]) }
        let degree = try Int.fetchOne(
            db.cachedStatement(sql: "SELECT (SELECT COUNT(*) FROM edges WHERE subject = ?1) + (SELECT COUNT(*) FROM edges WHERE object = ?1)"),
            arguments: [id]) ?? 0
        return GraphNode(
            id: id, label: row[0], type: EntityType(rawValue: row[1]) ?? .other, aliases: aliases,
            mentionCount: row[2], degree: degree)
    }
}
