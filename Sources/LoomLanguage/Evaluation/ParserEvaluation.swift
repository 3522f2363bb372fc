import Foundation

/// Attachment scores of a parser on a treebank.
///
/// `las` follows the CoNLL 2018 shared task: every word counts (punctuation included) and only the
/// universal part of labels is compared; `lasFull` compares full labels with subtypes. The
/// `…NoPunct` figures leave out words whose gold tag is punctuation.
public struct ParserScores: Sendable, CustomStringConvertible {
    public var sentences = 0
    public var words = 0
    public var uas = 0.0
    public var las = 0.0
    public var lasFull = 0.0
    public var uasNoPunct = 0.0
    public var lasNoPunct = 0.0
    /// Share of words whose full label is right, whatever their head.
    public var labelAccuracy = 0.0
    /// Words per second of the parser alone (tags given), measured in thread CPU time (per core).
    public var parseWordsPerSecond = 0.0
    /// Words per second of tagging plus parsing, when a tagger was used.
    public var tagParseWordsPerSecond: Double?
    /// Tagging accuracy, when a tagger was used.
    public var tagAccuracy: Double?

    public var description: String {
        var lines = [
            "sentences \(sentences), words \(words)",
            String(format: "UAS %.2f  LAS %.2f (CoNLL 2018: punctuation included, universal labels)", uas, las),
            String(format: "LAS with subtypes %.2f", lasFull),
            String(format: "without punctuation: UAS %.2f  LAS %.2f", uasNoPunct, lasNoPunct),
            String(format: "label accuracy %.2f", labelAccuracy),
            String(format: "parse only: %.0f words/s", parseWordsPerSecond),
        ]
        if let tagAccuracy { lines.append(String(format: "tag accuracy %.2f", tagAccuracy)) }
        if let rate = tagParseWordsPerSecond { lines.append(String(format: "tag + parse: %.0f words/s", rate)) }
        return lines.joined(separator: "\n")
    }
}

/// CPU time of the calling thread, so that speeds are per core even on a busy machine.
private func threadNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Scores a ``DependencyParser`` against gold trees.
public enum ParserEvaluation {
    /// Parses every sentence and compares with its gold tree.
    ///
    /// - Parameters:
    ///   - tagger: when given, the parser reads the tags it predicts (timed together with the
    ///     parser); otherwise it reads the gold tags.
    ///   - repetitions: how many times to parse the whole set for timing (steadier speeds).
    public static func evaluate(
        _ parser: DependencyParser, on sentences: [TreebankSentence], tagger: (([String]) -> [PennTag])? = nil,
        repetitions: Int = 1
    ) -> ParserScores {
        var tags = sentences.map(\.tags)
        var tagSeconds = 0.0
        var tagHits = 0
        if let tagger {
            // Tagged as often as parsed, so that both speeds are steady-state figures (the first
            // pass also pays for first touches of the tagger's tables).
            let start = threadNanoseconds()
            for _ in 0..<max(repetitions, 1) { tags = sentences.map { tagger($0.forms) } }
            tagSeconds = Double(threadNanoseconds() - start) / 1e9 / Double(max(repetitions, 1))
            for (sentence, predicted) in zip(sentences, tags) {
                tagHits += zip(sentence.tags, predicted).filter { $0 == $1 }.count
            }
        }
        let start = threadNanoseconds()
        var parses: [(heads: [Int32], labels: [DependencyLabel])] = []
        for _ in 0..<max(repetitions, 1) {
            parses.removeAll(keepingCapacity: true)
            parses.reserveCapacity(sentences.count)
            for (sentence, sentenceTags) in zip(sentences, tags) {
                parses.append(parser.parse(words: sentence.forms, tags: sentenceTags))
            }
        }
        let parseSeconds = Double(threadNanoseconds() - start) / 1e9 / Double(max(repetitions, 1))
        var scores = score(parses, against: sentences)
        scores.parseWordsPerSecond = Double(scores.words) / max(parseSeconds, 1e-9)
        if tagger != nil {
            scores.tagParseWordsPerSecond = Double(scores.words) / max(parseSeconds + tagSeconds, 1e-9)
            scores.tagAccuracy = 100 * Double(tagHits) / Double(max(scores.words, 1))
        }
        return scores
    }

    /// Compares parses with gold trees (speeds are left at zero).
    public static func score(
        _ parses: [(heads: [Int32], labels: [DependencyLabel])], against sentences: [TreebankSentence]
    ) -> ParserScores {
        var words = 0, headHits = 0, labelled = 0, labelledFull = 0, labelHits = 0
        var content = 0, contentHeads = 0, contentLabelled = 0
        for (parse, gold) in zip(parses, sentences) {
            for index in 0..<gold.count {
                let headRight = parse.heads[index] == gold.heads[index]
                let labelRight = parse.labels[index].universal == gold.labels[index].universal
                let fullRight = parse.labels[index] == gold.labels[index]
                words += 1
                if headRight { headHits += 1 }
                if headRight && labelRight { labelled += 1 }
                if headRight && fullRight { labelledFull += 1 }
                if fullRight { labelHits += 1 }
                if !gold.tags[index].isPunctuation {
                    content += 1
                    if headRight { contentHeads += 1 }
                    if headRight && labelRight { contentLabelled += 1 }
                }
            }
        }
        func percent(_ part: Int, _ whole: Int) -> Double { 100 * Double(part) / Double(max(whole, 1)) }
        var scores = ParserScores()
        scores.sentences = sentences.count
        scores.words = words
        scores.uas = percent(headHits, words)
        scores.las = percent(labelled, words)
        scores.lasFull = percent(labelledFull, words)
        scores.labelAccuracy = percent(labelHits, words)
        scores.uasNoPunct = percent(contentHeads, content)
        scores.lasNoPunct = percent(contentLabelled, content)
        return scores
    }
}

extension ParserEvaluation {
    /// A tagging function backed by the parser's own small training tagger (see
    /// ``ParserTrainingOptions/jackknifeFolds``), trained here on `sentences`: a stand-in for
    /// measuring the parser behind predicted tags when no product tagger is at hand.
    public static func trainingTagger(on sentences: [TreebankSentence]) -> @Sendable ([String]) -> [PennTag] {
        JackknifeTagger.trainer(sentences)
    }

    /// The bundled part-of-speech tagger (``PartOfSpeechTagger``) as a tagging function, with the
    /// news-text repairs (``PartOfSpeechTagger/tagWithRepairs(_:)``) when asked.
    public static func bundledTagger(withNewsRepairs: Bool = false) throws -> (@Sendable ([String]) -> [PennTag])? {
        let tagger = try PartOfSpeechTagger.bundled()
        if withNewsRepairs { return { words in tagger.tagWithRepairs(words) } }
        return { words in tagger.tag(words) }
    }
}
