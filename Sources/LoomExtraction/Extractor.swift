import LoomLanguage

/// Rule-based open information extraction over a dependency parse (ClausIE-style clause types plus
/// noun-mediated relations), turning one analysed sentence into subject–relation–object triples.
///
/// Rules: verbal and copular clauses (`svo`, `svoa`, `sva`, `svc`, `svc-noun`, `svc-prep`,
/// `svo-clause`, `svo-shared`, `relcl`), appositions (`appos`, `place`: `Lyon , France` → is in),
/// titles (`title`) and possessives (`poss`). Conjoined subjects and objects are split; conjoined
/// verbs inherit the subject (and auxiliaries); the first preposition of an adverbial complement,
/// `to`-infinitives, particles and inner adverbs join the relation; participles that borrow a
/// subject read with `be` (`was co-founded by`). Clauses without a complement (`he retired`) and
/// existentials give nothing. Arguments are phrases: the head's subtree without relative clauses,
/// appositions, conjuncts and edge punctuation; pronouns stay pronouns.
///
/// Attribution: in `X said that Y` (or `Y , X said`), (X; said; Y) is emitted with rule
/// `attribution`; the statements inside Y are emitted too, but with ``Triple/attributedTo`` set to
/// the reporting verb's phrase, a rule suffixed `+reported` and a lower confidence, so that a
/// knowledge graph can keep them apart from the text's own facts (filter `attributedTo == nil`).
public struct Extractor: Sendable {
    public init() {}

    /// The triples of every sentence of a document, each kept with its sentence.
    public func extract(from sentences: [AnalyzedSentence]) -> [SentenceExtraction] {
        sentences.map { SentenceExtraction(sentence: $0, triples: extract(from: $0)) }
    }

    /// The triples of one sentence, in the order their rules found them (each carries its confidence).
    public func extract(from sentence: AnalyzedSentence) -> [Triple] {
        guard sentence.count > 1 else { return [] }
        let view = SentenceView(sentence)
        let builder = TripleBuilder(view: view)
        return statements(in: view).map(builder.triple)
    }

    /// Names of the confidence features, in the order of ``confidenceFeatures(of:)``'s vectors.
    public static var confidenceFeatureNames: [String] { ConfidenceFeatures.names }

    /// The confidence features of each triple ``extract(from:)`` returns for the sentence, in the
    /// same order (what `Scripts/fit_confidence.py` fits the confidence weights on).
    public func confidenceFeatures(of sentence: AnalyzedSentence) -> [[Double]] {
        guard sentence.count > 1 else { return [] }
        let view = SentenceView(sentence)
        return statements(in: view).map { ConfidenceFeatures($0, view: view).values }
    }

    /// The candidates every rule finds, deduplicated and without empty, overlapping or question-word arguments.
    private func statements(in view: SentenceView) -> [Candidate] {
        let clauses = ClauseRules(view: view)
        let nouns = NounRules(view: view, clauses: clauses)
        let attribution = Attribution(view: view)
        let reporters = attribution.reporters()
        var candidates: [Candidate] = []
        for i in 0..<view.count {
            if clauses.isPredicate(i), !attribution.isTrailingReporter(i), !attribution.isHungOnTrailingReporter(i) {
                for var candidate in clauses.candidates(for: i) {
                    if candidate.rule == "svo-clause" && attribution.isReporting(i) { candidate.rule = "attribution" }
                    if reporters[i] >= 0 { candidate.attributedTo = reporters[i] }
                    candidates.append(candidate)
                }
            }
            candidates += attribution.trailingCandidate(for: i, clauses: clauses)
            for var candidate in nouns.candidates(for: i) {
                if reporters[i] >= 0 { candidate.attributedTo = reporters[i] }
                candidates.append(candidate)
            }
        }
        var seen = Set<[Int]>()
        var kept: [Candidate] = []
        for candidate in candidates where !candidate.subject.tokens.isEmpty && !candidate.object.tokens.isEmpty {
            let signature = candidate.subject.tokens + [-1] + candidate.relation.map { $0.token ?? -2 } + [-1] + candidate.object.tokens
            guard seen.insert(signature).inserted else { continue }
            guard Set(candidate.subject.tokens).isDisjoint(with: candidate.object.tokens) else { continue }
            // A bare question word (`What is …`) states nothing.
            guard !isQuestionWord(candidate.subject, view), !isQuestionWord(candidate.object, view) else { continue }
            // An object wrapped around its own subject (`Net income attributable [to shareholders] was
            // 12.4 billion yuan` read with `shareholders` as subject) comes from a misparse; reported
            // speech split by its speaker (`The deal , he said , will close`) is the exception.
            guard candidate.rule == "attribution" || !surrounds(candidate.object, candidate.subject) else { continue }
            // Nor does an argument of articles and function words only (`the`, left over from a
            // misparse; a demonstrative such as `This` is a pronoun and stays).
            guard hasContent(candidate.subject, view), hasContent(candidate.object, view) else { continue }
            kept.append(candidate)
        }
        return kept
    }

    private func surrounds(_ outer: ArgumentSpan, _ inner: ArgumentSpan) -> Bool {
        guard let outerFirst = outer.tokens.min(), let outerLast = outer.tokens.max(),
              let innerFirst = inner.tokens.min(), let innerLast = inner.tokens.max() else { return false }
        return outerFirst < innerFirst && innerLast < outerLast
    }

    private func hasContent(_ span: ArgumentSpan, _ view: SentenceView) -> Bool {
        span.tokens.contains { token in
            let tag = view.tags[token]
            if tag == .DT { return !["the", "a", "an"].contains(view.lemmas[token]) }
            return !(tag.isPunctuation || [.IN, .CC, .TO, .POS].contains(tag))
        }
    }

    private func isQuestionWord(_ span: ArgumentSpan, _ view: SentenceView) -> Bool {
        span.tokens.count == 1 && [.WP, .WDT, .WRB, .WPS].contains(view.tags[span.head])
    }
}
