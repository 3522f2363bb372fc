import Foundation
import Testing
@testable import LoomLanguage

@Suite struct DependencyParserTests {
    static func tinyParser(epochs: Int = 3) throws -> DependencyParser {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        var trainer = ParserTrainer(options: ParserTrainingOptions(epochs: epochs, pruneThreshold: 0))
        return trainer.train(trees, dev: trees).parser
    }

    @Test func trainingIsDeterministic() throws {
        let first = try Self.tinyParser().serialized()
        let second = try Self.tinyParser().serialized()
        #expect(first == second)
        #expect(first.count > 100)
    }

    @Test func jackknifedTrainingIsDeterministic() throws {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        func train() -> [UInt8] {
            var trainer = ParserTrainer(options: ParserTrainingOptions(epochs: 2, pruneThreshold: 0, jackknifeFolds: 2))
            return trainer.train(trees, dev: trees).parser.serialized()
        }
        #expect(train() == train())
        let jackknifed = JackknifeTagger.jackknifed(trees, folds: 2)
        #expect(jackknifed.map(\.tags.count) == trees.map(\.count))
    }

    @Test func cachedJackknifedTagsTrainTheSameModel() throws {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        let options = ParserTrainingOptions(epochs: 2, pruneThreshold: 0, jackknifeFolds: 2)
        var direct = ParserTrainer(options: options)
        let expected = direct.train(trees, dev: trees).parser.serialized()
        let tags = ParserTrainer.jackknifedTags(trees, dev: trees, folds: 2)
        let text = TaggedTreebankCache.text(tags, train: trees, dev: trees)
        let read = try #require(TaggedTreebankCache.parse(text, train: trees, dev: trees))
        #expect(read.train == tags.train && read.dev == tags.dev)
        var cached = ParserTrainer(options: options)
        #expect(cached.train(trees, dev: trees, predictedTags: read).parser.serialized() == expected)
        // A cache of other treebanks is refused.
        #expect(TaggedTreebankCache.parse(text, train: Array(trees.dropLast()), dev: trees) == nil)
        #expect(TaggedTreebankCache.parse("loom-predicted-tags 1 0 0 0 0\n", train: trees, dev: trees) == nil)
    }

    @Test func modelRoundTripsThroughAFile() throws {
        let parser = try Self.tinyParser()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loom-parser-\(UUID()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try parser.write(to: url)
        let loaded = try DependencyParser(contentsOf: url)
        #expect(loaded.serialized() == parser.serialized())
        let words = ["The", "company", "was", "founded", "by", "Jack", "Ma", "."]
        let tags: [PennTag] = [.DT, .NN, .VBD, .VBN, .IN, .NNP, .NNP, .period]
        #expect(loaded.parse(words: words, tags: tags) == parser.parse(words: words, tags: tags))
    }

    @Test func tinyParserLearnsItsTrainingTrees() throws {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        let scores = ParserEvaluation.evaluate(try Self.tinyParser(epochs: 10), on: trees)
        #expect(scores.uas == 100)
    }

    @Test func rejectsFilesThatAreNotParserModels() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loom-bad-\(UUID()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("not a model at all".utf8).write(to: url)
        #expect(throws: ModelFileError.self) { try DependencyParser(contentsOf: url) }
        let truncated = Array(try Self.tinyParser().serialized().dropLast(7))
        try Data(truncated).write(to: url)
        #expect(throws: ModelFileError.self) { try DependencyParser(contentsOf: url) }
    }

    @Test func malformedCoNLLUNamesFileAndLine() {
        let text = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tthere\tthere\tADV\tRB\t_\t1\n"
        do {
            _ = try CoNLLUReader.parse(text, name: "broken.conllu")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "broken.conllu")
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("broken.conllu:2:"))
        }
    }
}
