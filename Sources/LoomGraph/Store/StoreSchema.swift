import GRDB

/// The SQLite schema of a Loom store, marked by `PRAGMA application_id` and versioned by
/// `PRAGMA user_version`.
///
/// Tables:
/// - `documents`: one row per ingested path (content hash, metadata, `complete` flag).
/// - `sentences`: evidence sentences per document (index, line, offset, text).
/// - `entities`: one row per entity (primary merge key, display label, type and the strength of its
///   evidence (``TypeEvidence``), `last_name` of full-name persons for partial-name merging, `partial`
///   when created from a bare surname, `mention_count`).
/// - `aliases`: every name an entity was mentioned by with its count (`full` counts the mentions that
///   were not bare surnames); `folded` (lower-cased) is indexed for case-insensitive lookup.
/// - `alias_keys`: every merge key that leads to an entity (its own key and keys merged into it).
/// - `edges`: one row per (subject, relation key, object) with display label, count, best confidence.
/// - `mentions`: one row per stored triple (edge, document, sentence, offsets, surface forms).
/// - `relation_forms`: relation surface forms and keys (lower-cased) → relation key, for queries.
/// - `overrides`: user corrections (`merge` key → key, `split` alias) re-applied on every ingest.
/// - `settings`: named text values, e.g. the aliases file the entity resolver should apply.
enum StoreSchema {
    /// "LOOM" in ASCII.
    static let applicationID: Int32 = 0x4C4F_4F4D
    static let version = 2

    static let statements = [
        """
        CREATE TABLE documents (
          id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,
          title TEXT, author TEXT, published TEXT, site_name TEXT, language TEXT,
          sentence_count INTEGER NOT NULL DEFAULT 0, ingested_at TEXT NOT NULL,
          complete INTEGER NOT NULL DEFAULT 0)
        """,
        """
        CREATE TABLE sentences (
          document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          idx INTEGER NOT NULL, line INTEGER NOT NULL, start INTEGER NOT NULL, text TEXT NOT NULL,
          PRIMARY KEY (document, idx)) WITHOUT ROWID
        """,
        """
        CREATE TABLE entities (
          id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL, type TEXT NOT NULL,
          last_name TEXT, partial INTEGER NOT NULL DEFAULT 0, mention_count INTEGER NOT NULL DEFAULT 0,
          type_strength INTEGER NOT NULL DEFAULT 0)
        """,
        "CREATE INDEX entities_type ON entities(type, mention_count DESC)",
        "CREATE INDEX entities_last_name ON entities(last_name) WHERE last_name IS NOT NULL",
        "CREATE INDEX entities_mentions ON entities(mention_count DESC)",
        """
        CREATE TABLE aliases (
          entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, text TEXT NOT NULL,
          folded TEXT NOT NULL, count INTEGER NOT NULL, full INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (entity, text)) WITHOUT ROWID
        """,
        "CREATE INDEX aliases_folded ON aliases(folded)",
        """
        CREATE TABLE alias_keys (
          key TEXT PRIMARY KEY, entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE)
          WITHOUT ROWID
        """,
        "CREATE INDEX alias_keys_entity ON alias_keys(entity)",
        """
        CREATE TABLE edges (
          id INTEGER PRIMARY KEY, subject INTEGER NOT NULL REFERENCES entities(id),
          relation_key TEXT NOT NULL, object INTEGER NOT NULL REFERENCES entities(id),
          label TEXT NOT NULL, count INTEGER NOT NULL, confidence REAL NOT NULL,
          UNIQUE (subject, relation_key, object))
        """,
        // Lookups by one end, already in result order (most mentioned first): no sort for hubs.
        "CREATE INDEX edges_subject_rank ON edges(subject, count DESC, confidence DESC)",
        "CREATE INDEX edges_object_rank ON edges(object, count DESC, confidence DESC)",
        "CREATE INDEX edges_relation ON edges(relation_key, count)",
        "CREATE INDEX edges_rank ON edges(count DESC, confidence DESC)",
        """
        CREATE TABLE mentions (
          id INTEGER PRIMARY KEY, edge INTEGER NOT NULL REFERENCES edges(id),
          document INTEGER NOT NULL REFERENCES documents(id), sentence INTEGER NOT NULL,
          subject_start INTEGER NOT NULL, subject_end INTEGER NOT NULL,
          relation_start INTEGER NOT NULL, relation_end INTEGER NOT NULL,
          object_start INTEGER NOT NULL, object_end INTEGER NOT NULL,
          confidence REAL NOT NULL, negated INTEGER NOT NULL, rule TEXT NOT NULL,
          subject_text TEXT NOT NULL, subject_name TEXT NOT NULL, subject_partial INTEGER NOT NULL,
          relation_text TEXT NOT NULL,
          object_text TEXT NOT NULL, object_name TEXT NOT NULL, object_partial INTEGER NOT NULL)
        """,
        "CREATE INDEX mentions_edge ON mentions(edge, confidence DESC)",
        "CREATE INDEX mentions_document ON mentions(document)",
        """
        CREATE TABLE relation_forms (
          form TEXT NOT NULL, relation_key TEXT NOT NULL, PRIMARY KEY (form, relation_key)) WITHOUT ROWID
        """,
        """
        CREATE TABLE overrides (
          id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
          source TEXT NOT NULL, target TEXT, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX overrides_source ON overrides(kind, source)",
        "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    ]

    /// Creates the schema in an empty database (inside the caller's transaction).
    static func create(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// Upgrades a store written by an older schema version (inside the caller's transaction).
    /// Version 2 added `entities.type_strength` (existing types count as evidence-less).
    static func migrate(_ db: Database, from version: Int) throws {
        if version < 2 {
            try db.execute(sql: "ALTER TABLE entities ADD COLUMN type_strength INTEGER NOT NULL DEFAULT 0")
        }
        try db.execute(sql: "PRAGMA user_version = \(self.version)")
    }

    /// What a database file holds.
    enum Marker: Equatable {
        case empty
        case loom(version: Int)
        case foreign
    }

    /// Reads the markers of an open database.
    static func marker(_ db: Database) throws -> Marker {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if appID == applicationID { return .loom(version: version) }
        let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
        return appID == 0 && version == 0 && tables == 0 ? .empty : .foreign
    }
}
