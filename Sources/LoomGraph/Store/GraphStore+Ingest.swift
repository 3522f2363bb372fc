import LoomExtraction
import GRDB

extension GraphStore {
    /// Stores one document's triples in one transaction.
    ///
    /// Any earlier version of the document (same path) is replaced first: its mentions and sentences
    /// are deleted, the counts, confidences and labels of the edges and entities they touched are
    /// recomputed, and edges and entities nothing else supports are deleted. User overrides
    /// (``merge(_:into:)``, ``split(alias:)``) are applied to the new triples.
    ///
    /// - Parameters:
    ///   - document: The document; its path identifies it.
    ///   - triples: The document's resolved triples.
    ///   - sentences: The sentences the triples come from (every triple's sentence must be given).
    ///   - unlessUnchanged: When true, the document is left alone (and `unchanged` set in the result) if
    ///   the store already holds it complete with the same content hash, checked inside the write
    ///   transaction: two processes ingesting the same files then write each document once, in order.
    /// - Returns: What was added, replaced and removed.
    /// - Throws: ``StoreError/invalidArgument(_:)`` for a triple without its sentence or with bad
    ///   offsets or confidence; nothing of the document is stored then.
    @discardableResult
    public func ingest(
        _ document: DocumentRecord, triples: [ResolvedTriple], sentences: [StoredSentence], unlessUnchanged: Bool = false
    ) throws(StoreError) -> IngestCounts {
        let known = Set(sentences.map(\.index))
        return try write { db in
            if unlessUnchanged, let row = try Row.fetchOne(
                db, sql: "SELECT content_hash, complete FROM documents WHERE path = ?", arguments: [document.path]),
                row[0] as String == document.contentHash, row[1] as Bool {
                var counts = IngestCounts()
                counts.unchanged = true
                return counts
            }
            var writer = try StoreWriter(db: db)
            let id = try writer.prepareDocument(document)
            try writer.insertSentences(sentences, document: id)
            for resolved in triples {
                try Self.validate(resolved.triple, sentences: known, document: document.path)
                try writer.add(resolved, document: id)
            }
            try writer.finish()
            try db.execute(sql: "UPDATE documents SET complete = 1 WHERE id = ?", arguments: [id])
            return writer.counts
        }
    }

    /// Removes a document and everything only it supported.
    ///
    /// - Returns: Whether the store held the document.
    @discardableResult
    public func removeDocument(path: String) throws(StoreError) -> Bool {
        try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path])
            else { return false }
            var writer = try StoreWriter(db: db)
            try writer.removeContent(ofDocument: id)
            try writer.finish()
            try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
            return true
        }
    }

    static func validate(_ triple: Triple, sentences: Set<Int>, document: String) throws {
        guard sentences.contains(triple.sentenceIndex) else {
            throw StoreError.invalidArgument(
                "A triple of \(document) refers to sentence \(triple.sentenceIndex), which was not given to the store.")
        }
        for phrase in [triple.subject, triple.relation, triple.object] where phrase.start < 0 || phrase.end < phrase.start {
            throw StoreError.invalidArgument(
                "A triple of \(document) has the invalid offsets \(phrase.start)..<\(phrase.end) for \"\(phrase.text)\".")
        }
        guard triple.confidence.isFinite else {
            throw StoreError.invalidArgument("A triple of \(document) has a non-finite confidence.")
        }
    }
}
