import GRDB

/// Fills a store with a synthetic graph for benchmarks: `entities` entities named `Entity N` (typed
/// round-robin), `edges` distinct edges whose subjects follow a skewed (Zipf-like) distribution so a few hubs
/// have many edges, one mention and one sentence per edge, spread over `documents` documents.
/// Everything is inserted in one transaction with prepared statements.
public struct SyntheticGraph: Sendable {
    public var entities: Int
    public var edges: Int
    public var documents: Int
    public var relations: Int
    public var seed: UInt64

    public init(entities: Int = 100_000, edges: Int = 1_000_000, documents: Int = 10_000, relations: Int = 500, seed: UInt64 = 42) {
        self.entities = entities
        self.edges = edges
        self.documents = documents
        self.relations = relations
        self.seed = seed
    }

    /// Inserts the synthetic graph into an empty store.
    ///
    /// - Throws: ``StoreError/invalidArgument(_:)`` when the store is not empty.
    public func fill(_ store: GraphStore) throws(StoreError) {
        try store.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entities") == 0 else {
                throw StoreError.invalidArgument("The synthetic graph needs an empty store.")
            }
            var random = SplitMix(seed: seed)
            let types = EntityType.allCases
            let entity = try db.makeStatement(sql: "INSERT INTO entities (id, key, label, type, mention_count) VALUES (?, ?, ?, ?, 0)")
            let alias = try db.makeStatement(sql: "INSERT INTO aliases (entity, text, folded, count, full) VALUES (?, ?, ?, 0, 0)")
            let key = try db.makeStatement(sql: "INSERT INTO alias_keys (key, entity) VALUES (?, ?)")
            for id in 1...entities {
                let name = "Entity \(id)"
                try entity.execute(arguments: [id, "entity \(id)", name, types[id % types.count].rawValue])
                try alias.execute(arguments: [id, name, "entity \(id)"])
                try key.execute(arguments: [ "entity \(id)", id])
            }
            let document = try db.makeStatement(sql: """
                INSERT INTO documents (id, path, content_hash, sentence_count, ingested_at, complete) VALUES (?, ?, ?, ?, '', 1)
                """)
            let perDocument = (edges + documents - 1) / documents
            for id in 1...documents { try document.execute(arguments: [id, "synthetic/\(id).txt", "hash\(id)", perDocument]) }
            let edge = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO edges (subject, relation_key, object, label, count, confidence) VALUES (?, ?, ?, ?, 1, ?)
                """)
            let sentence = try db.makeStatement(sql: "INSERT INTO sentences (document, idx, line, start, text) VALUES (?, ?, ?, ?, ?)")
            let mention = try db.makeStatement(sql: """
                INSERT INTO mentions (edge, document, sentence, subject_start, subject_end, relation_start, relation_end,
                object_start, object_end, confidence, negated, rule, subject_text, subject_name, subject_partial,
                relation_text, object_text, object_name, object_partial) VALUES (?, ?, ?, 0, 8, 9, 15, 16, 24, ?, 0, 'synthetic', ?, ?, 0, ?, ?, ?, 0)
                """)
            var n = 0
            while n < edges {
                let subject = zipf(&random)
                let object = Int(random.next() % UInt64(entities)) + 1
                let relation = "relation \(zipf(&random) % relations)"
                let confidence = Double(random.next() % 1000) / 1000
                try edge.execute(arguments: [subject, relation, object, relation, confidence])
                guard db.changesCount > 0 else { continue }
                let edgeID = db.lastInsertedRowID
                defer { n += 1 }
                let (doc, index) = (n % documents + 1, n / documents)
                let text = "Entity \(subject) \(relation) Entity \(object)."
                try sentence.execute(arguments: [doc, index, index * 2 + 1, index * 60, text])
                try mention.execute(arguments: [
                    edgeID, doc, index, confidence, "Entity \(subject)", "Entity \(subject)", relation,
                    "Entity \(object)", "Entity \(object)",
                ])
            }
            try db.execute(sql: "INSERT OR IGNORE INTO relation_forms (form, relation_key) SELECT DISTINCT relation_key, relation_key FROM edges")
            try db.execute(sql: """
                UPDATE aliases SET count = (SELECT COUNT(*) FROM edges WHERE subject = aliases.entity)
                  + (SELECT COUNT(*) FROM edges WHERE object = aliases.entity), full = 0
                """)
            try db.execute(sql: "UPDATE aliases SET full = count")
            try db.execute(sql: "UPDATE entities SET mention_count = (SELECT count FROM aliases WHERE entity = entities.id)")
        }
    }

    /// A skewed pick in 1...entities: low ids are far more frequent (a few hubs, a long tail).
    private func zipf(_ random: inout SplitMix) -> Int {
        let u = Double(random.next() % 1_000_000 + 1) / 1_000_001
        return min(entities, max(1, Int(Double(entities) * u * u * u) + 1))
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
