import GRDB

/// One document ready to be stored: what ``GraphStore/ingest(_:triples:sentences:)`` takes.
public struct DocumentBatchItem: Sendable {
    public var document: DocumentRecord
    public var triples: [ResolvedTriple]
    public var sentences: [StoredSentence]

    public init(document: DocumentRecord, triples: [ResolvedTriple], sentences: [StoredSentence]) {
        self.document = document
        self.triples = triples
        self.sentences = sentences
    }
}

extension GraphStore {
    /// Checks a document before it is stored (see ``ingest(_:triples:sentences:)`` for the rules), so
    /// that a batch is never rolled back for one bad document.
    public static func validate(_ item: DocumentBatchItem) throws(StoreError) {
        let known = Set(item.sentences.map(\.index))
        do {
            for resolved in item.triples { try validate(resolved.triple, sentences: known, document: item.document.path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.invalidArgument(String(describing: error))
        }
    }

    /// Stores several documents in one transaction, each exactly as ``ingest(_:triples:sentences:)``
    /// would, except that a document already stored complete with the same content hash is left
    /// alone (its result has `unchanged` set). Writing pages once for many documents instead of once per document is several times
    /// faster; a crash loses the whole batch in progress but never leaves a document half-stored.
    ///
    /// - Throws: ``StoreError``; then none of the batch is stored. Validate items first
    ///   (``validate(_:)``) to keep one bad document from failing the batch.
    @discardableResult
    public func ingest(batch: [DocumentBatchItem]) throws(StoreError) -> [IngestCounts] {
        guard !batch.isEmpty else { return [] }
        return try write { db in
            var results: [IngestCounts] = []
            for item in batch {
                // Another process may have written this version meanwhile: leave it (two ingests of
                // the same files then write each document once).
                if let row = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT content_hash, complete FROM documents WHERE path = ?"),
                    arguments: [item.document.path]),
                    row[0] as String == item.document.contentHash, row[1] as Bool
                {
                    var counts = IngestCounts()
                    counts.unchanged = true
                    results.append(counts)
                    continue
                }
                let known = Set(item.sentences.map(\.index))
                var writer = try StoreWriter(db: db)
                let id = try writer.prepareDocument(item.document)
                try writer.insertSentences(item.sentences, document: id)
                for resolved in item.triples {
                    try Self.validate(resolved.triple, sentences: known, document: item.document.path)
                    try writer.add(resolved, document: id)
                }
                try writer.finish()
                try db.cachedStatement(sql: "UPDATE documents SET complete = 1 WHERE id = ?").execute(arguments: [id])
                results.append(writer.counts)
            }
            return results
        }
    }
}
