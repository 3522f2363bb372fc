import LoomGraph

/// Writes a Graphviz `digraph` styled for reading.
///
/// Node ids are `"n<id>"`; every id and label is double-quoted (so `node`, `edge`, `subgraph`, `a:b` are
/// plain text) and escaped as described in `DOTText.quote`: `\`, `"`, LF and `&` escaped, tab → space,
/// U+FFFE/U+FFFF → U+FFFD, CR and other control characters removed, labels over 16,000 bytes cut with
/// `…`. Nodes are shaped and coloured by entity type (a `Legend` cluster lists the types present), edges
/// carry their label and a pen width growing with the log of their count; tooltips (shown on hover in
/// SVG) list a node's type, mentions and aliases and an edge's key, count, confidence and documents.
/// Small graphs use the `dot` layout with curved edges, larger ones `sfdp` with straight edges (see
/// `DOTStyle.layout`). Graphs over ``maximumNodes`` nodes are refused unless `force` is set: Graphviz
/// takes very long on them and the drawing is unreadable.
public struct DOTExporter: GraphExporter {
    /// The largest graph written without `force`.
    public static let maximumNodes = 2_000

    public let marker = "// written by loom"
    /// Write graphs of any size.
    public var force: Bool

    public init(force: Bool = false) {
        self.force = force
    }

    public func export(_ graph: KnowledgeGraph) throws(ExportError) -> String {
        if !force, graph.nodes.count > Self.maximumNodes {
            throw .tooLarge(nodes: graph.nodes.count, limit: Self.maximumNodes)
        }
        var out = "\(marker)\ndigraph \"loom\" {\n"
        let layout = DOTStyle.layout(nodeCount: graph.nodes.count, edgeCount: graph.edges.count)
        out += "  graph [comment=\"written by loom\", layout=\(layout.engine), rankdir=LR, overlap=false, "
            + "splines=\(layout.splines), fontname=\"Helvetica\"];\n"
        out += "  node [style=filled, fontname=\"Helvetica\", fontsize=12, color=\"#555555\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=10, color=\"#666666\", fontcolor=\"#333333\"];\n"
        out += legend(for: graph)
        for node in graph.nodes {
            let look = DOTStyle.look(of: node.type)
            out += "  \"n\(node.id)\" [label=\(DOTText.quote(node.label)), shape=\(look.shape), "
                + "fillcolor=\"\(look.fill)\", tooltip=\(DOTText.quote(Self.tooltip(for: node)))];\n"
        }
        for edge in graph.edges {
            out += "  \"n\(edge.source)\" -> \"n\(edge.target)\" [label=\(DOTText.quote(edge.label)), "
                + "penwidth=\(DOTStyle.penWidth(count: edge.count)), "
                + "tooltip=\(DOTText.quote(Self.tooltip(for: edge)))];\n"
        }
        return out + "}\n"
    }

    /// Hover text in SVG output: type, mentions and every alias.
    static func tooltip(for node: GraphNode) -> String {
        "\(node.type.rawValue.lowercased()), \(node.mentionCount) mentions\n"
            + node.aliases.map { "\($0.text) (\($0.count))" }.joined(separator: "\n")
    }

    /// Hover text in SVG output: relation key, count, confidence and source documents.
    static func tooltip(for edge: GraphEdge) -> String {
        "\(edge.relationKey) ×\(edge.count), confidence \(edge.confidence)\n" + edge.documents.joined(separator: "\n")
    }

    /// A cluster with one sample node per entity type present, in `EntityType` order.
    private func legend(for graph: KnowledgeGraph) -> String {
        let present = Set(graph.nodes.map(\.type))
        let types = EntityType.allCases.filter(present.contains)
        guard !types.isEmpty else { return "" }
        var out = "  subgraph \"cluster_legend\" {\n    label=\"Legend\"; style=rounded; color=\"#999999\";\n"
        for type in types {
            let look = DOTStyle.look(of: type)
            out += "    \"legend_\(type.rawValue)\" [label=\"\(type.rawValue.lowercased())\", shape=\(look.shape), "
                + "fillcolor=\"\(look.fill)\", fontsize=10];\n"
        }
        return out + "  }\n"
    }
}
