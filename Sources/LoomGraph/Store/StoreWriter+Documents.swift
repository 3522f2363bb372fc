import Foundation
import GRDB

extension StoreWriter {
    /// Returns the row id for a document, removing everything an earlier version of it contributed.
    mutating func prepareDocument(_ document: DocumentRecord) throws -> Int64 {
        let now = ISO8601DateFormatter().string(from: Date())
        let arguments: StatementArguments = [
            document.contentHash, document.title, document.author, document.published, document.siteName,
            document.language, document.sentenceCount, now, document.path,
        ]
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE path = ?"), arguments: [document.path]) {
            try removeContent(ofDocument: id)
            try db.execute(sql: """
                UPDATE documents SET content_hash = ?, title = ?, author = ?, published = ?, site_name = ?,
                language = ?, sentence_count = ?, ingested_at = ?, complete = 0 WHERE path = ?
                """, arguments: arguments)
            return id
        }
        try db.execute(sql: """
            INSERT INTO documents (content_hash, title, author, published, site_name, language, sentence_count,
            ingested_at, path, complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """, arguments: arguments)
        return db.lastInsertedRowID
    }

    /// Deletes a document's mentions and sentences and takes its names off the entities' aliases;
    /// ``finish()`` then recomputes or deletes the edges and entities they supported.
    mutating func removeContent(ofDocument id: Int64) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.edge, e.subject, m.subject_name, m.subject_partial, e.object, m.object_name, m.object_partial
            FROM mentions m JOIN edges e ON e.id = m.edge WHERE m.document = ?
            """, arguments: [id])
        var aliasCounts: [AliasSlot: (count: Int, full: Int)] = [:]
        for row in rows {
            touchedEdges.insert(row[0])
            for (entity, name, partial) in [(row[1], row[2], row[3]), (row[4], row[5], row[6])] as [(Int64, String, Bool)] {
                let slot = AliasSlot(entity: entity, text: name)
                let old = aliasCounts[slot] ?? (0, 0)
                aliasCounts[slot] = (old.count + 1, old.full + (partial ? 0 : 1))
            }
        }
        for (slot, removed) in aliasCounts {
            try addAlias(entity: slot.entity, text: slot.text, count: -removed.count, full: -removed.full)
        }
        try db.cachedStatement(sql: "DELETE FROM mentions WHERE document = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM sentences WHERE document = ?").execute(arguments: [id])
        counts.replacedMentions += rows.count
    }

    /// Stores a document's sentences (kept as evidence).
    func insertSentences(_ sentences: [StoredSentence], document: Int64) throws {
        let insert = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO sentences (document, idx, line, start, text) VALUES (?, ?, ?, ?, ?)")
        for sentence in sentences {
            try insert.execute(arguments: [document, sentence.index, sentence.line, sentence.start, sentence.text])
        }
    }

    /// An article-local mention (``EntityMention/isArticleLocal``) keyed within its document.
    private func localized(_ mention: EntityMention, document: Int64) -> EntityMention {
        guard mention.isArticleLocal, !mention.key.isEmpty else { return mention }
        var local = mention
        local.key = mention.key + "@\(document)"
        return local
    }

    /// Stores one resolved triple as a mention of its edge.
    mutating func add(_ resolved: ResolvedTriple, document: Int64) throws {
        let triple = resolved.triple
        let subject = try entity(for: localized(resolved.subject, document: document))
        let object = try entity(for: localized(resolved.object, document: document))
        let relationText = triple.relation.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = triple.relationKey.isEmpty ? EntityNaming.fold(relationText) : triple.relationKey
        let edgeID = try edge(subject: subject, relationKey: key, object: object, label: relationText)
        let subjectName = Self.name(of: resolved.subject)
        let objectName = Self.name(of: resolved.object)
        let subjectPartial = resolved.subject.isPartialName
        let objectPartial = resolved.object.isPartialName
        try db.cachedStatement(sql: """
            INSERT INTO mentions (edge, document, sentence, subject_start, subject_end, relation_start, relation_end,
            object_start, object_end, confidence, negated, rule, subject_text, subject_name, subject_partial,
            relation_text, object_text, object_name, object_partial)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                edgeID, document, triple.sentenceIndex, triple.subject.start, triple.subject.end,
                triple.relation.start, triple.relation.end, triple.object.start, triple.object.end,
                triple.confidence, triple.isNegated, triple.rule, triple.subject.text, subjectName, subjectPartial,
                relationText, triple.object.text, objectName, objectPartial,
            ])
        try addAlias(entity: subject, text: subjectName, count: 1, full: subjectPartial ? 0 : 1)
        try addAlias(entity: object, text: objectName, count: 1, full: objectPartial ? 0 : 1)
        for form in Set([key, EntityNaming.fold(relationText)]) {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO relation_forms (form, relation_key) VALUES (?, ?)")
                .execute(arguments: [form, key])
        }
        counts.mentions += 1
    }
}

/// One alias of one entity.
struct AliasSlot: Hashable {
    var entity: Int64
    var text: String
}
