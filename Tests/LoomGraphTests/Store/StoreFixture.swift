import Foundation
import LoomExtraction
@testable import LoomGraph

/// Builds stores and resolved triples for tests, without any trained model.
enum StoreFixture {
    /// A fresh empty folder under the temporary directory.
    static func folder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loom-store-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A new store in a fresh folder.
    static func store() throws -> GraphStore {
        try GraphStore(path: folder() + "/loom.sqlite")
    }

    static func mention(
        _ name: String, key: String? = nil, type: EntityType = .organization, partial: Bool = false
    ) -> EntityMention {
        EntityMention(
            surface: name, name: name, key: key ?? EntityNaming.fold(name), type: type, isPartialName: partial)
    }

    static func person(_ name: String, partial: Bool = false) -> EntityMention {
        mention(name, type: .person, partial: partial)
    }

    /// A triple `subject relation object` in `sentence`, with offsets laid out as in "S R O".
    static func triple(
        _ subject: EntityMention, _ relation: String, _ object: EntityMention, key: String? = nil,
        sentence: Int = 0, confidence: Double = 0.8
    ) -> ResolvedTriple {
        let base = sentence * 100
        let s = subject.surface.unicodeScalars.count
        let r = relation.unicodeScalars.count
        let o = object.surface.unicodeScalars.count
        let triple = Triple(
            subject: Phrase(text: subject.surface, tokens: [], start: base, end: base + s),
            relation: Phrase(text: relation, tokens: [], start: base + s + 1, end: base + s + 1 + r),
            relationKey: key ?? relation.lowercased(),
            object: Phrase(text: object.surface, tokens: [], start: base + s + r + 2, end: base + s + r + 2 + o),
            confidence: confidence, sentenceIndex: sentence, rule: "test")
        return ResolvedTriple(triple: triple, subject: subject, object: object)
    }

    static func document(_ path: String, hash: String = "h1", sentences: Int = 3) -> DocumentRecord {
        DocumentRecord(path: path, contentHash: hash, title: "Title of \(path)", sentenceCount: sentences)
    }

    static func sentences(_ count: Int = 3, prefix: String = "Sentence") -> [StoredSentence] {
        (0..<count).map { StoredSentence(index: $0, line: $0 * 2 + 1, start: $0 * 100, text: "\(prefix) \($0).") }
    }

    /// Ingests triples as one document with enough sentences for them.
    @discardableResult
    static func ingest(
        _ store: GraphStore, _ path: String, hash: String = "h1", _ triples: [ResolvedTriple]
    ) throws -> IngestCounts {
        let count = (triples.map(\.triple.sentenceIndex).max() ?? 0) + 1
        return try store.ingest(
            document(path, hash: hash, sentences: count), triples: triples, sentences: sentences(count, prefix: path))
    }

    /// The edges of a graph as "subject|relation key|object|count" strings, sorted.
    static func edgeSummary(_ graph: KnowledgeGraph) -> [String] {
        let labels = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label) })
        return graph.edges.map { "\(labels[$0.source]!)|\($0.relationKey)|\(labels[$0.target]!)|\($0.count)" }.sorted()
    }
}
