import Foundation
import LoomExport
import LoomGraph
import Testing

@testable import LoomKit

/// The files `loom build` leaves in its output folder always show one and the same graph.
@Suite struct BuildOutputTests {
    /// A chain of `count` nodes.
    static func chain(_ count: Int) -> KnowledgeGraph {
        let nodes = (1...count).map {
            GraphNode(id: Int64($0), label: "Entity \($0)", type: .organization, aliases: [], mentionCount: 1, degree: 1)
        }
        let edges = (1..<count).map {
            GraphEdge(
                id: Int64($0), source: Int64($0), target: Int64($0 + 1), label: "owns", relationKey: "own", count: 1,
                confidence: 0.5, documents: ["a.txt"])
        }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    @Test func aGraphTooLargeToDrawLeavesNoEarlierDrawingBehind() throws {
        let workspace = try Workspace()
        let folder = URL(fileURLWithPath: try workspace.folder("out"))
        let small = try BuildCommand.writeGraphFiles(Self.chain(3), to: folder)
        #expect(small.map { ($0 as NSString).lastPathComponent } == ["graph.graphml", "graph.dot", "graph.svg"])

        let large = try BuildCommand.writeGraphFiles(Self.chain(DOTExporter.maximumNodes + 1), to: folder)
        #expect(large == [folder.appendingPathComponent("graph.graphml").path])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.dot").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.svg").path))
        let graphML = try String(contentsOf: folder.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphML.contains("Entity \(DOTExporter.maximumNodes + 1)"))
    }

    @Test func filesLoomDidNotWriteAreNeverRemoved() throws {
        let workspace = try Workspace()
        let folder = URL(fileURLWithPath: try workspace.folder("out"))
        let drawing = try workspace.write("<svg>my own drawing</svg>", to: "out/graph.svg")
        #expect(throws: ExportError.wouldOverwrite(path: drawing)) {
            _ = try BuildCommand.writeGraphFiles(Self.chain(3), to: folder)
        }
        _ = try BuildCommand.writeGraphFiles(Self.chain(DOTExporter.maximumNodes + 1), to: folder)
        #expect(try String(contentsOfFile: drawing, encoding: .utf8) == "<svg>my own drawing</svg>")
    }

    @Test func aCancelledBuildSaysSoAndTheNextBuildStartsOver() async throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let corpus = workspace.path("corpus"), out = workspace.path("out")
        let flag = CancellationFlag()
        flag.raise()
        let stopped = try await BuildCommand.run(paths: [corpus], outputFolder: out, cancel: flag)
        #expect(stopped.report.cancelled && stopped.report.ingested == 0)
        #expect(try GraphStore(path: out + "/graph.sqlite", create: false).graph().nodes.isEmpty)
        // The empty graph's files are still valid for their readers.
        let counts = try #require(try Tools.python(
            "import sys, networkx\ng = networkx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())",
            [out + "/graph.graphml"]))
        #expect(counts.trimmingCharacters(in: .whitespacesAndNewlines) == "0 0")
        let drawn = try #require(try Tools.dot(out + "/graph.dot"))
        #expect(drawn.status == 0 && drawn.stderr.isEmpty, "\(drawn.stderr)")

        let whole = try await BuildCommand.run(paths: [corpus], outputFolder: out)
        #expect(!whole.report.cancelled && whole.report.ingested == articles.count)
        let graphML = try String(contentsOfFile: out + "/graph.graphml", encoding: .utf8)
        #expect(graphML.contains("AT&amp;T"))
    }
}
