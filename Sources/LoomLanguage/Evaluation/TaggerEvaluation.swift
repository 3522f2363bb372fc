import Foundation

/// Accuracy of a tagger on gold-tokenized treebank sentences.
public struct TaggerReport: Sendable {
    public var tokens = 0
    public var correct = 0
    public var unseenTokens = 0
    public var unseenCorrect = 0
    /// Seconds to tag every sentence once (the fastest of the timed repetitions).
    public var seconds = 0.0
    /// Error counts by (gold, predicted) tag pair.
    public var confusions: [PennTag: [PennTag: Int]] = [:]

    /// The most frequent errors, most frequent first: (gold, predicted, count).
    public func topConfusions(_ limit: Int) -> [(gold: PennTag, predicted: PennTag, count: Int)] {
        var all: [(gold: PennTag, predicted: PennTag, count: Int)] = []
        for (gold, row) in confusions { for (predicted, count) in row { all.append((gold, predicted, count)) } }
        all.sort { ($0.count, $1.gold.rawValue, $1.predicted.rawValue) > ($1.count, $0.gold.rawValue, $0.predicted.rawValue) }
        return Array(all.prefix(limit))
    }

    /// Share of tokens tagged correctly.
    public var accuracy: Double { tokens == 0 ? 0 : Double(correct) / Double(tokens) }
    /// Accuracy on tokens whose form was not in the training data.
    public var unseenAccuracy: Double { unseenTokens == 0 ? 0 : Double(unseenCorrect) / Double(unseenTokens) }
    /// Tagging speed (tag only, gold tokens).
    public var tokensPerSecond: Double { seconds == 0 ? 0 : Double(tokens) / seconds }
}

/// Scores a ``PartOfSpeechTagger`` against gold Penn tags.
public enum TaggerEvaluation {
    /// Tags every sentence, compares with the gold tags and times the tagging (`repeats` timed runs,
    /// the fastest counts).
    public static func evaluate(_ tagger: PartOfSpeechTagger, on sentences: [TreebankSentence], repeats: Int = 1) -> TaggerReport {
        var report = TaggerReport()
        var predicted: [[PennTag]] = []
        report.seconds = .infinity
        for _ in 0..<max(1, repeats) {
            var run: [[PennTag]] = []
            run.reserveCapacity(sentences.count)
            let seconds = Self.seconds { for sentence in sentences { run.append(tagger.tag(sentence.forms)) } }
            report.seconds = min(report.seconds, seconds)
            predicted = run
        }
        for (sentence, tags) in zip(sentences, predicted) {
            for index in sentence.forms.indices {
                let right = tags[index] == sentence.tags[index]
                report.tokens += 1
                if right { report.correct += 1 } else { report.confusions[sentence.tags[index], default: [:]][tags[index], default: 0] += 1 }
                if !tagger.wasSeenInTraining(sentence.forms[index]) {
                    report.unseenTokens += 1
                    if right { report.unseenCorrect += 1 }
                }
            }
        }
        return report
    }

    /// Tokens per second of tagging, lemmatizing and chunking gold-tokenized sentences on one core
    /// (the fastest of `repeats` runs over all sentences).
    public static func pipelineSpeed(
        tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, chunker: NounPhraseChunker = NounPhraseChunker(),
        on sentences: [TreebankSentence], repeats: Int = 5
    ) -> Double {
        let tokens = sentences.reduce(0) { $0 + $1.forms.count }
        var best = Double.infinity
        var checksum = 0
        for _ in 0..<max(1, repeats) {
            best = min(best, seconds {
                for sentence in sentences {
                    let words = sentence.forms
                    let tags = tagger.tag(words)
                    for index in words.indices { checksum &+= lemmatizer.lemma(of: words[index], tag: tags[index]).utf8.count }
                    checksum &+= chunker.chunks(words: words, tags: tags).count
                }
            })
        }
        return checksum == 0 || best == 0 ? 0 : Double(tokens) / best
    }

    static func seconds(_ work: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
