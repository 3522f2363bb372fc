import ArgumentParser
import Foundation
import LoomLanguage

/// `loom eval tagger`: accuracy and speed of the part-of-speech tagger on gold tokens.
struct EvalTagger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Score the part-of-speech tagger on a CoNLL-U treebank (Penn tags, gold tokenization).")

    @Argument(help: "Gold treebank (CoNLL-U).") var file: String
    @Option(help: "Tagger model (default: the bundled one).") var model: String?
    @Option(help: "Timed runs over the file (the fastest counts).") var repeats = 5
    @Flag(help: "Also time tagging + lemmatizing + noun-phrase chunking together.") var pipeline = false
    @Option(help: "Write form, gold tag, predicted tag and whether the form was seen in training, one token a line.") var predictions: String?
    @Flag(help: "Also score the tags after the news-text repairs the pipeline applies, and count what they change.")
    var newsRepairs = false

    func run() async throws {
        let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: file))
        let clock = ContinuousClock()
        let start = clock.now
        let tagger: PartOfSpeechTagger
        if let model {
            tagger = try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: model))
        } else {
            tagger = try PartOfSpeechTagger.bundled()
        }
        let loadTime = clock.now - start
        let report = TaggerEvaluation.evaluate(tagger, on: sentences, repeats: repeats)
        print(String(format: "tokens          %d", report.tokens))
        print(String(format: "accuracy        %.2f%%", report.accuracy * 100))
        print(String(format: "unseen words    %.2f%% of %d", report.unseenAccuracy * 100, report.unseenTokens))
        for error in report.topConfusions(12) { print("  gold \(error.gold) → \(error.predicted): \(error.count)") }
        print(String(format: "speed           %.0f tokens/s (tagging only, one core)", report.tokensPerSecond))
        let milliseconds = Double(loadTime.components.seconds) * 1000 + Double(loadTime.components.attoseconds) / 1e15
        print(String(format: "model load      %.1f ms", milliseconds))
        if let predictions {
            var text = ""
            for sentence in sentences {
                for (index, tag) in tagger.tag(sentence.forms).enumerated() {
                    let form = sentence.forms[index]
                    text += "\(form)\t\(sentence.tags[index])\t\(tag)\t\(tagger.wasSeenInTraining(form) ? "seen" : "unseen")\n"
                }
                text += "\n"
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: predictions))
        }
        if newsRepairs {
            print(TaggerEvaluation.repairEffect(tagger, on: sentences))
        }
        if pipeline {
            let speed = TaggerEvaluation.pipelineSpeed(tagger: tagger, lemmatizer: try Lemmatizer.bundled(), on: sentences, repeats: repeats)
            print(String(format: "tag+lemma+chunk %.0f tokens/s (gold tokens, one core)", speed))
            let raw = TaggerEvaluation.rawTextPipelineSpeed(tagger: tagger, lemmatizer: try Lemmatizer.bundled(), on: sentences, repeats: repeats)
            print(String(format: "tokenize+tag+lemma+chunk %.0f tokens/s (raw sentence text, one core, median)", raw))
        }
    }
}
