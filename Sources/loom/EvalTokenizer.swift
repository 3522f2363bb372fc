import ArgumentParser
import Foundation
import LoomLanguage

/// `loom eval tokenizer FILE.conllu`: token and sentence-split agreement with a treebank.
struct EvalTokenizer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Score the tokenizer and sentence splitter against a CoNLL-U treebank.")

    @Argument(help: "A CoNLL-U file with '# text' comments (e.g. en_ewt-ud-dev.conllu).")
    var file: String?

    @Option(help: "Score only sentences whose sent_id starts with this (e.g. 'weblog', 'email').")
    var idPrefix: String?

    @Option(help: "A plain text file to measure tokenizer speed on (tokens/s, one core).")
    var speed: String?

    @Option(help: "How many of the most frequent missed gold tokens to list.")
    var misses = 0

    @Option(help: "How many sentences whose tokens differ from the gold words to show.")
    var examples = 0

    @Option(help: "How many places where sentence boundaries differ to show (‖ gold only, ¦ Loom only).")
    var boundaries = 0

    func run() async throws {
        if let speed {
            guard let data = FileManager.default.contents(atPath: speed) else {
                throw ValidationError("cannot read text file '\(speed)'")
            }
            let result = TokenizerSpeed.measure(String(decoding: data, as: UTF8.self))
            print("speed: \(result.tokens) tokens, \(result.sentences) sentences")
            print(String(format: "  tokenize: %.3f CPU s, %.0f tokens/s", result.tokenizeSeconds, result.tokensPerSecond))
            print(String(format: "  sentences: %.3f CPU s, %.0f tokens/s", result.sentencesSeconds, result.sentenceTokensPerSecond))
        }
        guard let file else {
            if speed == nil { throw ValidationError("give a CoNLL-U file, or --speed TEXTFILE") }
            return
        }
        var sentences: [TreebankSentence]
        do { sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw ValidationError(error.description)
        }
        if let idPrefix { sentences = sentences.filter { $0.id?.hasPrefix(idPrefix) == true } }
        let report = TokenizerEvaluation.evaluate(sentences)
        print("sentences: \(sentences.count), documents: \(report.documents), skipped (words do not spell text): \(report.skippedSentences)")
        print(line("tokens", report.tokens))
        print(line("tokens, hyphen-normalized", report.hyphenNormalizedTokens))
        print(line("sentence split", report.sentences))
        for miss in report.frequentMisses.prefix(misses) { print("  missed \(miss.count)\t\(miss.text)") }
        for example in TokenizerEvaluation.disagreements(sentences, limit: examples) {
            print("\n\(example.text)\n  gold: \(example.missed.joined(separator: " | "))\n  loom: \(example.extra.joined(separator: " | "))")
        }
        for place in TokenizerEvaluation.sentenceDisagreements(sentences, limit: boundaries) { print(place) }
    }

    private func line(_ name: String, _ score: TokenizerReport.Score) -> String {
        func percent(_ value: Double) -> String { String(format: "%.2f", value * 100) }
        return "\(name): P \(percent(score.precision))  R \(percent(score.recall))  F1 \(percent(score.f1))"
            + "  (gold \(score.gold), predicted \(score.predicted), matched \(score.matched))"
    }
}
