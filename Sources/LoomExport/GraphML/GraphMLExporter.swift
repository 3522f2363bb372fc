import LoomGraph

/// Writes GraphML (http://graphml.graphdrawing.org/) readable by networkx `read_graphml`, python-igraph
/// `Graph.Read_GraphML`, Gephi, yEd and Cytoscape.
///
/// - Node ids are `n<id>`, edge ids `e<id>`; `edgedefault="directed"`; parallel edges are kept.
/// - Node keys: `label`, `type`, `aliases`, `degree` (int), `mentions` (int). Edge keys: `edge_label`
///   (attribute name `label`: key ids must be unique in a document), `relation_key`, `count` (int),
///   `confidence` (double), `sources` (the document paths).
/// - `aliases` and `sources` are JSON arrays of strings (`["Ada Lovelace","Lovelace"]`): unambiguous
///   whatever the values contain; aliases are most frequent first.
/// - Text is XML-escaped; CR is written as `&#13;` so it survives parsing. Characters XML 1.0 forbids (C0
///   controls other than tab, LF, CR; U+FFFE; U+FFFF) become U+FFFD in labels and keys; inside the JSON
///   arrays they are `\u00XX` escapes and round-trip exactly. Everything else round-trips exactly.
/// - An empty string is an empty `<data>` element: igraph reads `""`, networkx leaves the attribute out.
public struct GraphMLExporter: GraphExporter {
    public let marker = "<!-- written by loom -->"

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws(ExportError) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(marker)\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in Self.keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" "
                + "attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for node in graph.nodes {
            out += "    <node id=\"n\(node.id)\">"
            out += Self.data("label", XMLText.escape(node.label))
            out += Self.data("type", node.type.rawValue)
            out += Self.data("aliases", XMLText.escape(JSONText.array(node.aliases.map(\.text))))
            out += Self.data("degree", String(node.degree))
            out += Self.data("mentions", String(node.mentionCount))
            out += "</node>\n"
        }
        for edge in graph.edges {
            out += "    <edge id=\"e\(edge.id)\" source=\"n\(edge.source)\" target=\"n\(edge.target)\">"
            out += Self.data("edge_label", XMLText.escape(edge.label))
            out += Self.data("relation_key", XMLText.escape(edge.relationKey))
            out += Self.data("count", String(edge.count))
            out += Self.data("confidence", String(edge.confidence))
            out += Self.data("sources", XMLText.escape(JSONText.array(edge.documents)))
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ key: String, _ escapedValue: String) -> String {
        "<data key=\"\(key)\">\(escapedValue)</data>"
    }

    private struct Key {
        let id: String, domain: String, name: String, type: String
    }

    private static let keys: [Key] = [
        Key(id: "label", domain: "node", name: "label", type: "string"),
        Key(id: "type", domain: "node", name: "type", type: "string"),
        Key(id: "aliases", domain: "node", name: "aliases", type: "string"),
        Key(id: "degree", domain: "node", name: "degree", type: "int"),
        Key(id: "mentions", domain: "node", name: "mentions", type: "int"),
        Key(id: "edge_label", domain: "edge", name: "label", type: "string"),
        Key(id: "relation_key", domain: "edge", name: "relation_key", type: "string"),
        Key(id: "count", domain: "edge", name: "count", type: "int"),
        Key(id: "confidence", domain: "edge", name: "confidence", type: "double"),
        Key(id: "sources", domain: "edge", name: "sources", type: "string"),
    ]
}
