import Foundation

extension TaggerEvaluation {
    /// Tokens per second of the whole word-level pipeline on raw text, on one core: tokenizing each
    /// sentence's `# text =` line, tagging, lemmatizing and noun-phrase chunking the tokens. The
    /// median of `repeats` timed runs (after one untimed warm-up) over the sentences that have text.
    public static func rawTextPipelineSpeed(
        tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, tokenizer: Tokenizer = Tokenizer(),
        chunker: NounPhraseChunker = NounPhraseChunker(), on sentences: [TreebankSentence], repeats: Int = 5
    ) -> Double {
        let texts = sentences.compactMap(\.text)
        var tokens = 0
        var checksum = 0
        func run() {
            tokens = 0
            for text in texts {
                let words = tokenizer.tokenize(text).map(\.text)
                tokens += words.count
                let tags = tagger.tag(words)
                for index in words.indices { checksum &+= lemmatizer.lemma(of: words[index], tag: tags[index]).utf8.count }
                checksum &+= chunker.chunks(words: words, tags: tags).count
            }
        }
        run()
        let times = (0..<max(1, repeats)).map { _ in seconds(run) }.sorted()
        let median = times[times.count / 2]
        return checksum == 0 || median == 0 ? 0 : Double(tokens) / median
    }
}
