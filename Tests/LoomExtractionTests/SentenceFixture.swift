import LoomLanguage
@testable import LoomExtraction

/// Builds an `AnalyzedSentence` from hand-written lines `FORM TAG LEMMA HEAD LABEL` (HEAD 1-based,
/// 0 for the root), so that rule tests do not depend on a trained tagger or parser.
func sentence(_ rows: String) -> AnalyzedSentence {
    var tokens: [Token] = [], tags: [PennTag] = [], lemmas: [String] = [], heads: [Int32] = [], labels: [DependencyLabel] = []
    var offset = 0
    for row in rows.split(separator: "\n") where !row.trimmingCharacters(in: .whitespaces).isEmpty {
        let f = row.split(separator: " ").map(String.init)
        precondition(f.count == 5, "bad fixture row: \(row)")
        tokens.append(Token(text: f[0], start: offset, end: offset + f[0].unicodeScalars.count))
        offset += f[0].unicodeScalars.count + 1
        tags.append(PennTag(name: f[1])!)
        lemmas.append(f[2])
        heads.append(Int32(f[3])! - 1)
        labels.append(DependencyLabel(name: f[4])!)
    }
    return AnalyzedSentence(tokens: tokens, tags: tags, lemmas: lemmas, heads: heads, labels: labels)
}

/// (subject; relation; object [; extras…]) as text, for compact expectations.
func readable(_ triples: [Triple]) -> [String] {
    triples.map { t in ([t.subject.text, t.relation.text, t.object.text] + t.extraArguments.map(\.text)).joined(separator: " ; ") }
}
