import Foundation
import LoomGraph
import Testing

@testable import LoomKit

/// `loom build` on a folder of articles, checked with the tools people open its output with.
@Suite struct BuildEndToEndTests {
    /// What networkx reads from graph.graphml, as JSON.
    struct NetworkxView: Decodable {
        let nodes: Int
        let edges: Int
        let labels: [String]
        let edgeLabels: [String]
        let sources: [[String]]
    }

    static let readGraphML = """
        import json, sys, networkx
        g = networkx.read_graphml(sys.argv[1])
        print(json.dumps({
            "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "labels": sorted(d["label"] for _, d in g.nodes(data=True)),
            "edgeLabels": sorted(d["label"] for _, _, d in g.edges(data=True)),
            "sources": sorted(json.loads(d["sources"]) for _, _, d in g.edges(data=True)),
        }))
        """

    @Test func buildWritesGraphMLThatNetworkxReadsAndDOTThatGraphvizDraws() async throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let out = workspace.path("out")
        let result = try await BuildCommand.run(paths: [workspace.path("corpus")], outputFolder: out)
        #expect(result.report.ingested == articles.count)
        #expect(result.report.skipped.isEmpty)
        #expect(!result.report.cancelled)
        let graphML = out + "/graph.graphml", dot = out + "/graph.dot"
        #expect(Set(result.files) == [out + "/graph.sqlite", graphML, dot, out + "/graph.svg"])

        let graph = try GraphStore(path: out + "/graph.sqlite", create: false).graph()
        #expect(graph.nodes.count >= 20 && graph.edges.count >= 15, "the articles yield a real graph")

        // Names with `&` and `'` reach node labels; every path (one full of hostile characters) reaches
        // the edges' `sources`, in GraphML and in the DOT tooltips.
        let labels = graph.nodes.map(\.label)
        #expect(labels.contains("AT&T") && labels.contains("Smith & Wesson") && labels.contains("Tom O'Brien"))
        let hostilePath = articles[0]
        #expect(graph.edges.contains { $0.documents == [hostilePath] })
        let text = try String(contentsOfFile: graphML, encoding: .utf8)
        #expect(text.contains("<data key=\"label\">AT&amp;T</data>"))

        let json = try #require(try Tools.python(Self.readGraphML, [graphML]))
        let view = try JSONDecoder().decode(NetworkxView.self, from: Data(json.utf8))
        #expect(view.nodes == graph.nodes.count)
        #expect(view.edges == graph.edges.count)
        #expect(view.labels == labels.sorted())
        #expect(view.edgeLabels == graph.edges.map(\.label).sorted())
        #expect(view.sources == graph.edges.map(\.documents).sorted { $0.lexicographicallyPrecedes($1) })

        let drawn = try #require(try Tools.dot(dot))
        #expect(drawn.status == 0)
        #expect(drawn.stderr.isEmpty, "dot warned: \(drawn.stderr)")
        #expect(drawn.stdout.contains("<svg"))

        // The SVG loom drew keeps every label and path exactly (tooltips list the edge's documents).
        let svgText = try #require(try Tools.python(Self.readSVG, [out + "/graph.svg"]))
        let svg = try JSONDecoder().decode([String: [String]].self, from: Data(svgText.utf8))
        #expect(Set(svg["texts"] ?? []).isSuperset(of: ["AT&T", "Smith & Wesson", "Tom O'Brien"]))
        #expect(svg["titles"]?.contains { $0.hasSuffix("\n" + hostilePath) || $0.contains("\n" + hostilePath + "\n") } == true)
    }

    static let readSVG = """
        import json, sys, xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        print(json.dumps({
            "texts": [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.text],
            "titles": [v for e in root.iter() for k, v in e.attrib.items() if k.endswith("}title")],
        }))
        """

    @Test func rebuildingTheSameFolderGivesByteIdenticalFiles() async throws {
        let workspace = try Workspace()
        try Articles.writeCorpus(in: workspace)
        let corpus = workspace.path("corpus"), first = workspace.path("first"), second = workspace.path("second")
        _ = try await BuildCommand.run(paths: [corpus], outputFolder: first)
        let graphML = try Data(contentsOf: URL(fileURLWithPath: first + "/graph.graphml"))
        let dot = try Data(contentsOf: URL(fileURLWithPath: first + "/graph.dot"))
        // Again into the same folder (the old store is replaced, the outputs overwritten) …
        _ = try await BuildCommand.run(paths: [corpus], outputFolder: first)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first + "/graph.graphml")) == graphML)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first + "/graph.dot")) == dot)
        // … and into a fresh one.
        _ = try await BuildCommand.run(paths: [corpus], outputFolder: second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second + "/graph.graphml")) == graphML)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second + "/graph.dot")) == dot)
    }

    @Test func buildReplacesAnEmptyStoreFile() async throws {
        let workspace = try Workspace()
        try workspace.write(Articles.football, to: "corpus/sport.txt")
        try workspace.write(Data(), to: "out/graph.sqlite")
        let result = try await BuildCommand.run(paths: [workspace.path("corpus")], outputFolder: workspace.path("out"))
        #expect(result.report.ingested == 1)
        #expect(try !GraphStore(path: workspace.path("out/graph.sqlite"), create: false).graph().edges.isEmpty)
    }

    @Test func buildRefusesToReplaceAFileThatIsNotALoomStore() async throws {
        let workspace = try Workspace()
        try Articles.writeCorpus(in: workspace)
        let notes = try workspace.write("my notes, not a database\n", to: "out/graph.sqlite")
        await #expect(throws: StoreError.notSQLite(notes)) {
            _ = try await BuildCommand.run(paths: [workspace.path("corpus")], outputFolder: workspace.path("out"))
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes, not a database\n")
    }
}
