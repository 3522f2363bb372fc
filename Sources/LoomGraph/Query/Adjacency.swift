import GRDB

/// Index-backed adjacency of the graph, ignoring edge direction.
struct Adjacency {
    let db: Database

    /// Every (edge, other end) touching a node, edges out of it first.
    func neighbors(of node: Int64) throws -> [(edge: Int64, other: Int64)] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, object FROM edges WHERE subject = ?1 UNION ALL SELECT id, subject FROM edges WHERE object = ?1
                """), arguments: [node])
        return rows.map { (edge: $0[0], other: $0[1]) }
    }
}
