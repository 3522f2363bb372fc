import Foundation
import LoomLanguage

/// Hand-weighted logistic confidence over a few interpretable features (after ReVerb / OpenIE 4):
/// the rule, argument lengths, pronoun and inherited subjects, light-verb relations, extra
/// arguments, reported speech and sentence length. The weights are set by hand, not fitted.
enum Confidence {
    static let ruleWeight: [String: Double] = [
        "svo": 1.3, "svoa": 1.0, "sva": 0.7, "svc": 0.9, "svc-prep": 0.7, "svc-noun": 0.5, "svo-clause": 0.2,
        "attribution": 0.6, "relcl": 0.4, "appos": 0.6, "title": 0.8, "poss": 0.1,
    ]
    static let lightVerbs: Set<String> = ["be", "have", "do", "make", "get", "take", "give", "go", "come", "use"]

    static func score(_ candidate: Candidate, view: SentenceView) -> Double {
        var z = ruleWeight[candidate.rule] ?? 0.3
        let subjectLength = candidate.subject.tokens.count
        let objectLength = candidate.object.tokens.count + candidate.extras.reduce(0) { $0 + $1.tokens.count }
        z -= 0.08 * Double(max(0, subjectLength - 5))
        z -= 0.06 * Double(max(0, objectLength - 8))
        z -= 0.25 * Double(candidate.extras.count)
        if candidate.inheritedSubject { z -= 0.4 }
        if candidate.attributedTo != nil { z -= 0.6 }
        if candidate.subject.tokens.count == 1 && view.tags[candidate.subject.head] == .PRP { z -= 0.15 }
        if candidate.subject.tokens.count == 1 && view.tags[candidate.subject.head].isNoun == false
            && view.tags[candidate.subject.head] != .PRP { z -= 0.3 }
        let content = candidate.relation.filter { $0.token.map { view.labels[$0] != .aux && view.labels[$0] != .auxPass } ?? true }
        if content.count == 1, lightVerbs.contains(content[0].lemma) { z -= 0.3 }
        if candidate.relation.count > 5 { z -= 0.3 }
        z -= 0.015 * Double(max(0, view.count - 25))
        return 1 / (1 + exp(-z))
    }
}
