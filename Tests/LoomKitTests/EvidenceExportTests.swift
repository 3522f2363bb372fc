import Foundation
import LoomDocuments
import LoomExport
import LoomGraph
import Testing

@testable import LoomKit

/// Evidence written by an ingest points at the right text, and survives JSON export exactly.
@Suite struct EvidenceExportTests {
    static func scalars(_ text: String, _ range: Range<Int>) -> String {
        let all = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: all[range.clamped(to: 0..<all.count)])
        return String(view)
    }

    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func evidenceOffsetsPointIntoTheArticleAndJSONKeepsEveryCharacter() async throws {
        let workspace = try Workspace()
        let articles = try Articles.writeCorpus(in: workspace)
        let store = try GraphStore(path: workspace.path("loom.sqlite"))
        _ = try await Ingestor(store: store, analyzer: try Models.analyzer()).ingest([workspace.path("corpus")])
        let graph = try store.graph(includeEvidence: 50)
        let evidence = graph.edges.flatMap(\.evidence)
        #expect(evidence.count == graph.edges.reduce(0) { $0 + $1.count })

        var texts: [String: String] = [:]
        for path in articles { texts[path] = try DocumentReader().read(URL(fileURLWithPath: path)).text }
        for item in evidence {
            let text = try #require(texts[item.document])
            let sentence = Self.words(item.sentence)
            for range in [item.subjectRange, item.relationRange, item.objectRange] where !range.isEmpty {
                #expect(range.upperBound <= text.unicodeScalars.count)
                let words = Self.words(Self.scalars(text, range))
                #expect(sentence.contains(words), "\(words) is not in \(sentence)")
            }
            let line = text.unicodeScalars.prefix(item.subjectRange.lowerBound).filter { $0 == "\n" }.count + 1
            #expect(item.line <= line, "the sentence starts on or before the subject's line")
        }

        let file = workspace.path("graph.json")
        _ = try GraphExport(format: .json, output: URL(fileURLWithPath: file)).run(on: graph) { _ in }
        let script = """
            import json, sys
            g = json.load(open(sys.argv[1], encoding="utf-8"))
            print(json.dumps({"nodes": len(g["nodes"]), "sentences": [e["sentence"] for d in g["edges"] for e in d["evidence"]],
                              "documents": [e["document"] for d in g["edges"] for e in d["evidence"]]}))
            """
        struct View: Decodable { let nodes: Int, sentences: [String], documents: [String] }
        let output = try #require(try Tools.python(script, [file]))
        let view = try JSONDecoder().decode(View.self, from: Data(output.utf8))
        #expect(view.nodes == graph.nodes.count)
        #expect(view.sentences == evidence.map(\.sentence))
        #expect(view.documents == evidence.map(\.document))
        #expect(view.sentences.contains { $0.contains("\"The Rock\"") } || view.sentences.contains { $0.contains("C:\\Data") })
        #expect(view.documents.contains(articles[0]), "the path full of hostile characters")
    }
}
