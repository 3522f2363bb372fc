import LoomLanguage

extension CaRBRunner {
    /// A runner over Loom's bundled tagger, lemmatizer and parser: each line is one pre-tokenized
    /// sentence whose space-separated tokens are kept exactly.
    public static func bundled(constantConfidence: Bool = false, includeReported: Bool = true) throws(ModelFileError) -> CaRBRunner {
        let tagger = try PartOfSpeechTagger.bundled()
        let lemmatizer = try Lemmatizer.bundled()
        let parser = try DependencyParser.bundled()
        return CaRBRunner(analyze: { words in
            let tags = tagger.tagWithRepairs(words)
            let lemmas = words.indices.map { lemmatizer.lemma(of: words[$0], tag: tags[$0]) }
            let tree = parser.parseWithMargins(words: words, tags: tags)
            return AnalyzedSentence(
                tokens: CaRBRunner.tokens(of: words.joined(separator: " ")), tags: tags, lemmas: lemmas,
                heads: tree.heads, labels: tree.labels, attachmentMargins: tree.margins)
        }, constantConfidence: constantConfidence, includeReported: includeReported)
    }
}
