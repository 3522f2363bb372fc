import Foundation
import Testing
@testable import LoomLanguage

@Suite struct ParserSoupTests {
    static func train(seed: UInt64) throws -> DependencyParser {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        var trainer = ParserTrainer(options: ParserTrainingOptions(epochs: 3, seed: seed, pruneThreshold: 0))
        return trainer.train(trees, dev: trees).parser
    }

    static let words = ["The", "company", "was", "founded", "by", "Jack", "Ma", "."]
    static let tags: [PennTag] = [.DT, .NN, .VBD, .VBN, .IN, .NNP, .NNP, .period]

    @Test func soupOfOneParserParsesLikeIt() throws {
        let a = try Self.train(seed: 1)
        let single = DependencyParser.soup([a], pruneThreshold: 0)
        #expect(single.parse(words: Self.words, tags: Self.tags) == a.parse(words: Self.words, tags: Self.tags))
        #expect(single.transitions.keys == a.transitions.keys)
        #expect(single.labels.keys == a.labels.keys)
    }

    @Test func soupIsDeterministicAndKeepsEveryFeature() throws {
        let a = try Self.train(seed: 1), b = try Self.train(seed: 2)
        let soup = DependencyParser.soup([a, b], pruneThreshold: 0)
        #expect(soup.serialized() == DependencyParser.soup([a, b], pruneThreshold: 0).serialized())
        #expect(Set(soup.transitions.keys).isSubset(of: Set(a.transitions.keys).union(b.transitions.keys)))
        #expect(soup.transitions.keys.count >= max(a.transitions.keys.count, b.transitions.keys.count))
        #expect(soup.parse(words: Self.words, tags: Self.tags).heads.count == Self.words.count)
        let normalized = DependencyParser.soup([a, b], pruneThreshold: 0, normalize: true)
        #expect(normalized.transitions.keys == soup.transitions.keys)
        // Pruning the mean weights drops features.
        #expect(DependencyParser.soup([a, b], pruneThreshold: 5).transitions.keys.count < soup.transitions.keys.count)
    }

    @Test func seedChangesTheModel() throws {
        #expect(try Self.train(seed: 1).serialized() != Self.train(seed: 2).serialized())
    }
}
