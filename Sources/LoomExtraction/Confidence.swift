import Foundation
import LoomLanguage

/// Logistic confidence over a few interpretable features of a statement (after ReVerb / OpenIE 4):
/// the rule, argument and relation lengths, where the clause sits in the sentence (main clause or
/// embedded), pronoun and inherited subjects, light-verb relations, tag evidence, reported speech,
/// and how sure the parser was of the words' attachments (``AnalyzedSentence/attachmentMargins``).
///
/// The weights are fitted by `Scripts/fit_confidence.py` (L2-regularised logistic regression on
/// how well each extraction matches CaRB dev gold: pair precision × (1 + pair recall) / 2) from the
/// features `loom eval openie --features FILE` writes, in the order of ``ConfidenceFeatures/names``.
/// CaRB dev AUC 0.387; with weights fitted without the sentences they score (5 folds) 0.381 (0.375
/// before the parser margins and the recall term, 0.345 with the earlier hand-set weights).
enum Confidence {
    static func score(_ candidate: Candidate, view: SentenceView) -> Double {
        let features = ConfidenceFeatures(candidate, view: view).values
        var z = ConfidenceWeights.bias
        for (value, weight) in zip(features, ConfidenceWeights.weights) { z += value * weight }
        return 1 / (1 + exp(-z))
    }
}

/// The feature vector of one candidate statement; every value is 0/1 or a small count.
struct ConfidenceFeatures {
    static let rules = [
        "attribution", "svc-noun", "svc-prep", "sva", "svoa", "svo", "svo-shared", "svc", "svo-clause",
        "relcl", "appos", "place", "title", "poss",
    ]
    static let lightVerbs: Set<String> = ["be", "have", "do", "make", "get", "take", "give", "go", "come", "use"]

    /// Names of ``values``, in order.
    static let names: [String] = rules.map { "rule=\($0)" } + [
        "subject words over 4", "object words over 8", "relation words", "extra arguments",
        "inherited subject", "reported", "subject not nominal", "subject pronoun", "object pronoun",
        "light verb only", "appos to common noun", "past-tense verb", "gerund verb", "negated",
        "sentence words over 20", "clause embedded", "clause depth", "clause in adverbial",
        "clause conjoined", "quote in sentence", "added relation word", "object has verb",
        "subject is a later conjunct", "object is a later conjunct", "object has a date or number",
        "parser margin at heads", "parser margin in arguments", "repaired attachments",
    ]

    let values: [Double]

    init(_ c: Candidate, view: SentenceView) {
        var v = Self.rules.map { c.rule == $0 ? 1.0 : 0.0 }
        let subjectLength = c.subject.tokens.count
        let objectLength = c.object.tokens.count + c.extras.reduce(0) { $0 + $1.tokens.count }
        v.append(Double(max(0, subjectLength - 4)) / 4)
        v.append(Double(max(0, objectLength - 8)) / 8)
        v.append(Double(min(4, c.relation.count)))
        v.append(Double(min(3, c.extras.count)))
        v.append(c.inheritedSubject ? 1 : 0)
        v.append(c.attributedTo != nil ? 1 : 0)
        let subjectTag = view.tags[c.subject.head]
        v.append(subjectTag.isNoun || subjectTag == .PRP || subjectTag == .CD ? 0 : 1)
        v.append(view.isPronoun(c.subject.head) ? 1 : 0)
        v.append(c.object.tokens.count == 1 && view.isPronoun(c.object.head) ? 1 : 0)
        let isMainVerb: (Int) -> Bool = { view.labels[$0] != .aux && view.labels[$0] != .auxPass }
        let content = c.relation.filter { $0.token.map(isMainVerb) ?? true }
        v.append(content.count == 1 && Self.lightVerbs.contains(content[0].lemma) ? 1 : 0)
        v.append(c.rule == "appos" && view.tags[c.subject.head].isCommonNoun ? 1 : 0)
        let verb = c.relation.last { $0.token.map { view.tags[$0].isVerb && isMainVerb($0) } ?? false }?.token
        v.append(verb.map { view.tags[$0] == .VBD ? 1 : 0 } ?? 0)
        v.append(verb.map { view.tags[$0] == .VBG ? 1 : 0 } ?? 0)
        v.append(c.negated ? 1 : 0)
        v.append(Double(max(0, view.count - 20)) / 10)
        let clause = Self.clauseHead(of: c, view: view)
        let depth = Self.depth(of: clause, view: view)
        v.append(depth > 0 ? 1 : 0)
        v.append(Double(min(4, depth)))
        v.append(Self.hasAncestor(clause, labelled: [.advcl, .advclRelcl], view: view) ? 1 : 0)
        v.append(view.labels[clause] == .conj ? 1 : 0)
        v.append(view.hasQuote ? 1 : 0)
        v.append(Double(c.relation.filter { $0.token == nil }.count))
        v.append(c.object.tokens.contains { view.tags[$0].isVerb } ? 1 : 0)
        v.append(view.labels[c.subject.head] == .conj ? 1 : 0)
        v.append(view.labels[c.object.head] == .conj ? 1 : 0)
        v.append((c.object.tokens + c.extras.flatMap(\.tokens)).contains { view.tags[$0] == .CD } ? 1 : 0)
        v += Self.parserCertainty(of: c, view: view)
        values = v
    }

    /// How sure the parser was of the statement's tree (0s when the sentence has no margins): the
    /// smallest attachment margin among the relation's words and the arguments' heads, the smallest
    /// among all its words (both as log(1 + margin), margins capped at 60), and how many of its words
    /// ``ParseRepair`` re-attached.
    static func parserCertainty(of c: Candidate, view: SentenceView) -> [Double] {
        let margins = view.sentence.attachmentMargins
        guard !margins.isEmpty else { return [0, 0, 0] }
        let heads = c.relation.compactMap(\.token) + [c.subject.head, c.object.head] + c.extras.map(\.head)
        let words = Set(heads + c.subject.tokens + c.object.tokens + c.extras.flatMap(\.tokens))
        func certainty(_ tokens: some Sequence<Int>) -> Double {
            Double(log1p(min(tokens.map { margins[$0] }.min() ?? 0, 60)))
        }
        return [certainty(heads), certainty(words), Double(words.filter { margins[$0] == 0 }.count)]
    }

    /// The token the statement hangs from: the relation's last sentence token, else the object's head.
    static func clauseHead(of c: Candidate, view: SentenceView) -> Int {
        c.relation.last { $0.token != nil }?.token ?? c.object.head
    }

    /// Clause-level ancestors between a token and the root (bounded: a malformed tree cannot loop).
    static func depth(of token: Int, view: SentenceView) -> Int {
        var depth = 0, node = token, steps = 0
        while view.heads[node] >= 0, steps < view.count {
            if [.ccomp, .xcomp, .advcl, .advclRelcl, .aclRelcl, .acl, .csubj, .parataxis].contains(view.labels[node]) { depth += 1 }
            node = view.heads[node]
            steps += 1
        }
        return depth
    }

    static func hasAncestor(_ token: Int, labelled wanted: Set<DependencyLabel>, view: SentenceView) -> Bool {
        var node = token, steps = 0
        while node >= 0, steps <= view.count {
            if wanted.contains(view.labels[node]) { return true }
            node = view.heads[node]
            steps += 1
        }
        return false
    }
}
