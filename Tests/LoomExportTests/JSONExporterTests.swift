import Foundation
import LoomGraph
import Testing
@testable import LoomExport

@Suite struct JSONExporterTests {
    /// The hostile graph with one evidence item (hostile sentence and document) on every edge.
    static var graphWithEvidence: KnowledgeGraph {
        var graph = SampleGraphs.hostile
        for i in graph.edges.indices {
            let label = graph.edges[i].label
            graph.edges[i].evidence = [
                Evidence(
                    document: "docs/\(i).html", sentenceIndex: i, line: i + 1, sentence: "She said \(label).",
                    subjectRange: 0..<3, relationRange: 4..<8, objectRange: 9..<(9 + label.unicodeScalars.count),
                    confidence: 0.25)
            ]
        }
        return graph
    }

    struct EvidenceRead: Decodable, Equatable {
        let document: String
        let sentence: String
        let sentenceIndex: Int
        let line: Int
        let ranges: [[Int]]
        let confidence: Double
    }

    struct JSONRead: Decodable {
        let generator: String
        let graph: ReadBackGraph
        let evidence: [[EvidenceRead]]
    }

    static func expectedEvidence(_ graph: KnowledgeGraph) -> [[EvidenceRead]] {
        graph.edges.map { edge in
            edge.evidence.map {
                EvidenceRead(
                    document: $0.document, sentence: $0.sentence, sentenceIndex: $0.sentenceIndex, line: $0.line,
                    ranges: [$0.subjectRange, $0.relationRange, $0.objectRange].map { [$0.lowerBound, $0.upperBound] },
                    confidence: $0.confidence)
            }
        }
    }

    static let evidenceHelper = """
        def ev(items):
            return [dict(document=e["document"], sentence=e["sentence"], sentenceIndex=e["sentence_index"],
                         line=e["line"], ranges=[e["subject"], e["relation"], e["object"]],
                         confidence=e["confidence"]) for e in items]
        """

    /// Python's `json` module reads the document; the script reshapes it for comparison.
    static let jsonScript = evidenceHelper + "\n" + """
        import json, sys
        doc = json.load(open(sys.argv[1], encoding="utf-8"))
        nodes = [dict(id="n%d" % n["id"], label=n["label"], type=n["type"], aliases=[a["text"] for a in n["aliases"]],
                      degree=n["degree"], mentions=n["mentions"]) for n in doc["nodes"]]
        edges = [dict(id="e%d" % e["id"], source="n%d" % e["source"], target="n%d" % e["target"], label=e["label"],
                      relationKey=e["relation_key"], count=e["count"], confidence=e["confidence"], sources=e["sources"])
                 for e in doc["edges"]]
        print(json.dumps(dict(generator=doc["generator"], graph=dict(nodes=nodes, edges=edges),
                              evidence=[ev(e.get("evidence", [])) for e in doc["edges"]])))
        """

    /// Python's `json` module reads every line; subject/object ids and labels become a graph again.
    static let jsonlScript = evidenceHelper + "\n" + """
        import json, sys
        lines = open(sys.argv[1], encoding="utf-8", newline="").read().split("\\n")
        assert lines[-1] == ""
        rows = [json.loads(line) for line in lines[:-1]]
        assert all(next(iter(r)) == "generator" and r["generator"] == "loom" for r in rows)
        edges = [dict(id="e%d" % r["edge_id"], source="n%d" % r["subject_id"], target="n%d" % r["object_id"],
                      label=r["relation"], relationKey=r["relation_key"], count=r["count"], confidence=r["confidence"],
                      sources=r["sources"]) for r in rows]
        ends = [dict(id="n%d" % r["subject_id"], label=r["subject"], type=r["subject_type"], aliases=[], degree=0,
                     mentions=0) for r in rows]
        print(json.dumps(dict(generator="loom", graph=dict(nodes=ends, edges=edges),
                              evidence=[ev(r["evidence"]) for r in rows])))
        """

    private func write(_ text: String, _ name: String) throws -> URL {
        let url = try ExternalTool.temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func hostileGraphRoundTripsThroughPythonJSON() throws {
        let graph = Self.graphWithEvidence
        let url = try write(try JSONExporter().export(graph), "graph.json")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let read = try #require(try ExternalTool.python(Self.jsonScript, [url.path], as: JSONRead.self))
        #expect(read.generator == "loom")
        Compare.graphs(read.graph, GraphMLExporterTests.expected(graph).exact(graph))
        #expect(read.evidence == Self.expectedEvidence(graph))
    }

    @Test func evidenceIsLeftOutWhenNotLoaded() throws {
        let text = try JSONExporter().export(SampleGraphs.history)
        #expect(text.hasPrefix("{\"generator\":\"loom\",\n\"nodes\":[\n{\"aliases\":[{\"count\":10,\"text\":\"Ada Lovelace\"}"))
        #expect(!text.contains("evidence"))
        #expect(text.contains("{\"confidence\":0.9,\"count\":5,\"id\":10,\"label\":\"worked with\",\"relation_key\":\"work with\",\"source\":1,\"sources\":[\"news/2024/a.html\"],\"target\":2}"))
        #expect(try JSONExporter().export(KnowledgeGraph(nodes: [], edges: [])) == "{\"generator\":\"loom\",\n\"nodes\":[],\n\"edges\":[]}\n")
    }

    @Test func hostileTriplesRoundTripThroughPythonJSONLines() throws {
        let graph = Self.graphWithEvidence
        let text = try JSONLExporter().export(graph)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == graph.edges.count + 1)
        let url = try write(text, "graph.jsonl")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let read = try #require(try ExternalTool.python(Self.jsonlScript, [url.path], as: JSONRead.self))
        let expected = GraphMLExporterTests.expected(graph).exact(graph)
        Compare.strings(read.graph.edges.map(\.label), expected.edges.map(\.label), "relation")
        Compare.strings(read.graph.edges.map(\.relationKey), expected.edges.map(\.relationKey), "relation key")
        Compare.strings(read.graph.edges.flatMap(\.sources), expected.edges.flatMap(\.sources), "source")
        Compare.strings(read.graph.nodes.map(\.label), graph.edges.map { e in graph.nodes.first { $0.id == e.source }!.label }, "subject")
        #expect(read.graph.edges.map(\.target) == expected.edges.map(\.target))
        #expect(read.graph.edges.map(\.count) == expected.edges.map(\.count))
        #expect(read.graph.edges.map(\.confidence) == expected.edges.map(\.confidence))
        #expect(read.evidence == Self.expectedEvidence(graph))
    }

    @Test func outputIsDeterministic() throws {
        let graph = Self.graphWithEvidence
        #expect(try JSONExporter().export(graph) == JSONExporter().export(graph))
        #expect(try JSONLExporter().export(graph) == JSONLExporter().export(graph))
    }
}

extension ReadBackGraph {
    /// The same graph with the original, unreplaced labels (JSON and CSV carry every character).
    func exact(_ graph: KnowledgeGraph) -> ReadBackGraph {
        ReadBackGraph(
            nodes: zip(nodes, graph.nodes).map {
                ReadBackNode(id: $0.id, label: $1.label, type: $0.type, aliases: $0.aliases, degree: $0.degree, mentions: $0.mentions)
            },
            edges: zip(edges, graph.edges).map {
                ReadBackEdge(
                    id: $0.id, source: $0.source, target: $0.target, label: $1.label, relationKey: $1.relationKey,
                    count: $0.count, confidence: $0.confidence, sources: $0.sources)
            })
    }
}
