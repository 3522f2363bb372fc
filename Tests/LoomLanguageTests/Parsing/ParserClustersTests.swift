import Foundation
import Testing
@testable import LoomLanguage

@Suite struct ParserClustersTests {
    static let json = #"{"the": 11, "It": 894, "it": 474, "Apple": 3050, "2010": 6000, "pears": 0, "apples": 1530}"#

    @Test func keepsTheFirstOfWordsThatNormalizeAlike() {
        let clusters = ParserClusters(json: Self.json)
        #expect(clusters.path(ofWord: ParserSentence.hash("the")) == 11)
        #expect(clusters.path(ofWord: ParserSentence.hash("it")) == 894)
        #expect(clusters.path(ofWord: ParserSentence.hash("IT")) == 894)
        #expect(clusters.path(ofWord: ParserSentence.hash("apple")) == 3050)
        #expect(clusters.path(ofWord: ParserSentence.hash("1999")) == 6000)
        #expect(clusters.path(ofWord: ParserSentence.hash("pears")) == 0)
        #expect(clusters.path(ofWord: ParserSentence.hash("banana")) == 0)
        #expect(clusters.keys == clusters.keys.sorted())
        #expect(clusters.keys.count == 5)
        #expect(ParserClusters().path(ofWord: ParserSentence.hash("the")) == 0)
    }

    @Test func sentenceCarriesPathsAndPrefixes() {
        let clusters = ParserClusters(json: Self.json)
        let sentence = ParserSentence(words: ["The", "banana", "apples"], tags: [.DT, .NN, .NNS], clusters: clusters)
        #expect(sentence.cluster(0) == 11)
        #expect(sentence.cluster(1) == 0 && sentence.shortCluster(1) == 0)
        // 1530 = 0b10111111010: its first six bits are 0b101111.
        #expect(sentence.shortCluster(2) == 0b101111 | 1 << 40)
        #expect(sentence.shortCluster(0) == 11 | 1 << 40)
        #expect(sentence.cluster(-1) == ParserSentence.noCluster)
        #expect(sentence.cluster(3) == ParserSentence.rootCluster)
    }

    @Test func modelWithClustersRoundTripsAndUsesThem() throws {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        func train(_ json: String) -> DependencyParser {
            var trainer = ParserTrainer(options: ParserTrainingOptions(epochs: 3, pruneThreshold: 0), clustersJSON: json)
            return trainer.train(trees, dev: trees).parser
        }
        let parser = train(Self.json)
        #expect(parser.clusters.keys.count == 5)
        #expect(parser.serialized() == train(Self.json).serialized())
        #expect(parser.serialized() != train("").serialized())
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loom-parser-clusters-\(UUID()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try parser.write(to: url)
        let loaded = try DependencyParser(contentsOf: url)
        #expect(loaded.clusters.keys == parser.clusters.keys && loaded.clusters.paths == parser.clusters.paths)
        #expect(loaded.serialized() == parser.serialized())
    }
}
