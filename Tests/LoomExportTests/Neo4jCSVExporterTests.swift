import Foundation
import LoomGraph
import Testing
@testable import LoomExport

@Suite struct Neo4jCSVExporterTests {
    /// Python's `csv` module (RFC 4180 dialect: `"` quoting, doubled quotes) reads both files.
    static let csvScript = """
        import csv, json, sys
        def rows(path):
            with open(path, newline="", encoding="utf-8") as f:
                return [row for row in csv.reader(f, strict=True)]
        print(json.dumps(dict(nodes=rows(sys.argv[1]), edges=rows(sys.argv[2]))))
        """

    struct CSVRows: Decodable {
        let nodes: [[String]]
        let edges: [[String]]
    }

    private func arrayCell(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: ";", with: "\u{FF1B}") }.joined(separator: ";")
    }

    @Test func hostileGraphRoundTripsThroughPythonCSV() throws {
        let graph = SampleGraphs.hostile
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try GraphExport(format: .csv, output: folder).run(on: graph) { _ in }
        #expect(summary.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["nodes.csv", "edges.csv"])
        let read = try #require(try ExternalTool.python(
            Self.csvScript, summary.files, as: CSVRows.self))

        #expect(read.nodes.first == Neo4jCSVExporter.nodesHeader.components(separatedBy: ","))
        #expect(read.edges.first == Neo4jCSVExporter.edgesHeader.components(separatedBy: ","))
        let nodes = Array(read.nodes.dropFirst()), edges = Array(read.edges.dropFirst())
        #expect(nodes.allSatisfy { $0.count == 7 } && edges.allSatisfy { $0.count == 8 })
        #expect(nodes.map { $0[0] } == graph.nodes.map { String($0.id) })
        Compare.strings(nodes.map { $0[1] }, graph.nodes.map(\.label), "label")
        #expect(nodes.map { $0[2] } == graph.nodes.map(\.type.rawValue))
        #expect(nodes.map { $0[6] } == graph.nodes.map(\.type.rawValue))
        Compare.strings(nodes.map { $0[3] }, graph.nodes.map { arrayCell($0.aliases.map(\.text)) }, "aliases")
        #expect(nodes.map { $0[4] } == graph.nodes.map { String($0.degree) })
        #expect(nodes.map { $0[5] } == graph.nodes.map { String($0.mentionCount) })

        #expect(edges.map { $0[0] } == graph.edges.map { String($0.source) })
        #expect(edges.map { $0[1] } == graph.edges.map { String($0.target) })
        #expect(edges.allSatisfy { row in
            !row[2].isEmpty && row[2].unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        })
        Compare.strings(edges.map { $0[3] }, graph.edges.map(\.label), "edge label")
        Compare.strings(edges.map { $0[4] }, graph.edges.map(\.relationKey), "relation key")
        #expect(edges.map { $0[5] } == graph.edges.map { String($0.count) })
        #expect(edges.map { Double($0[6])! } == graph.edges.map(\.confidence))
        Compare.strings(edges.map { $0[7] }, graph.edges.map { arrayCell($0.documents) }, "sources")
    }

    @Test func relationshipTypes() {
        #expect(CSVField.relationshipType("pledge to invest") == "PLEDGE_TO_INVEST")
        #expect(CSVField.relationshipType("  be  CEO of ") == "BE_CEO_OF")
        #expect(CSVField.relationshipType("café-owner's") == "CAFE_OWNER_S")
        #expect(CSVField.relationshipType("3 times") == "R_3_TIMES")
        #expect(CSVField.relationshipType("") == "RELATED_TO")
        #expect(CSVField.relationshipType("ΔΘ 🚀") == "RELATED_TO")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(CSVField.quote("plain") == "plain")
        #expect(CSVField.quote("") == "\"\"")
        #expect(CSVField.quote("a,b") == "\"a,b\"")
        #expect(CSVField.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.quote("a\nb") == "\"a\nb\"")
        #expect(CSVField.quote("a\rb") == "\"a\rb\"")
        #expect(CSVField.array(["a;b", "c"]) == "a\u{FF1B}b;c")
    }

    @Test func exactFilesForASmallGraph() {
        let graph = GraphFilter(relation: "work").apply(to: SampleGraphs.history)
        let exporter = Neo4jCSVExporter()
        #expect(exporter.nodesCSV(graph) == """
            id:ID,label,type,aliases:string[],degree:int,mentions:int,:LABEL
            1,Ada Lovelace,PERSON,Ada Lovelace;Lovelace;Countess of Lovelace,1,3,PERSON
            2,Charles Babbage,PERSON,Charles Babbage;Babbage,1,3,PERSON

            """)
        #expect(exporter.edgesCSV(graph) == """
            :START_ID,:END_ID,:TYPE,label,relation_key,count:int,confidence:double,sources:string[]
            1,2,WORK_WITH,worked with,work with,5,0.9,news/2024/a.html

            """)
    }
}
