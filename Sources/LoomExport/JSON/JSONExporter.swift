import LoomGraph

/// Writes the whole graph as one JSON object:
///
///     {"generator":"loom",
///     "nodes":[
///     {"aliases":[{"count":3,"text":"Ada Lovelace"}],"degree":2,"id":1,"label":"Ada Lovelace",…},
///     …],
///     "edges":[
///     {"confidence":0.9,"count":2,"evidence":[…],"id":7,"label":"visited","relation_key":"visit",…},
///     …]}
///
/// One node or edge per line, keys sorted, nodes and edges in id order: byte-identical for the same
/// graph. `evidence` is present on edges when the graph was loaded with evidence; each item has
/// `document`, `sentence_index`, `line`, `sentence`, `subject`/`relation`/`object` (`[start, end)`
/// Unicode-scalar offsets) and `confidence`.
public struct JSONExporter: GraphExporter {
    public let marker = "{\"generator\":\"loom\""

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws(ExportError) -> String {
        let encoder = JSONRecordEncoder()
        var out = marker + ",\n\"nodes\":["
        for (i, node) in graph.nodes.enumerated() {
            out += (i == 0 ? "\n" : ",\n") + (try encoder.line(ExportRecords.NodeRecord(node)))
        }
        out += "],\n\"edges\":["
        for (i, edge) in graph.edges.enumerated() {
            out += (i == 0 ? "\n" : ",\n") + (try encoder.line(ExportRecords.EdgeRecord(edge)))
        }
        return out + "]}\n"
    }
}
