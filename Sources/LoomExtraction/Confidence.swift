import Foundation
import LoomLanguage

/// Logistic confidence over a few interpretable features of a statement (after ReVerb / OpenIE 4):
/// the rule, argument and relation lengths, where the clause sits in the sentence (main clause or
/// embedded), pronoun and inherited subjects, light-verb relations, tag evidence and reported speech.
///
/// The weights are fitted by `Scripts/fit_confidence.py` (L2-regularised logistic regression on
/// how well each extraction matches CaRB dev gold) from the features `loom eval openie --features
/// FILE` writes, in the order of ``ConfidenceFeatures/names``. With weights fitted without the
/// sentences they score (5 folds) CaRB dev AUC is 0.375 (0.357 when first fitted, 0.345 with the
/// earlier hand-set weights); precision falls from 0.89 down to recall 0.08 to 0.62 for all.
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
        values = v
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
