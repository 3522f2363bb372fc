import Testing
@testable import LoomGraph

@Suite struct DuplicateReviewTests {
    private func node(_ id: Int64, _ label: String, _ type: EntityType, mentions: Int = 1) -> GraphNode {
        GraphNode(id: id, label: label, type: type, aliases: [Alias(text: label, count: mentions)],
                  mentionCount: mentions, degree: 1)
    }

    @Test func findsEachKindOfCandidate() {
        let nodes = [
            node(1, "Meta Platforms", .organization, mentions: 9),
            node(2, "Meta", .organization, mentions: 3),
            node(3, "Eddie Wu", .person, mentions: 5),
            node(4, "Mary Wu", .person, mentions: 2),
            node(5, "Wu", .other),
            node(6, "Amazon Web Services", .organization, mentions: 4),
            node(7, "AWS", .organization, mentions: 2),
            node(8, "Helio-Grid", .organization),
            node(9, "Helio Grid", .organization, mentions: 6),
            node(10, "$53 billion", .money),
            node(11, "cloud division", .other),
        ]
        let lines = Set(DuplicateReview.candidates(in: nodes).map { "\($0.aliasLine) [\($0.reason.rawValue)]" })
        #expect(lines == [
            "Meta = Meta Platforms [short form]",
            "Wu = Eddie Wu [surname]",
            "Wu = Mary Wu [surname]",
            "AWS = Amazon Web Services [acronym]",
            "Helio-Grid = Helio Grid [spelling]",
        ])
    }

    @Test func distinctPeopleAndTypesAreNotCandidates() {
        let nodes = [
            node(1, "Eddie Wu", .person), node(2, "Mary Wu", .person),
            node(3, "Apple", .organization), node(4, "Apple Valley", .location),
            node(5, "Georgia", .location), node(6, "Georgia Smith", .person),
        ]
        #expect(DuplicateReview.candidates(in: nodes).isEmpty)
    }

    @Test(arguments: [("kestrel", "kestral", true), ("voltaris", "voltaris", true), ("northwind", "northwood", false)])
    func oneEditDistance(a: String, b: String, expected: Bool) {
        #expect(DuplicateReview.withinOneEdit(Array(a), Array(b)) == expected)
    }
}

@Suite struct DuplicateReviewScaleTests {
    @Test func manyDistinctNodesAreReviewedQuicklyWithoutFalseCandidates() {
        // 5,000 random two-word organizations: no candidates, and no n² blow-up.
        var state: UInt64 = 42
        func word() -> String {
            String((0..<8).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Character(UnicodeScalar(UInt8(97 + (state >> 33) % 26)))
            }).capitalized
        }
        let nodes = (0..<5000).map { index in
            GraphNode(id: Int64(index), label: "\(word()) \(word())", type: .organization, aliases: [], mentionCount: 1,
                      degree: 1)
        }
        let start = ContinuousClock.now
        let found = DuplicateReview.candidates(in: nodes)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(found.isEmpty)
    }
}
