extension PartOfSpeechTagger {
    /// Tags a sentence for news text: the trained model, then ``ProperNounRepair``,
    /// ``CurrencyTagRepair``, ``IdiomTagRepair``, ``AgreementTagRepair`` and ``VerbTagRepair`` (what the pipeline and the CaRB
    /// runner use).
    public func tagWithRepairs(_ words: [String]) -> [PennTag] {
        let names = ProperNounRepair.apply(words: words, tags: tag(words), tagger: self)
        let idioms = IdiomTagRepair.apply(words: words, tags: CurrencyTagRepair.apply(words: words, tags: names))
        let agreement = AgreementTagRepair.apply(words: words, tags: idioms, tagger: self)
        return VerbTagRepair.apply(words: words, tags: agreement, tagger: self)
    }
}
