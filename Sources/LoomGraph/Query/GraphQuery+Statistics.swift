import GRDB

extension GraphQuery {
    /// Counts of documents, sentences, entities (by type), edges and mentions, with the `top` most
    /// mentioned entities and relations.
    public func statistics(top: Int = 10) throws(StoreError) -> StoreStatistics {
        try store.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            let byType = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT type, COUNT(*) FROM entities GROUP BY type")
                    .map { ($0[0] as String, $0[1] as Int) })
            let types = EntityType.allCases.compactMap { type in
                byType[type.rawValue].map { RankedName(name: type.rawValue, type: type, count: $0) }
            }
            let topEntities = try Row.fetchAll(
                db, sql: "SELECT label, type, mention_count FROM entities ORDER BY mention_count DESC, label LIMIT ?",
                arguments: [top]
            ).map { RankedName(name: $0[0], type: EntityType(rawValue: $0[1]), count: $0[2]) }
            let topRelations = try Row.fetchAll(
                db, sql: "SELECT relation_key, SUM(count) AS n FROM edges GROUP BY relation_key ORDER BY n DESC, relation_key LIMIT ?",
                arguments: [top]
            ).map { RankedName(name: $0[0], type: nil, count: $0[1]) }
            return StoreStatistics(
                documents: try count("SELECT COUNT(*) FROM documents WHERE complete = 1"),
                sentences: try count("SELECT COALESCE(SUM(sentence_count), 0) FROM documents WHERE complete = 1"),
                entities: try count("SELECT COUNT(*) FROM entities"), entitiesByType: types,
                edges: try count("SELECT COUNT(*) FROM edges"), mentions: try count("SELECT COUNT(*) FROM mentions"),
                relations: try count("SELECT COUNT(DISTINCT relation_key) FROM edges"),
                topEntities: topEntities, topRelations: topRelations)
        }
    }

    /// Entities with their aliases and degree, most mentioned first.
    ///
    /// - Parameters:
    ///   - type: Only entities of this type.
    ///   - limit: The most entities to return.
    public func entities(type: EntityType? = nil, limit: Int = 100) throws(StoreError) -> [GraphNode] {
        try store.read { db in
            let condition = type == nil ? "" : "WHERE type = ?"
            let arguments: StatementArguments = type.map { [$0.rawValue, limit] } ?? [limit]
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM entities \(condition) ORDER BY mention_count DESC, label, id LIMIT ?",
                arguments: arguments)
            return try ids.compactMap { try NodeReader.node($0, in: db) }
        }
    }

    /// One entity by name, as a node (with aliases and degree).
    ///
    /// - Throws: ``StoreError/unknownEntity(_:suggestions:)`` for an unknown name.
    public func entities(named name: String) throws(StoreError) -> [GraphNode] {
        try store.read { db in
            try EntityLookup.requireIDs(named: name, in: db).compactMap { try NodeReader.node($0, in: db) }
        }
    }
}
