import LoomGraph

/// Graphs built by hand for the export tests.
enum SampleGraphs {
    static func node(_ id: Int64, _ label: String, _ type: EntityType, aliases: [String] = [], degree: Int = 99) -> GraphNode {
        GraphNode(
            id: id, label: label, type: type,
            aliases: ([label] + aliases).enumerated().map { Alias(text: $1, count: 10 - $0) },
            mentionCount: 3, degree: degree)
    }

    static func edge(
        _ id: Int64, _ source: Int64, _ target: Int64, _ label: String, _ key: String, count: Int,
        confidence: Double, documents: [String], evidence: [Evidence] = []
    ) -> GraphEdge {
        GraphEdge(
            id: id, source: source, target: target, label: label, relationKey: key, count: count,
            confidence: confidence, documents: documents, evidence: evidence)
    }

    /// Seven entities (Paris isolated), seven edges including a parallel pair 1→2; degrees are wrong on
    /// purpose (99) so tests see them recomputed.
    static let history = KnowledgeGraph(
        nodes: [
            node(1, "Ada Lovelace", .person, aliases: ["Lovelace", "Countess of Lovelace"]),
            node(2, "Charles Babbage", .person, aliases: ["Babbage"]),
            node(3, "London", .location),
            node(4, "Royal Society", .organization),
            node(5, "1843", .date),
            node(6, "Paris", .location),
            node(7, "Analytical Engine", .other),
        ],
        edges: [
            edge(10, 1, 2, "worked with", "work with", count: 5, confidence: 0.9, documents: ["news/2024/a.html"]),
            edge(11, 1, 3, "lived in", "live in", count: 2, confidence: 0.6, documents: ["news/2024/b.txt"]),
            edge(12, 2, 4, "joined", "join", count: 1, confidence: 0.4, documents: ["archive/c.html"]),
            edge(13, 1, 7, "wrote about", "write about", count: 3, confidence: 0.8,
                 documents: ["archive/d.html", "news/2024/a.html"]),
            edge(14, 2, 7, "designed", "design", count: 4, confidence: 0.95, documents: ["archive/c.html"]),
            edge(15, 1, 5, "published in", "publish in", count: 1, confidence: 0.7, documents: ["news/2025/e.html"]),
            edge(16, 1, 2, "met", "meet", count: 1, confidence: 0.5, documents: ["news/2024/b.txt"]),
        ])

    /// Labels that break naive writers.
    static let hostileLabels: [String] = [
        "say \"hi\" & 'bye'",
        "back\\slash \\N \\l",
        "trailing\\",
        "a < b > c",
        "AT&T &amp; &lt;tag&gt; &#38;",
        "x ]]> y <![CDATA[ z",
        "ctrl\u{0}\u{1}\u{8}\u{B}\u{C}\u{1B}\u{1F}\u{7F}\u{85}\u{9F}end",
        "line1\nline2",
        "tab\there",
        "cr\r\nlf\rx",
        "שלום עולם مرحبا",
        "rocket 🚀 family 👩‍👩‍👧 flag 🇫🇷",
        "e\u{301} n\u{303} a\u{308}\u{304}",
        "nonchar \u{FFFE}\u{FFFF} " + String(Unicode.Scalar(0xFDD0)!),
        String(repeating: "é𝄞x", count: 3_000),
        "node", "edge", "subgraph", "graph", "digraph", "strict",
        "a:b", "a:b:c",
        "",
        "semi;colon, comma",
        "-- -> {}[];=",
    ]

    /// A graph whose node labels, edge labels, relation keys, aliases and sources are all hostile: node
    /// `i + 1` carries `hostileLabels[i]`, and edge `100 + i` (node i+1 → node (i+1) % n + 1) too.
    static var hostile: KnowledgeGraph {
        let labels = hostileLabels
        let nodes = labels.enumerated().map { i, label in
            GraphNode(
                id: Int64(i + 1), label: label, type: EntityType.allCases[i % EntityType.allCases.count],
                aliases: [Alias(text: label, count: 2), Alias(text: "alias;\(i)", count: 1)],
                mentionCount: i, degree: 2)
        }
        let edges = labels.enumerated().map { i, label in
            GraphEdge(
                id: Int64(100 + i), source: Int64(i + 1), target: Int64((i + 1) % labels.count + 1),
                label: label, relationKey: label, count: i + 1, confidence: Double(i) / Double(labels.count),
                documents: ["docs/\(i).html", label])
        }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }
}
