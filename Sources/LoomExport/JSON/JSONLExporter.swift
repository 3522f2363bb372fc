import LoomGraph

/// Writes one triple per line (JSON Lines), edges in id order:
///
///     {"generator":"loom","confidence":0.9,"count":2,"edge_id":7,"evidence":[…],"object":"London",
///      "object_id":2,"object_type":"LOCATION","relation":"visited","relation_key":"visit",
///      "sources":["news/a.html"],"subject":"Ada Lovelace","subject_id":1,"subject_type":"PERSON"}
///
/// `evidence` is the provenance list (empty when the graph was loaded without evidence); its items are
/// described in ``JSONExporter``. Every line starts with `{"generator":"loom",` so Loom recognises its
/// own files; an edge whose endpoint is missing from the graph is skipped.
public struct JSONLExporter: GraphExporter {
    public let marker = "{\"generator\":\"loom\""

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws(ExportError) -> String {
        let encoder = JSONRecordEncoder()
        var nodes: [Int64: GraphNode] = [:]
        for node in graph.nodes { nodes[node.id] = node }
        var out = ""
        for edge in graph.edges {
            guard let subject = nodes[edge.source], let object = nodes[edge.target] else { continue }
            let record = ExportRecords.TripleRecord(
                edgeId: edge.id, subject: subject.label, subjectId: subject.id,
                subjectType: subject.type.rawValue, relation: edge.label, relationKey: edge.relationKey,
                object: object.label, objectId: object.id, objectType: object.type.rawValue,
                count: edge.count, confidence: edge.confidence, sources: edge.documents,
                evidence: edge.evidence.map(ExportRecords.EvidenceRecord.init))
            out += try encoder.markedLine(record) + "\n"
        }
        return out
    }
}
