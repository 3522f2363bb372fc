import GRDB

/// Reads edges with their ends' labels and types.
enum EdgeReader {
    private static let select = """
        SELECT e.id, e.subject, es.label, es.type, e.label, e.relation_key, e.object, eo.label, eo.type, e.count, e.confidence
        FROM edges e JOIN entities es ON es.id = e.subject JOIN entities eo ON eo.id = e.object
        """

    /// Edges matching an SQL condition over `e` (edges), `es` (subject) and `eo` (object).
    static func fetch(
        where condition: String, arguments: StatementArguments = [], limit: Int? = nil, evidence: Int, in db: Database
    ) throws -> [EdgeMatch] {
        let tail = limit.map { " LIMIT \($0)" } ?? ""
        var matches = try Row.fetchAll(
            db, sql: "\(select) WHERE \(condition) ORDER BY e.count DESC, e.confidence DESC, e.id\(tail)",
            arguments: arguments
        ).map(make)
        let found = try EvidenceReader.evidence(forEdges: matches.map(\.id), limit: evidence, in: db)
        for index in matches.indices { matches[index].evidence = found[matches[index].id] ?? [] }
        return matches
    }

    /// The given edges, keyed by id.
    static func fetch(ids: some Collection<Int64>, evidence: Int, in db: Database) throws -> [Int64: EdgeMatch] {
        guard !ids.isEmpty else { return [:] }
        let matches = try fetch(where: "e.id IN (\(list(ids)))", evidence: evidence, in: db)
        return Dictionary(uniqueKeysWithValues: matches.map { ($0.id, $0) })
    }

    /// Entity references by id.
    static func entities(_ ids: some Collection<Int64>, in db: Database) throws -> [EntityRef] {
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: "SELECT id, label, type FROM entities WHERE id IN (\(list(ids))) ORDER BY id")
            .map { EntityRef(id: $0[0], label: $0[1], type: EntityType(rawValue: $0[2]) ?? .other) }
    }

    /// Ids as an SQL list (integers only, so safe to inline).
    static func list(_ ids: some Collection<Int64>) -> String { ids.map(String.init).joined(separator: ",") }

    private static func make(_ row: Row) -> EdgeMatch {
        EdgeMatch(
            id: row[0], subject: EntityRef(id: row[1], label: row[2], type: EntityType(rawValue: row[3]) ?? .other),
            relation: row[4], relationKey: row[5],
            object: EntityRef(id: row[6], label: row[7], type: EntityType(rawValue: row[8]) ?? .other),
            count: row[9], confidence: row[10], evidence: [])
    }
}
