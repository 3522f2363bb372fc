import Foundation
import Testing
@testable import LoomLanguage

@Suite struct ParserTagClassesTests {
    static let treebank = """
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\trun\trun\tNOUN\tNN\t_\t3\tnsubj\t_\t_
        3\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_

        1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_
        2\trun\trun\tVERB\tVBP\t_\t0\troot\t_\t_

        1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_
        2\trun\trun\tVERB\tVBP\t_\t0\troot\t_\t_


        """

    static func bit(_ tag: PennTag) -> UInt64 { 1 << UInt64(tag.rawValue) }

    @Test func countsTheTagsOfEachForm() throws {
        let trees = try CoNLLUReader.parse(Self.treebank, name: "classes")
        let classes = ParserTagClasses(trees: trees)
        func mask(_ word: String) -> UInt64 { classes.mask(of: word, normalized: ParserSentence.hash(word)) }
        #expect(mask("run") == Self.bit(.NN) | Self.bit(.VBP))
        #expect(mask("The") == Self.bit(.DT))
        // Backs off to the normalized form, marked by the top bit.
        #expect(mask("RUN") == Self.bit(.NN) | Self.bit(.VBP) | ParserTagClasses.normalizedBit)
        #expect(mask("walk") == 0)
        #expect(classes.keys == classes.keys.sorted())
        let sentence = ParserSentence(words: ["They", "run"], tags: [.PRP, .VBP], tagClasses: classes)
        #expect(sentence.tagClass(1) == Self.bit(.NN) | Self.bit(.VBP))
        #expect(sentence.tagClass(-1) == 0 && sentence.tagClass(2) == 0)
        #expect(ParserSentence(words: ["run"], tags: [.VB]).tagClass(0) == 0)
    }

    @Test func jackknifedClassesLeaveOutTheirOwnFold() throws {
        let trees = try CoNLLUReader.parse(Self.treebank, name: "classes")
        let folds = ParserTagClasses.jackknifed(trees, folds: 3)
        // Fold 0 holds the first sentence, the only one with run/NN.
        #expect(folds[0].mask(of: "run", normalized: ParserSentence.hash("run")) == Self.bit(.VBP))
        #expect(folds[0].mask(of: "ended", normalized: ParserSentence.hash("ended")) == 0)
        #expect(folds[1].mask(of: "run", normalized: ParserSentence.hash("run")) == Self.bit(.NN) | Self.bit(.VBP))
    }

    @Test func soupOfOneParserParsesLikeIt() throws {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        func train(seed: UInt64) -> DependencyParser {
            var trainer = ParserTrainer(options: ParserTrainingOptions(epochs: 3, seed: seed, pruneThreshold: 0))
            return trainer.train(trees, dev: trees).parser
        }
        let a = train(seed: 1), b = train(seed: 2)
        let words = ["The", "company", "was", "founded", "by", "Jack", "Ma", "."]
        let tags: [PennTag] = [.DT, .NN, .VBD, .VBN, .IN, .NNP, .NNP, .period]
        let single = DependencyParser.soup([a], pruneThreshold: 0)
        #expect(single.parse(words: words, tags: tags) == a.parse(words: words, tags: tags))
        #expect(single.transitions.keys == a.transitions.keys)
        let soup = DependencyParser.soup([a, b], pruneThreshold: 0)
        #expect(soup.serialized() == DependencyParser.soup([a, b], pruneThreshold: 0).serialized())
        #expect(soup.transitions.keys.count >= max(a.transitions.keys.count, b.transitions.keys.count))
        #expect(soup.parse(words: words, tags: tags).heads.count == words.count)
    }
}
