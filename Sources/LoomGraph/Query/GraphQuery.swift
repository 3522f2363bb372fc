import Foundation
import GRDB

/// Read-only questions to a ``GraphStore``: edges by subject/relation/object, neighborhoods, paths,
/// statistics and entity lists. Entity names are case-insensitive and alias-aware.
///
///     let query = GraphQuery(store: try GraphStore(path: "loom.sqlite", create: false))
///     let edges = try query.edges(matching: EdgeFilter(subject: "Alibaba", evidence: 1))
public struct GraphQuery: Sendable {
    public let store: GraphStore

    public init(store: GraphStore) {
        self.store = store
    }

    /// Edges matching a filter, most mentioned first.
    ///
    /// - Throws: ``StoreError/unknownEntity(_:suggestions:)`` when a subject or object name matches no
    ///   entity (with the closest names).
    public func edges(matching filter: EdgeFilter) throws(StoreError) -> [EdgeMatch] {
        try store.read { db in
            var conditions = ["e.confidence >= ?"]
            var arguments: StatementArguments = [filter.minConfidence]
            if let subject = filter.subject {
                conditions.append("e.subject IN (\(EdgeReader.list(try EntityLookup.requireIDs(named: subject, in: db))))")
            }
            if let object = filter.object {
                conditions.append("e.object IN (\(EdgeReader.list(try EntityLookup.requireIDs(named: object, in: db))))")
            }
            if let relation = filter.relation {
                let keys = try Self.relationKeys(for: relation, in: db)
                if keys.isEmpty { return [] }
                conditions.append("e.relation_key IN (\(keys.map { _ in "?" }.joined(separator: ",")))")
                for key in keys { _ = arguments.append(contentsOf: [key]) }
            }
            if let type = filter.type {
                conditions.append("(es.type = ? OR eo.type = ?)")
                _ = arguments.append(contentsOf: [type.rawValue, type.rawValue])
            }
            return try EdgeReader.fetch(
                where: conditions.joined(separator: " AND "), arguments: arguments, limit: max(0, filter.limit),
                evidence: filter.evidence, in: db)
        }
    }

    /// Relation keys a user's relation text denotes: an exact key or surface form, else every form
    /// containing it.
    static func relationKeys(for relation: String, in db: Database) throws -> [String] {
        let folded = EntityNaming.fold(relation)
        let exact = try String.fetchAll(
            db, sql: "SELECT DISTINCT relation_key FROM relation_forms WHERE form = ? ORDER BY 1", arguments: [folded])
        if !exact.isEmpty { return exact }
        let escaped = folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return try String.fetchAll(
            db, sql: "SELECT DISTINCT relation_key FROM relation_forms WHERE form LIKE ? ESCAPE '\\' ORDER BY 1",
            arguments: ["%\(escaped)%"])
    }
}
