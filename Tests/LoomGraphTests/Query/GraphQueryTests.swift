import Testing
@testable import LoomGraph

@Suite struct GraphQueryTests {
    typealias F = StoreFixture

    /// Alibaba —bought→ Lazada —based in→ Singapore ←based in— Grab; Jack Ma —founded→ Alibaba.
    private func seed() throws -> GraphQuery {
        let store = try F.store()
        let alibaba = F.mention("Alibaba Group Holding Ltd.", key: "alibaba")
        try F.ingest(store, "a.html", [
            F.triple(alibaba, "bought", F.mention("Lazada"), confidence: 0.9),
            F.triple(F.person("Jack Ma"), "founded", F.mention("Alibaba", key: "alibaba"), sentence: 1, confidence: 0.7),
        ])
        try F.ingest(store, "b.html", [
            F.triple(F.mention("Lazada"), "is based in", F.mention("Singapore", type: .location), key: "be base in"),
            F.triple(F.mention("Grab"), "is based in", F.mention("Singapore", type: .location), key: "be base in", sentence: 1),
            F.triple(alibaba, "bought", F.mention("Lazada"), sentence: 2, confidence: 0.5),
        ])
        return GraphQuery(store: store)
    }

    @Test func subjectQueryIsCaseInsensitiveAndAliasAware() throws {
        let query = try seed()
        let edges = try query.edges(matching: EdgeFilter(subject: "ALIBABA", evidence: 5))
        #expect(edges.map { "\($0.subject.label)|\($0.relation)|\($0.object.label)|\($0.count)" } == [
            "Alibaba Group Holding Ltd.|bought|Lazada|2",
        ])
        let evidence = try #require(edges.first?.evidence)
        #expect(evidence.map(\.document) == ["a.html", "b.html"] && evidence.map(\.line) == [1, 5])
        #expect(evidence.first?.sentence == "a.html 0.")
        #expect(try query.edges(matching: EdgeFilter(subject: "alibaba group holding ltd.")).count == 1)
    }

    @Test func relationObjectTypeAndConfidenceFilters() throws {
        let query = try seed()
        #expect(try query.edges(matching: EdgeFilter(relation: "IS BASED IN")).map(\.subject.label) == ["Lazada", "Grab"])
        #expect(try query.edges(matching: EdgeFilter(relation: "base")).count == 2)
        #expect(try query.edges(matching: EdgeFilter(object: "alibaba")).map(\.subject.label) == ["Jack Ma"])
        #expect(try query.edges(matching: EdgeFilter(type: .person)).map(\.relation) == ["founded"])
        #expect(try query.edges(matching: EdgeFilter(minConfidence: 0.85)).map(\.relation) == ["bought"])
        #expect(try query.edges(matching: EdgeFilter(limit: 2)).count == 2)
        #expect(try query.edges(matching: EdgeFilter(relation: "acquired")).isEmpty)
    }

    @Test func unknownEntitySuggestsClosestNames() throws {
        let query = try seed()
        #expect(throws: StoreError.unknownEntity("Lazda", suggestions: ["Lazada"])) {
            try query.edges(matching: EdgeFilter(subject: "Lazda"))
        }
    }

    @Test func neighborsByDepth() throws {
        let query = try seed()
        let near = try query.neighbors(of: "lazada")
        #expect(near.centers.map(\.label) == ["Lazada"])
        #expect(near.edges.map { "\($0.distance) \($0.edge.subject.label) \($0.edge.object.label)" } == [
            "1 Alibaba Group Holding Ltd. Lazada", "1 Lazada Singapore",
        ])
        let far = try query.neighbors(of: "Lazada", depth: 2)
        #expect(far.edges.filter { $0.distance == 2 }.map(\.edge.subject.label).sorted() == ["Grab", "Jack Ma"])
        #expect(try query.neighbors(of: "Lazada", depth: 2, limit: 3).truncated)
    }

    @Test func shortestPathWithDirectionsAndEvidence() throws {
        let query = try seed()
        let paths = try query.paths(from: "Jack Ma", to: "grab", evidence: 1)
        #expect(paths.count == 1)
        let hops = try #require(paths.first?.hops)
        #expect(hops.map { "\($0.edge.relationKey)\($0.forward ? ">" : "<")" } == ["founded>", "bought>", "be base in>", "be base in<"])
        #expect(hops.allSatisfy { $0.edge.evidence.count == 1 })
        #expect(try query.paths(from: "Jack Ma", to: "Grab", maxLength: 3).isEmpty)
        #expect(try query.paths(from: "Grab", to: "Jack Ma").first?.hops.count == 4)
    }

    @Test func statisticsAndEntityList() throws {
        let query = try seed()
        let stats = try query.statistics(top: 2)
        #expect(stats.documents == 2 && stats.sentences == 5 && stats.entities == 5)
        #expect(stats.edges == 4 && stats.mentions == 5 && stats.relations == 3)
        #expect(stats.entitiesByType.map(\.name) == ["PERSON", "ORGANIZATION", "LOCATION"])
        #expect(stats.topEntities.map(\.name) == ["Alibaba Group Holding Ltd.", "Lazada"])
        #expect(stats.topEntities.map(\.count) == [3, 3])
        #expect(stats.topRelations.map(\.count) == [2, 2])
        let people = try query.entities(type: .person)
        #expect(people.map(\.label) == ["Jack Ma"] && people.first?.degree == 1)
        let alibaba = try query.entities(named: "alibaba")
        #expect(alibaba.first?.aliases.map(\.text) == ["Alibaba Group Holding Ltd.", "Alibaba"])
    }

    @Test func formatsAsTableTSVAndJSON() throws {
        let query = try seed()
        let edges = try query.edges(matching: EdgeFilter(subject: "Grab", evidence: 1))
        let tsv = QueryFormatter.edges(edges, format: .tsv)
        #expect(tsv == "subject\trelation\tobject\tcount\tconfidence\tfile\tline\ttitle\tpublished\tsentence\n"
            + "Grab\tis based in\tSingapore\t1\t0.80\tb.html\t3\tTitle of b.html\t\tb.html 1.\n")
        let table = QueryFormatter.edges(edges, format: .table)
        #expect(table.contains("Grab     is based in  Singapore  1      0.80") && table.contains("    b.html:3 (Title of b.html)  b.html 1."))
        #expect(QueryFormatter.edges(edges, format: .json).contains("\"relationKey\" : \"be base in\""))
    }
}
