import LoomLanguage

extension AnalyzedSentence {
    /// An analysed sentence from a treebank sentence's gold tags, lemmas and tree (to develop and
    /// test rules independently of the tagger and parser). Offsets count from the sentence start.
    public init(treebank sentence: TreebankSentence, index: Int = 0) {
        var tokens: [Token] = []
        var offset = 0
        for (i, form) in sentence.forms.enumerated() {
            let length = form.unicodeScalars.count
            let space = i < sentence.spaceAfter.count ? sentence.spaceAfter[i] : true
            tokens.append(Token(text: form, start: offset, end: offset + length, spaceAfter: space))
            offset += length + (space ? 1 : 0)
        }
        self.init(tokens: tokens, tags: sentence.tags, lemmas: sentence.lemmas, heads: sentence.heads, labels: sentence.labels, index: index)
    }
}
