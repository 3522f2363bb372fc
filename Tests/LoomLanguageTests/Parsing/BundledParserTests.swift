import Foundation
import Testing
@testable import LoomLanguage

/// Checks the bundled model on inputs a pipeline can meet and on a few news sentences.
@Suite struct BundledParserTests {
    static let parser = try! DependencyParser.bundled()

    func parse(_ tagged: [(String, PennTag)]) -> (heads: [Int32], labels: [DependencyLabel]) {
        Self.parser.parse(words: tagged.map(\.0), tags: tagged.map(\.1))
    }

    @Test func bundledModelCarriesBrownClusters() {
        #expect(!Self.parser.clusters.isEmpty)
        #expect(Self.parser.clusters.path(ofWord: ParserSentence.hash("the")) != 0)
    }

    @Test func alwaysReturnsATree() {
        let parser = Self.parser
        #expect(parser.parse(words: [], tags: []).heads.isEmpty)
        let one = parser.parse(words: ["Hello"], tags: [.UH])
        #expect(one.heads == [-1] && one.labels == [.root])
        let long = (0..<500).map { $0 % 7 == 6 ? "," : "word\($0)" }
        let longTags = (0..<500).map { $0 % 7 == 6 ? PennTag.comma : [.NN, .VBZ, .DT, .JJ, .IN, .NNP][$0 % 6] }
        #expect(ParserTestSupport.isWellFormed(parser.parse(words: long, tags: longTags).heads))
        let huge = String(repeating: "x", count: 10_000)
        #expect(ParserTestSupport.isWellFormed(parser.parse(words: [huge, "is", huge], tags: [.NN, .VBZ, .NN]).heads))
        let punctuation = parser.parse(words: ["!", "?", "...", ".", "\""], tags: [.period, .period, .colon, .period, .closeQuote])
        #expect(ParserTestSupport.isWellFormed(punctuation.heads))
        // Fewer tags than words: the missing ones count as unknown.
        #expect(ParserTestSupport.isWellFormed(parser.parse(words: ["a", "b", "c"], tags: [.DT]).heads))
    }

    @Test func marginsComeWithTheSameTree() {
        let words = ["The", "minister", "who", "resigned", "on", "Monday", "criticized", "the", "plan", "."]
        let tags: [PennTag] = [.DT, .NN, .WP, .VBD, .IN, .NNP, .VBD, .DT, .NN, .period]
        let plain = Self.parser.parse(words: words, tags: tags)
        let scored = Self.parser.parseWithMargins(words: words, tags: tags)
        #expect(scored.heads == plain.heads && scored.labels == plain.labels)
        #expect(scored.margins.count == words.count)
        #expect(scored.margins.allSatisfy { $0 >= 0 })
        // Some attachments are clear-cut and some are not: the margins tell them apart.
        #expect(Set(scored.margins).count > 1)
        #expect(Self.parser.parseWithMargins(words: [], tags: []).margins.isEmpty)
    }

    @Test func aRepairedAttachmentHasNoMargin() {
        // The greedy parser takes `Northwind Bank` and `profit` for two subjects; ParseRepair makes
        // the name a compound of `profit` (joinTitleWithName), which the parser never scored.
        let words = ["Northwind", "Bank", "profit", "rose", "12", "percent", "."]
        let tags: [PennTag] = [.NNP, .NNP, .NN, .VBD, .CD, .NN, .period]
        let scored = Self.parser.parseWithMargins(words: words, tags: tags)
        #expect(scored.labels[0] == .compound && scored.heads[0] == 2)
        #expect(scored.margins[0] == 0)
        #expect(scored.margins[2] > 0 && scored.margins[3] > 0)
    }

    @Test func passiveWithAgent() {
        // the company co-founded by Jack Ma is based in Hangzhou .
        let result = parse([
            ("The", .DT), ("company", .NN), ("co-founded", .VBN), ("by", .IN), ("Jack", .NNP), ("Ma", .NNP),
            ("is", .VBZ), ("based", .VBN), ("in", .IN), ("Hangzhou", .NNP), (".", .period),
        ])
        #expect(result.heads[2] == 1 && result.labels[2] == .acl)
        // `Jack Ma` is the agent, headed by either word (UD EWT has both `flat` and `compound` names).
        let nameHead = result.heads[4] == 2 ? 4 : 5
        let other = nameHead == 4 ? 5 : 4
        #expect(result.heads[nameHead] == 2 && result.labels[nameHead].isOblique)
        #expect(result.heads[other] == Int32(nameHead) && (result.labels[other] == .flat || result.labels[other] == .compound))
        #expect(result.heads[1] == 7 && result.labels[1] == .nsubjPass)
        #expect(result.heads[7] == -1)
    }

    @Test func relativeClause() {
        // The minister who resigned on Monday criticized the plan .
        let result = parse([
            ("The", .DT), ("minister", .NN), ("who", .WP), ("resigned", .VBD), ("on", .IN), ("Monday", .NNP),
            ("criticized", .VBD), ("the", .DT), ("plan", .NN), (".", .period),
        ])
        #expect(result.heads[3] == 1 && result.labels[3] == .aclRelcl)
        #expect(result.heads[2] == 3 && result.labels[2] == .nsubj)
        #expect(result.heads[1] == 6 && result.labels[1] == .nsubj)
        #expect(result.heads[8] == 6 && result.labels[8] == .obj)
    }

    @Test func coordination() {
        // Google and Microsoft signed the agreement .
        let result = parse([
            ("Google", .NNP), ("and", .CC), ("Microsoft", .NNP), ("signed", .VBD), ("the", .DT),
            ("agreement", .NN), (".", .period),
        ])
        #expect(result.heads[2] == 0 && result.labels[2] == .conj)
        #expect(result.heads[1] == 2 && result.labels[1] == .cc)
        #expect(result.heads[0] == 3 && result.labels[0] == .nsubj)
    }

    @Test func apposition() {
        // Tim Cook , the chief executive of Apple , visited Beijing .
        let result = parse([
            ("Tim", .NNP), ("Cook", .NNP), (",", .comma), ("the", .DT), ("chief", .JJ), ("executive", .NN),
            ("of", .IN), ("Apple", .NNP), (",", .comma), ("visited", .VBD), ("Beijing", .NNP), (".", .period),
        ])
        #expect(result.heads[5] == 0 && result.labels[5] == .appos)
        #expect(result.heads[7] == 5 && result.labels[7] == .nmod)
        #expect(result.heads[0] == 9 && result.labels[0] == .nsubj)
        #expect(result.heads[10] == 9 && result.labels[10] == .obj)
    }
}
