import GRDB

/// Reads the mentions of edges as ``Evidence``: best confidence first, then document path and
/// sentence, so output is deterministic.
enum EvidenceReader {
    private static let columns = """
        d.path, m.sentence, COALESCE(s.line, 0), COALESCE(s.text, ''), m.subject_start, m.subject_end,
        m.relation_start, m.relation_end, m.object_start, m.object_end, m.confidence, d.title, d.published
        """

    /// Up to `limit` evidence items for each of the given edges (indexed lookup per edge).
    static func evidence(forEdges edges: [Int64], limit: Int, in db: Database) throws -> [Int64: [Evidence]] {
        guard limit > 0 else { return [:] }
        let statement = try db.cachedStatement(sql: """
            SELECT \(columns) FROM mentions m JOIN documents d ON d.id = m.document
            LEFT JOIN sentences s ON s.document = m.document AND s.idx = m.sentence
            WHERE m.edge = ? ORDER BY m.confidence DESC, d.path, m.sentence, m.id LIMIT ?
            """)
        var result: [Int64: [Evidence]] = [:]
        for edge in edges {
            result[edge] = try Row.fetchAll(statement, arguments: [edge, limit]).map { make($0, offset: 0) }
        }
        return result
    }

    /// Up to `limit` evidence items for every edge of the store (one windowed scan).
    static func allEvidence(limit: Int, in db: Database) throws -> [Int64: [Evidence]] {
        guard limit > 0 else { return [:] }
        var result: [Int64: [Evidence]] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT edge, \(columns) FROM (
              SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.edge ORDER BY m.confidence DESC, d.path, m.sentence, m.id) AS rank
              FROM mentions m JOIN documents d ON d.id = m.document) AS m
            JOIN documents d ON d.id = m.document
            LEFT JOIN sentences s ON s.document = m.document AND s.idx = m.sentence
            WHERE m.rank <= ? ORDER BY m.edge, m.rank
            """, arguments: [limit])
        while let row = try cursor.next() {
            result[row[0], default: []].append(make(row, offset: 1))
        }
        return result
    }

    /// Sorted paths of the documents that mention each edge.
    static func documents(in db: Database) throws -> [Int64: [String]] {
        var result: [Int64: [String]] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT DISTINCT m.edge, d.path FROM mentions m JOIN documents d ON d.id = m.document ORDER BY m.edge, d.path
            """)
        while let row = try cursor.next() { result[row[0], default: []].append(row[1]) }
        return result
    }

    /// Sorted paths of the documents that mention one edge.
    static func documents(ofEdge edge: Int64, in db: Database) throws -> [String] {
        try String.fetchAll(
            db.cachedStatement(sql: """
                SELECT DISTINCT d.path FROM mentions m JOIN documents d ON d.id = m.document WHERE m.edge = ? ORDER BY d.path
                """), arguments: [edge])
    }

    private static func make(_ row: Row, offset i: Int) -> Evidence {
        Evidence(
            document: row[i], sentenceIndex: row[i + 1], line: row[i + 2], sentence: row[i + 3],
            subjectRange: range(row[i + 4], row[i + 5]), relationRange: range(row[i + 6], row[i + 7]),
            objectRange: range(row[i + 8], row[i + 9]), confidence: row[i + 10], title: row[i + 11],
            published: row[i + 12])
    }

    private static func range(_ start: Int, _ end: Int) -> Range<Int> { start..<max(start, end) }
}
