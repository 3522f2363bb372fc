import Foundation
import LoomLanguage

/// Hand-weighted logistic confidence over a few interpretable features (after ReVerb / OpenIE 4):
/// the rule, argument lengths, relation length, inherited subjects, light-verb relations, tag
/// evidence, reported speech and sentence length. The weights are set by hand (the rule priors
/// follow each rule's precision observed on CaRB dev), not fitted.
enum Confidence {
    /// Prior log-odds of a statement being right, by rule: clause rules with a preposition or a
    /// reporting verb are the most reliable, noun-mediated ones (titles, possessives) the least.
    static let ruleWeight: [String: Double] = [
        "attribution": 1.4, "svc-noun": 1.1, "svc-prep": 1.0, "sva": 0.9, "svoa": 0.75, "svo": 0.7, "svo-shared": -0.5, "svc": 0.55,
        "svo-clause": 0.3, "relcl": 0.25, "appos": -0.3, "place": 0, "title": -0.9, "poss": -1.3,
    ]
    static let lightVerbs: Set<String> = ["be", "have", "do", "make", "get", "take", "give", "go", "come", "use"]

    static func score(_ candidate: Candidate, view: SentenceView) -> Double {
        var z = ruleWeight[candidate.rule] ?? 0
        let subjectLength = candidate.subject.tokens.count
        let objectLength = candidate.object.tokens.count + candidate.extras.reduce(0) { $0 + $1.tokens.count }
        // Very long arguments are usually attachment errors.
        z -= 0.12 * Double(max(0, subjectLength - 8))
        z -= 0.05 * Double(max(0, objectLength - 18))
        // A more specific relation (auxiliaries, particle, preposition) is more often right.
        z += 0.15 * Double(min(3, candidate.relation.count - 1))
        if candidate.inheritedSubject { z -= 0.3 }
        if candidate.attributedTo != nil { z -= 0.8 }
        // A subject that is neither a noun phrase nor a pronoun (a clause, an adjective) is suspect.
        let subjectTag = view.tags[candidate.subject.head]
        if !(subjectTag.isNoun || subjectTag == .PRP || subjectTag == .CD) { z -= 0.4 }
        let content = candidate.relation.filter { $0.token.map { view.labels[$0] != .aux && view.labels[$0] != .auxPass } ?? true }
        if content.count == 1, lightVerbs.contains(content[0].lemma) { z -= 0.3 }
        // An apposition to a common noun is more often a list or an attachment error than a statement.
        if candidate.rule == "appos" && view.tags[candidate.subject.head].isCommonNoun { z -= 0.8 }
        // Tag evidence: a finite past verb is the clearest clause head, a gerund the least clear.
        if let verb = candidate.relation.last(where: { $0.token.map { view.tags[$0].isVerb && view.labels[$0] != .aux && view.labels[$0] != .auxPass } ?? false })?.token {
            if view.tags[verb] == .VBD { z += 0.2 }
            if view.tags[verb] == .VBG { z -= 0.3 }
        }
        // Long sentences are parsed worse.
        z -= 0.02 * Double(max(0, view.count - 20))
        return 1 / (1 + exp(-z))
    }
}
