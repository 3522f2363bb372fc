import LoomLanguage

/// The language stage as one value: tokenizer, tagger, lemmatizer and parser, loaded once and shared
/// by every document (all parts are immutable value types, safe to use from many tasks at once).
public struct LanguagePipeline: Sendable {
    public let tokenizer: Tokenizer
    public let tagger: PartOfSpeechTagger
    public let lemmatizer: Lemmatizer
    public let parser: DependencyParser
    /// Sentences longer than this are cut into pieces of this many tokens before tagging and parsing,
    /// so that one run-on "sentence" (a table, a list without punctuation) cannot dominate a run.
    public let maxSentenceTokens: Int

    /// Loads the models shipped inside the package.
    public static func bundled(maxSentenceTokens: Int = 250) throws(ModelFileError) -> LanguagePipeline {
        LanguagePipeline(
            tokenizer: Tokenizer(), tagger: try PartOfSpeechTagger.bundled(), lemmatizer: try Lemmatizer.bundled(),
            parser: try DependencyParser.bundled(), maxSentenceTokens: maxSentenceTokens)
    }

    public init(
        tokenizer: Tokenizer, tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, parser: DependencyParser,
        maxSentenceTokens: Int = 250
    ) {
        self.tokenizer = tokenizer
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
        self.maxSentenceTokens = max(1, maxSentenceTokens)
    }

    /// Tokenizes, splits, tags, lemmatizes and parses a text. Sentence indices count from 0.
    public func analyze(_ text: String) -> [AnalyzedSentence] {
        var result: [AnalyzedSentence] = []
        for sentence in tokenizer.sentences(in: text) {
            var lower = 0
            let tokens = sentence.tokens
            while lower < tokens.count {
                let upper = min(tokens.count, lower + maxSentenceTokens)
                result.append(analyze(tokens: Array(tokens[lower..<upper]), index: result.count))
                lower = upper
            }
        }
        return result
    }

    /// Tags, lemmatizes and parses one sentence whose tokens are given (e.g. pre-tokenized input).
    public func analyze(tokens: [Token], index: Int) -> AnalyzedSentence {
        let words = tokens.map(\.text)
        let tags = self.tags(for: words)
        var lemmas: [String] = []
        lemmas.reserveCapacity(words.count)
        for position in words.indices { lemmas.append(lemmatizer.lemma(of: words[position], tag: tags[position])) }
        let tree = parser.parseWithMargins(words: words, tags: tags)
        return AnalyzedSentence(
            tokens: tokens, tags: tags, lemmas: lemmas, heads: tree.heads, labels: tree.labels, index: index,
            attachmentMargins: tree.margins)
    }

    /// The part-of-speech tags of a sentence: the trained tagger and its news repairs
    /// (``PartOfSpeechTagger/tagWithRepairs(_:)``).
    public func tags(for words: [String]) -> [PennTag] { tagger.tagWithRepairs(words) }

    /// Analyzes a line of space-separated tokens as one sentence, keeping the tokens exactly (the form
    /// of benchmark files such as CaRB's). Offsets refer to the line.
    public func analyze(pretokenizedLine line: String, index: Int = 0) -> AnalyzedSentence {
        var tokens: [Token] = []
        var offset = 0
        for piece in line.split(separator: " ", omittingEmptySubsequences: false) {
            let length = piece.unicodeScalars.count
            if length > 0 { tokens.append(Token(text: String(piece), start: offset, end: offset + length)) }
            offset += length + 1
        }
        return analyze(tokens: tokens, index: index)
    }
}
