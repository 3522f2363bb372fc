/// Scores ``Tokenizer`` against a treebank (e.g. UD English EWT).
///
/// Tokens: each sentence's `# text` is tokenized on its own; gold words are placed on that text by
/// spelling them out over its non-space characters (multiword tokens are represented by their words,
/// `do` `n't`), and a Loom token counts as correct when its span equals a gold word's span.
/// EWT splits hyphenated compounds (`e - commerce`) where Loom keeps them whole on purpose, so a second
/// score joins gold `X HYPH Y` sequences written without spaces into one unit first.
///
/// Sentences: per document (`# newdoc`), the sentence texts are joined with a space, or a newline where
/// `# newpar` starts a paragraph; Loom splits that text and a sentence counts when its span matches.
public enum TokenizerEvaluation {
    /// Evaluates the tokenizer on treebank sentences.
    ///
    /// - Parameter sentences: Sentences with `text`, in file order (document starts marked).
    /// - Returns: Token and sentence scores.
    public static func evaluate(_ sentences: [TreebankSentence]) -> TokenizerReport {
        let tokenizer = Tokenizer()
        var report = TokenizerReport()
        var misses: [String: Int] = [:]
        for sentence in sentences {
            guard let text = sentence.text,
                let gold = GoldSpans(sentence: sentence, text: text)
            else {
                report.skippedSentences += 1
                continue
            }
            let predicted = tokenizer.tokenize(text).map { Span($0.start, $0.end) }
            report.tokens += score(gold: gold.words, predicted: predicted)
            let normalized = gold.hyphenNormalized(sentence)
            report.hyphenNormalizedTokens += score(gold: normalized, predicted: predicted)
            let predictedSet = Set(predicted)
            let scalars = Array(text.unicodeScalars)
            for span in normalized where !predictedSet.contains(span) {
                misses[String(String.UnicodeScalarView(scalars[span.start..<span.end])), default: 0] += 1
            }
        }
        report.frequentMisses = misses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(30).map { TokenizerReport.Miss(text: $0.key, count: $0.value) }
        for document in documents(sentences) {
            report.documents += 1
            let predicted = tokenizer.sentences(in: document.text).map { Span($0.start, $0.end) }
            report.sentences += score(gold: document.sentences, predicted: predicted)
        }
        return report
    }

    /// Counts exact span matches.
    static func score(gold: [Span], predicted: [Span]) -> TokenizerReport.Score {
        let goldSet = Set(gold)
        let matched = predicted.reduce(0) { $0 + (goldSet.contains($1) ? 1 : 0) }
        return TokenizerReport.Score(gold: gold.count, predicted: predicted.count, matched: matched)
    }

    /// Documents rebuilt from their sentences, with each sentence's span in the document text.
    static func documents(_ sentences: [TreebankSentence]) -> [(text: String, sentences: [Span])] {
        var result: [(text: String, sentences: [Span])] = []
        var text = ""
        var length = 0
        var spans: [Span] = []
        for sentence in sentences {
            guard let raw = sentence.text else { continue }
            if sentence.startsDocument, !spans.isEmpty {
                result.append((text, spans))
                text = ""
                length = 0
                spans = []
            }
            if !spans.isEmpty {
                text += sentence.startsParagraph ? "\n" : " "
                length += 1
            }
            let scalars = Array(raw.unicodeScalars)
            let first = scalars.firstIndex { !$0.properties.isWhitespace } ?? 0
            let last = (scalars.lastIndex { !$0.properties.isWhitespace } ?? -1) + 1
            if last > first { spans.append(Span(length + first, length + last)) }
            text += raw
            length += scalars.count
        }
        if !spans.isEmpty { result.append((text, spans)) }
        return result
    }
}

/// A half-open range of scalar offsets.
struct Span: Hashable, Sendable {
    var start: Int
    var end: Int
    init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
}
