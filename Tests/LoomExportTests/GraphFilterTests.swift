import LoomGraph
import Testing
@testable import LoomExport

@Suite struct GraphFilterTests {
    let graph = SampleGraphs.history

    private func ids(_ filter: GraphFilter) -> (nodes: [Int64], edges: [Int64]) {
        let result = filter.apply(to: graph)
        return (result.nodes.map(\.id), result.edges.map(\.id))
    }

    @Test func emptyFilterKeepsEverythingAndRecomputesDegrees() {
        let result = GraphFilter().apply(to: graph)
        #expect(result.nodes.map(\.id) == [1, 2, 3, 4, 5, 6, 7])
        #expect(result.edges.map(\.id) == [10, 11, 12, 13, 14, 15, 16])
        #expect(result.nodes.map(\.degree) == [5, 4, 1, 1, 1, 0, 2])
        #expect(GraphFilter().isEmpty)
    }

    @Test func aroundMatchesAliasesCaseInsensitively() {
        let result = ids(GraphFilter(around: "  lovelace "))
        #expect(result.nodes == [1, 2, 3, 5, 7])
        #expect(result.edges == [10, 11, 13, 14, 15, 16])
        #expect(GraphFilter(around: "COUNTESS OF LOVELACE").anchors(in: graph) == [1])
        #expect(GraphFilter(around: "Lovelac").anchors(in: graph).isEmpty)
    }

    @Test func aroundDepthZeroAndTwo() {
        #expect(ids(GraphFilter(around: "babbage", depth: 0)) == ([2], []))
        let two = ids(GraphFilter(around: "Royal Society", depth: 2))
        #expect(two.nodes == [1, 2, 4, 7])
        #expect(two.edges == [10, 12, 13, 14, 16])
    }

    @Test func aroundFollowsEdgesBothWays() {
        // London only has an incoming edge from Ada.
        #expect(ids(GraphFilter(around: "london")) == ([1, 3], [11]))
    }

    @Test func unknownEntityGivesEmptyGraph() {
        #expect(ids(GraphFilter(around: "Nobody")) == ([], []))
    }

    @Test func relationMatchesLabelOrKeyAndDropsIsolatedNodes() {
        #expect(ids(GraphFilter(relation: "WORK")) == ([1, 2], [10]))
        #expect(ids(GraphFilter(relation: "in")) == ([1, 2, 3, 4, 5], [11, 12, 15]))
        // "publish" is in the key only once the label is "published"; both are searched.
        #expect(ids(GraphFilter(relation: "write ab")).edges == [13])
    }

    @Test func typesKeepIsolatedNodesOfTheType() {
        let result = ids(GraphFilter(types: [.person, .location]))
        #expect(result.nodes == [1, 2, 3, 6])
        #expect(result.edges == [10, 11, 16])
    }

    @Test func minCountAndMinConfidenceAreInclusive() {
        #expect(ids(GraphFilter(minCount: 3)) == ([1, 2, 7], [10, 13, 14]))
        #expect(ids(GraphFilter(minConfidence: 0.8)) == ([1, 2, 7], [10, 13, 14]))
        #expect(ids(GraphFilter(minCount: 2, minConfidence: 0.85)).edges == [10, 14])
    }

    @Test func topKeepsHighestDegreeWithTiesById() {
        #expect(ids(GraphFilter(top: 2)) == ([1, 2], [10, 16]))
        // Degrees: 1→5, 2→4, 7→2, then 3, 4, 5 tie at 1: the smallest id (3) wins.
        #expect(ids(GraphFilter(top: 4)) == ([1, 2, 3, 7], [10, 11, 13, 14, 16]))
    }

    @Test func topCountsDegreesAfterEarlierFilters() {
        // Only PERSON/OTHER nodes: Ada 3 (10, 13, 16), Babbage 3 (10, 14, 16), Engine 2.
        let result = GraphFilter(types: [.person, .other], top: 1).apply(to: graph)
        #expect(result.nodes.map(\.id) == [1])
        #expect(result.nodes.map(\.degree) == [0])
    }

    @Test func documentsGlobs() {
        #expect(ids(GraphFilter(documents: ["news/2024/*"])) == ([1, 2, 3, 7], [10, 11, 13, 16]))
        #expect(ids(GraphFilter(documents: ["*.txt"])).edges == [11, 16])
        #expect(ids(GraphFilter(documents: ["archive/[cd].html"])).edges == [12, 13, 14])
        #expect(ids(GraphFilter(documents: ["*.txt", "news/2025/?.html"])).edges == [11, 15, 16])
        #expect(ids(GraphFilter(documents: ["nothing/*"])) == ([], []))
    }

    @Test func documentsMatchEvidencePaths() {
        let evidence = Evidence(
            document: "feeds/x.xml", sentenceIndex: 0, line: 1, sentence: "s", subjectRange: 0..<1,
            relationRange: 1..<2, objectRange: 2..<3, confidence: 0.5)
        var withEvidence = graph
        withEvidence.edges[2].evidence = [evidence]
        #expect(GraphFilter(documents: ["feeds/*"]).apply(to: withEvidence).edges.map(\.id) == [12])
    }

    @Test func filtersCombine() {
        let filter = GraphFilter(around: "ada lovelace", depth: 1, types: [.person, .other], minCount: 2)
        // Edge filter keeps 10, 11, 13, 14; types drop London; around Ada reaches 2 and 7.
        #expect(ids(filter) == ([1, 2, 7], [10, 13, 14]))
        #expect(!filter.isEmpty)
    }

    @Test func validationNamesTheBadOption() {
        #expect(throws: ExportError.self) { try GraphFilter(depth: -1).validate() }
        #expect(throws: ExportError.self) { try GraphFilter(top: 0).validate() }
        #expect(throws: ExportError.self) { try GraphFilter(minConfidence: 1.5).validate() }
        #expect(throws: ExportError.self) { try GraphFilter(around: "  ").validate() }
        #expect(throws: ExportError.invalidFilter("--documents pattern \"news/[ab\" has an unclosed [")) {
            try GraphFilter(documents: ["news/[ab"]).validate()
        }
        #expect(throws: Never.self) { try GraphFilter(around: "Ada", depth: 0, top: 1, documents: ["*"]).validate() }
    }
}
