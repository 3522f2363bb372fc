import Foundation
import LoomGraph
import Testing
@testable import LoomExport

@Suite struct GraphMLExporterTests {
    /// networkx: `read_graphml` as a MultiDiGraph; an empty `<data>` element leaves the attribute out,
    /// which the script maps back to "" (networkx's behaviour, not the file's).
    static let networkxScript = """
        import json, sys, networkx as nx
        G = nx.read_graphml(sys.argv[1], force_multigraph=True)
        assert G.is_directed()
        nodes = [dict(id=n, label=d.get("label", ""), type=d["type"], aliases=json.loads(d["aliases"]),
                      degree=d["degree"], mentions=d["mentions"]) for n, d in G.nodes(data=True)]
        edges = [dict(id=k, source=u, target=v, label=d.get("label", ""), relationKey=d.get("relation_key", ""),
                      count=d["count"], confidence=d["confidence"], sources=json.loads(d["sources"]))
                 for u, v, k, d in G.edges(keys=True, data=True)]
        edges.sort(key=lambda e: int(e["id"][1:]))
        print(json.dumps(dict(nodes=nodes, edges=edges)))
        """

    /// python-igraph: `Graph.Read_GraphML`; numbers come back as floats, node ids in the `id` attribute.
    static let igraphScript = """
        import json, sys, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        assert g.is_directed()
        nodes = [dict(id=v["id"], label=v["label"], type=v["type"], aliases=json.loads(v["aliases"]),
                      degree=int(v["degree"]), mentions=int(v["mentions"])) for v in g.vs]
        edges = [dict(id=e["id"] if "id" in g.es.attributes() else "", source=g.vs[e.source]["id"],
                      target=g.vs[e.target]["id"], label=e["label"], relationKey=e["relation_key"],
                      count=int(e["count"]), confidence=e["confidence"], sources=json.loads(e["sources"]))
                 for e in g.es]
        print(json.dumps(dict(nodes=nodes, edges=edges)))
        """

    /// What a reader must give back: the graph itself, with the one documented replacement (characters
    /// XML 1.0 forbids → U+FFFD) in labels and relation keys; aliases and sources are exact.
    static func expected(_ graph: KnowledgeGraph) -> ReadBackGraph {
        ReadBackGraph(
            nodes: graph.nodes.map {
                ReadBackNode(
                    id: "n\($0.id)", label: xmlSafe($0.label), type: $0.type.rawValue, aliases: $0.aliases.map(\.text),
                    degree: $0.degree, mentions: $0.mentionCount)
            },
            edges: graph.edges.map {
                ReadBackEdge(
                    id: "e\($0.id)", source: "n\($0.source)", target: "n\($0.target)", label: xmlSafe($0.label),
                    relationKey: xmlSafe($0.relationKey), count: $0.count, confidence: $0.confidence, sources: $0.documents)
            })
    }

    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x9 && v != 0xA && v != 0xD) || v == 0xFFFE || v == 0xFFFF ? "\u{FFFD}" : scalar
        }))
    }

    private func write(_ graph: KnowledgeGraph) throws -> URL {
        let url = try ExternalTool.temporaryFolder().appendingPathComponent("graph.graphml")
        try Data(try GraphMLExporter().export(graph).utf8).write(to: url)
        return url
    }

    @Test func hostileLabelsRoundTripThroughNetworkx() throws {
        let graph = SampleGraphs.hostile
        let url = try write(graph)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let read = try #require(try ExternalTool.python(Self.networkxScript, [url.path], as: ReadBackGraph.self))
        Compare.graphs(read, Self.expected(graph))
        Compare.strings(read.edges.map(\.id), graph.edges.map { "e\($0.id)" }, "edge id")
    }

    @Test func hostileLabelsRoundTripThroughIgraph() throws {
        let graph = SampleGraphs.hostile
        let url = try write(graph)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let read = try #require(try ExternalTool.python(Self.igraphScript, [url.path], as: ReadBackGraph.self))
        Compare.graphs(read, Self.expected(graph))
    }

    @Test func parallelEdgesAreKept() throws {
        let graph = GraphFilter().apply(to: SampleGraphs.history)
        let url = try write(graph)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let read = try #require(try ExternalTool.python(Self.networkxScript, [url.path], as: ReadBackGraph.self))
        #expect(read.edges.filter { $0.source == "n1" && $0.target == "n2" }.map(\.id) == ["e10", "e16"])
        Compare.graphs(read, Self.expected(graph))
    }

    @Test func declaresKeysNamespaceAndMarker() throws {
        let text = try GraphMLExporter().export(SampleGraphs.history)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        #expect(lines[1] == "<!-- written by loom -->")
        #expect(text.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""))
        #expect(text.contains("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>"))
        #expect(text.contains("<key id=\"edge_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>"))
        #expect(text.contains("<graph id=\"G\" edgedefault=\"directed\">"))
        #expect(text.contains("<edge id=\"e16\" source=\"n1\" target=\"n2\">"))
    }

    @Test func escapesEveryMarkupCharacter() {
        #expect(XMLText.escape("a&b<c>d\"e'f]]>g\r\n\th\u{1}\u{FFFF}") ==
            "a&amp;b&lt;c&gt;d&quot;e&apos;f]]&gt;g&#13;\n\th\u{FFFD}\u{FFFD}")
    }

    @Test func outputIsDeterministic() throws {
        #expect(try GraphMLExporter().export(SampleGraphs.hostile) == GraphMLExporter().export(SampleGraphs.hostile))
    }
}
