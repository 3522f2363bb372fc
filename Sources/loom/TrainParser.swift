import ArgumentParser
import Foundation
import LoomLanguage

/// `loom train parser`: trains the dependency parser on CoNLL-U trees.
struct TrainParser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser (deterministic: same input, same model bytes).")

    @Option(help: "Training treebank (CoNLL-U).") var train: String
    @Option(help: "Development treebank (CoNLL-U), used to pick the epoch.") var dev: String
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "Maximum number of epochs.") var epochs: Int = ParserTrainingOptions().epochs
    @Option(help: "Drop averaged weights smaller than this (smaller, faster model).")
    var pruneThreshold: Float = ParserTrainingOptions().pruneThreshold
    @Option(help: "Train on tags predicted by jackknifing over this many folds (0: gold tags).")
    var jackknife: Int = ParserTrainingOptions().jackknifeFolds
    @Flag(help: "Jackknife with Loom's part-of-speech tagger trainer instead of the parser's small tagger.")
    var withPosTagger = false
    @Option(help: "Brill-format lexicon for --with-pos-tagger.")
    var lexicon = "../shared/data/lexicons/brill-textblob/en-lexicon.txt"
    @Option(help: "Word clusters (gzip JSON) for the parser's cluster features and --with-pos-tagger.")
    var clusters = "../shared/data/lexicons/spacy-lookups-en/en_lexeme_cluster.nonzero.json.gz"
    @Option(help: "Tagger training epochs for --with-pos-tagger.") var taggerEpochs = 8
    @Option(help: "Seed of the parser's shuffling and exploration (see 'loom train parser-soup').")
    var seed: UInt64 = ParserTrainingOptions().seed
    @Option(help: """
        File of jackknifed tags: read when it exists and fits the treebanks, otherwise written after \
        tagging (saves the slow jackknifing across runs; name it after the tagger settings).
        """)
    var tagsCache: String?

    func run() async throws {
        let trainTrees = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: train))
        let devTrees = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: dev))
        let nonProjective = ParserTrainer.nonProjectiveCount(trainTrees)
        print("train: \(trainTrees.count) trees, \(nonProjective) non-projective (lifted); dev: \(devTrees.count) trees")
        let clustersJSON = try GzipText.read(clusters)
        var trainer = ParserTrainer(
            options: ParserTrainingOptions(epochs: epochs, seed: seed, pruneThreshold: pruneThreshold, jackknifeFolds: jackknife),
            clustersJSON: clustersJSON)
        var tagTrainer: ParserTrainer.TagTrainer?
        if withPosTagger {
            let lexiconText = try String(contentsOfFile: lexicon, encoding: .utf8)
            let epochs = taggerEpochs
            tagTrainer = { sentences in
                let tagger = TaggerTrainer(epochs: epochs).train(sentences, lexiconText: lexiconText, clustersJSON: clustersJSON)
                return { words in tagger.tag(words) }
            }
        }
        var predictedTags: (train: [[PennTag]], dev: [[PennTag]])?
        if jackknife > 1, let tagsCache {
            if let text = try? String(contentsOfFile: tagsCache, encoding: .utf8),
                let tags = TaggedTreebankCache.parse(text, train: trainTrees, dev: devTrees) {
                print("read jackknifed tags from \(tagsCache)")
                predictedTags = tags
            } else {
                let tags = ParserTrainer.jackknifedTags(trainTrees, dev: devTrees, folds: jackknife, tagTrainer: tagTrainer)
                try TaggedTreebankCache.text(tags, train: trainTrees, dev: devTrees)
                    .write(toFile: tagsCache, atomically: true, encoding: .utf8)
                print("wrote jackknifed tags to \(tagsCache)")
                predictedTags = tags
            }
        }
        let (parser, bestEpoch, reports) = trainer.train(
            trainTrees, dev: devTrees, tagTrainer: tagTrainer, predictedTags: predictedTags
        ) { report in
            print(String(
                format: "epoch %2d  train errors %.2f%%  dev UAS %.2f LAS %.2f", report.epoch,
                100 * report.trainErrorRate, report.dev.uas, report.dev.las))
        }
        if let accuracy = trainer.jackknifeAccuracy {
            print(String(format: "jackknifed tag accuracy: train %.2f, dev %.2f", accuracy.train, accuracy.dev))
        }
        try parser.write(to: URL(fileURLWithPath: output))
        print("kept epoch \(bestEpoch) of \(reports.count); wrote \(output)")
    }
}
