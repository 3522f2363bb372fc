import LoomGraph

/// The JSON shapes of nodes, edges, triples and evidence (snake_case keys via explicit coding keys: a key
/// strategy would convert every key of every record again).
enum ExportRecords {
    struct AliasRecord: Encodable {
        let text: String
        let count: Int
    }

    struct NodeRecord: Encodable {
        let id: Int64
        let label: String
        let type: String
        let aliases: [AliasRecord]
        let degree: Int
        let mentions: Int

        init(_ node: GraphNode) {
            id = node.id
            label = node.label
            type = node.type.rawValue
            aliases = node.aliases.map { AliasRecord(text: $0.text, count: $0.count) }
            degree = node.degree
            mentions = node.mentionCount
        }
    }

    /// One mention; ranges are `[start, end)` Unicode-scalar offsets into the article text.
    struct EvidenceRecord: Encodable {
        let document: String
        let sentenceIndex: Int
        let line: Int
        let sentence: String
        let subject: [Int]
        let relation: [Int]
        let object: [Int]
        let confidence: Double

        enum CodingKeys: String, CodingKey {
            case document, sentenceIndex = "sentence_index", line, sentence, subject, relation, object, confidence
        }

        init(_ evidence: Evidence) {
            document = evidence.document
            sentenceIndex = evidence.sentenceIndex
            line = evidence.line
            sentence = evidence.sentence
            subject = [evidence.subjectRange.lowerBound, evidence.subjectRange.upperBound]
            relation = [evidence.relationRange.lowerBound, evidence.relationRange.upperBound]
            object = [evidence.objectRange.lowerBound, evidence.objectRange.upperBound]
            confidence = evidence.confidence
        }
    }

    struct EdgeRecord: Encodable {
        let id: Int64
        let source: Int64
        let target: Int64
        let label: String
        let relationKey: String
        let count: Int
        let confidence: Double
        let sources: [String]
        /// Left out when the graph was loaded without evidence.
        let evidence: [EvidenceRecord]?

        enum CodingKeys: String, CodingKey {
            case id, source, target, label, relationKey = "relation_key", count, confidence, sources, evidence
        }

        init(_ edge: GraphEdge) {
            id = edge.id
            source = edge.source
            target = edge.target
            label = edge.label
            relationKey = edge.relationKey
            count = edge.count
            confidence = edge.confidence
            sources = edge.documents
            evidence = edge.evidence.isEmpty ? nil : edge.evidence.map(EvidenceRecord.init)
        }
    }

    /// One JSONL line: an edge seen as a (subject, relation, object) triple with its provenance.
    struct TripleRecord: Encodable {
        let edgeId: Int64
        let subject: String
        let subjectId: Int64
        let subjectType: String
        let relation: String
        let relationKey: String
        let object: String
        let objectId: Int64
        let objectType: String
        let count: Int
        let confidence: Double
        let sources: [String]
        let evidence: [EvidenceRecord]

        enum CodingKeys: String, CodingKey {
            case edgeId = "edge_id", subject, subjectId = "subject_id", subjectType = "subject_type", relation
            case relationKey = "relation_key", object, objectId = "object_id", objectType = "object_type"
            case count, confidence, sources, evidence
        }
    }
}
