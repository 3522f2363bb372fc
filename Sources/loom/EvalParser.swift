import ArgumentParser
import Foundation
import LoomLanguage

/// `loom eval parser`: attachment scores and speed of the dependency parser.
struct EvalParser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Score the dependency parser on a CoNLL-U treebank (UAS, LAS, label accuracy, speed).")

    @Argument(help: "Gold treebank (CoNLL-U).") var file: String
    @Flag(help: "Parse the gold tags instead of the tagger's.") var goldTags = false
    @Flag(help: "Tag with the news-text repairs the pipeline applies (ProperNounRepair, CurrencyTagRepair, VerbTagRepair).")
    var newsRepairs = false
    @Option(help: "Parser model (default: the bundled one).") var model: String?
    @Option(help: "Parse the file this many times when timing.") var `repeat`: Int = 1
    @Option(help: "Tag with the parser's small training tagger trained on this treebank instead of the bundled tagger.")
    var tagWithTrainingTaggerFrom: String?

    func run() async throws {
        let trees = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: file))
        let parser = try model.map { path throws(ModelFileError) in try DependencyParser(contentsOf: URL(fileURLWithPath: path)) }
            ?? DependencyParser.bundled()
        var tagger = goldTags ? nil : try ParserEvaluation.bundledTagger(withNewsRepairs: newsRepairs)
        if let path = tagWithTrainingTaggerFrom, !goldTags {
            tagger = ParserEvaluation.trainingTagger(on: try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path)))
        }
        if !goldTags && tagger == nil { print("no tagger available: parsing gold tags") }
        print(ParserEvaluation.evaluate(parser, on: trees, tagger: tagger, repetitions: `repeat`))
    }
}
