import Foundation
import LoomGraph
import Testing
@testable import LoomExport

@Suite struct DOTExporterTests {
    /// Reads Graphviz's SVG: node labels by node id (the `<title>`), edge labels by `src->dst`; each
    /// `<text>` (nested in a tooltip link when there is one) is one label line. Graphviz writes runs of spaces as NBSP, mapped back to spaces.
    static let svgScript = """
        import json, sys, xml.etree.ElementTree as ET
        ns = {"s": "http://www.w3.org/2000/svg"}
        root = ET.parse(sys.argv[1]).getroot()
        nodes, edges = {}, {}
        for g in root.iter("{http://www.w3.org/2000/svg}g"):
            kind = g.get("class")
            if kind not in ("node", "edge"):
                continue
            title = g.find("s:title", ns).text
            text = "\\n".join((t.text or "") for t in g.iter("{http://www.w3.org/2000/svg}text")).replace("\\u00a0", " ")
            (nodes if kind == "node" else edges)[title] = text
        print(json.dumps(dict(nodes=nodes, edges=edges)))
        """

    struct SVGLabels: Decodable {
        let nodes: [String: String]
        let edges: [String: String]
    }

    /// What Graphviz should show for a label: tab → space, U+FFFE/U+FFFF → U+FFFD, CR and other control
    /// characters gone.
    static func shown(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x9: out.append(" ")
            case 0xA: out.append(s)
            case 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
            case 0..<0x20, 0x7F...0x9F: continue
            default: out.append(s)
            }
        }
        return String(out)
    }

    @Test func hostileLabelsRenderWithDotAndReadBack() throws {
        let graph = SampleGraphs.hostile
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dotFile = folder.appendingPathComponent("graph.dot"), svgFile = folder.appendingPathComponent("graph.svg")
        try Data(try DOTExporter().export(graph).utf8).write(to: dotFile)
        let result = try ExternalTool.run("dot", ["-Tsvg", "-o", svgFile.path, dotFile.path])
        guard result.status != 127 else {
            Issue.record("Graphviz's dot is not on PATH; \(ExternalTool.installHint)")
            return
        }
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "dot wrote to stderr: \(result.stderr.prefix(500))")
        let labels = try #require(try ExternalTool.python(Self.svgScript, [svgFile.path], as: SVGLabels.self))

        let long = SampleGraphs.hostileLabels.firstIndex { $0.utf8.count > 16_000 }!
        var readNodes: [String] = [], wantNodes: [String] = [], readEdges: [String] = [], wantEdges: [String] = []
        for (i, node) in graph.nodes.enumerated() where i != long {
            readNodes.append(labels.nodes["n\(node.id)"] ?? "<missing>")
            wantNodes.append(Self.shown(node.label))
        }
        for (i, edge) in graph.edges.enumerated() where i != long {
            readEdges.append(labels.edges["n\(edge.source)->n\(edge.target)"] ?? "<missing>")
            wantEdges.append(Self.shown(edge.label))
        }
        Compare.strings(readNodes, wantNodes, "node label")
        Compare.strings(readEdges, wantEdges, "edge label")

        // The 20 KB label: cut below Graphviz's 16 KB limit at a character boundary, with an ellipsis.
        let original = graph.nodes[long].label
        for cut in [labels.nodes["n\(graph.nodes[long].id)"], labels.edges["n\(long + 1)->n\(long + 2)"]] {
            let text = try #require(cut)
            #expect(text.hasSuffix("…"))
            #expect(original.hasPrefix(String(text.dropLast())))
            #expect(text.utf8.count > 14_000 && text.utf8.count <= 16_000)
        }
        #expect(labels.nodes.keys.contains("legend_PERSON"))
    }

    @Test func quotingEscapesAndDrops() {
        #expect(DOTText.quote("a\"b\\c\nd\re\tf&g\u{1}\u{7F}\u{85}h") == "\"a\\\"b\\\\c\\nde f&amp;gh\"")
        #expect(DOTText.quote("trailing\\") == "\"trailing\\\\\"")
        #expect(DOTText.quote("") == "\"\"")
        #expect(DOTText.quote("node") == "\"node\"")
    }

    @Test func longLabelsAreCutBelowTheLimitWithoutSplittingEscapes() {
        for unit in ["\\", "é𝄞x", "&", "\""] {
            let quoted = DOTText.quote(String(repeating: unit, count: 20_000))
            #expect(quoted.utf8.count <= DOTText.maximumBytes + 2)
            #expect(quoted.hasSuffix("…\""))
            // An even run of backslashes before the ellipsis: no escape was split.
            let body = quoted.dropFirst().dropLast(2)
            let trailing = body.reversed().prefix { $0 == "\\" }.count
            #expect(trailing % 2 == 0)
        }
    }

    @Test func styleAndGraphAttributes() throws {
        let text = try DOTExporter().export(GraphFilter().apply(to: SampleGraphs.history))
        #expect(text.hasPrefix("// written by loom\ndigraph \"loom\" {\n"))
        #expect(!text.contains("strict"))
        for attribute in ["layout=dot", "rankdir=LR", "overlap=false", "splines=true"] {
            #expect(text.contains(attribute), "missing \(attribute)")
        }
        #expect(text.contains("subgraph \"cluster_legend\""))
        #expect(text.contains("\"legend_PERSON\" [label=\"person\", shape=ellipse"))
        #expect(!text.contains("legend_MONEY"))
        #expect(text.contains("\"n4\" [label=\"Royal Society\", shape=box, fillcolor=\"#fdbf6f\", "
            + "tooltip=\"organization, 3 mentions\\nRoyal Society (10)\"];"))
        #expect(text.contains("\"n1\" -> \"n2\" [label=\"worked with\", penwidth=3.32, "
            + "tooltip=\"work with ×5, confidence 0.9\\nnews/2024/a.html\"];"))
        #expect(text.contains("\"n1\" -> \"n2\" [label=\"met\", penwidth=1.00, "))
    }

    @Test func largeGraphsUseSfdpAndHugeOnesAreRefused() throws {
        func graph(_ n: Int) -> KnowledgeGraph {
            KnowledgeGraph(nodes: (0..<n).map { SampleGraphs.node(Int64($0), "e\($0)", .other) }, edges: [])
        }
        #expect(try DOTExporter().export(graph(100)).contains("layout=dot, rankdir=LR, overlap=false, splines=true"))
        #expect(try DOTExporter().export(graph(101)).contains("layout=sfdp, rankdir=LR, overlap=false, splines=false"))
        #expect(try DOTExporter().export(graph(2_000)).contains("\"n1999\""))
        #expect(throws: ExportError.tooLarge(nodes: 2_001, limit: 2_000)) { try DOTExporter().export(graph(2_001)) }
        #expect(ExportError.tooLarge(nodes: 2_001, limit: 2_000).description.contains("--top"))
        #expect(ExportError.tooLarge(nodes: 2_001, limit: 2_000).description.contains("--around"))
        #expect(try DOTExporter(force: true).export(graph(2_001)).contains("\"n2000\""))
    }

    @Test func outputIsDeterministic() throws {
        #expect(try DOTExporter().export(SampleGraphs.hostile) == DOTExporter().export(SampleGraphs.hostile))
    }
}
