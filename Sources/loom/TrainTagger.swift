import ArgumentParser
import Foundation
import LoomLanguage

/// `loom train tagger`: trains the part-of-speech tagger.
struct TrainTagger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the part-of-speech tagger (deterministic: same input, same model bytes).")

    @Option(help: "Training treebank (CoNLL-U with Penn tags in XPOS).") var train: String
    @Option(help: "Development treebank, scored after each epoch.") var dev: String?
    @Option(help: "Brill-format lexicon (word TAG per line).")
    var lexicon = "../shared/data/lexicons/brill-textblob/en-lexicon.txt"
    @Option(help: "Word clusters: gzip-compressed JSON object word → Brown-cluster path (spaCy's lexeme clusters).")
    var clusters = "../shared/data/lexicons/spacy-lookups-en/en_lexeme_cluster.nonzero.json.gz"
    @Option(help: "WordNet 3.0 dictionary folder (index.*, *.exc) for word-class features ('' to leave them out).")
    var wordnet = "../shared/data/lexicons/wordnet-3.0"
    @Option(help: "pattern's en-verbs.txt (verb forms) for word-class features ('' to leave them out).")
    var verbs = "../shared/data/lexicons/pattern-en-verbs/en-verbs.txt"
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "Training epochs.") var epochs = 8
    @Option(help: "Jackknife folds for the second pass's input (0 or 1: one-pass tagger).") var folds = 4
    @Option(help: "Minimum training count of a word for the tag dictionary.") var dictionaryMinCount = 20
    @Flag(help: "Run the second pass right to left (default: left to right).") var reverseSecondPass = false
    @Option(help: "Drop averaged weights smaller than this (smaller model).") var prune: Float = 0.05
    @Option(help: "Share (0–1) of non-dictionary words the second pass retags: the first pass's least certain ones (1: all).")
    var secondPassShare = 1.0

    func run() async throws {
        let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: train))
        let devSentences = try dev.map { path throws(CoNLLUError) in try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path)) } ?? []
        let lexiconText = try String(contentsOfFile: lexicon, encoding: .utf8)
        let clustersJSON = try GzipText.read(clusters)
        let wordClasses = try TaggerTrainer.wordClasses(
            wordnet: wordnet.isEmpty ? nil : URL(fileURLWithPath: wordnet), verbs: verbs.isEmpty ? nil : URL(fileURLWithPath: verbs))
        var trainer = TaggerTrainer(
            epochs: epochs, pruneThreshold: prune, folds: folds, reverseSecondPass: reverseSecondPass, dictionaryMinimumCount: dictionaryMinCount)
        trainer.secondPassShare = secondPassShare
        let tagger = trainer.train(
            sentences, lexiconText: lexiconText, clustersJSON: clustersJSON, wordClasses: wordClasses, dev: devSentences
        ) {
            epoch, trainAccuracy, devAccuracy in
            let devText = devAccuracy.map { String(format: "  dev %.2f%%", $0 * 100) } ?? ""
            print(String(format: "epoch %2d  train %.2f%%", epoch, trainAccuracy * 100) + devText)
        }
        let bytes = tagger.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("wrote \(output) (\(bytes.count) bytes)")
    }
}

/// Reads a gzip-compressed text file through the system's `gzip -dc`.
enum GzipText {
    static func read(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc \"$0\"", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("cannot decompress \(path) with gzip") }
        return String(decoding: data, as: UTF8.self)
    }
}
