import LoomExtraction
import LoomLanguage
@testable import LoomGraph

/// Builds hand-made analysed sentences for tests, so they do not depend on trained models.
///
/// Each token is written `word/TAG/head/label` with a 1-based head (0 = root), as in CoNLL-U; the
/// lemma is the lower-cased word with a plural `s` dropped for NNS and VBZ (forms of `be` → `be`). Tokens are separated by spaces;
/// spacing before punctuation is rebuilt as in print.
enum SentenceBuilder {
    static func sentence(_ spec: String, index: Int = 0, offset: Int = 0) -> AnalyzedSentence {
        let parts = spec.split(separator: " ").map { $0.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
        var tokens = [Token]()
        var tags = [PennTag]()
        var lemmas = [String]()
        var heads = [Int32]()
        var labels = [DependencyLabel]()
        var position = offset
        for (number, part) in parts.enumerated() {
            // A word may itself contain "/" (`A/S`): the last three fields are tag, head, label.
            let word = part.dropLast(3).joined(separator: "/")
            let (tag, head, label) = (part[part.count - 3], part[part.count - 2], part[part.count - 1])
            let next = number + 1 < parts.count ? parts[number + 1].dropLast(3).joined(separator: "/") : nil
            let noSpace = ["(", "$", "€", "£"].contains(word)
                || next.map { [".", ",", "'s", "’s", ")", ":", ";", "%", "'"].contains($0) } ?? true
            let length = word.unicodeScalars.count
            tokens.append(Token(text: word, start: position, end: position + length, spaceAfter: !noSpace))
            position += length + (noSpace ? 0 : 1)
            let parsedTag = PennTag(name: tag)!
            tags.append(parsedTag)
            var lemma = word.lowercased()
            if parsedTag == .NNS, lemma.hasSuffix("s") { lemma.removeLast() }
            if ["is", "are", "was", "were", "am", "been"].contains(lemma) { lemma = "be" }
            if parsedTag == .VBZ, lemma != "be", lemma.hasSuffix("s") { lemma.removeLast() }
            lemmas.append(lemma)
            heads.append(Int32(Int(head)! - 1))
            labels.append(DependencyLabel(name: label)!)
        }
        return AnalyzedSentence(tokens: tokens, tags: tags, lemmas: lemmas, heads: heads, labels: labels, index: index)
    }

    /// The phrase made of the tokens spelling `text` (the `occurrence`-th match, 0-based).
    static func phrase(_ text: String, in sentence: AnalyzedSentence, occurrence: Int = 0) -> Phrase {
        let words = text.split(separator: " ").map(String.init)
        var seen = 0
        for start in 0...(sentence.count - words.count) {
            guard (0..<words.count).allSatisfy({ sentence.tokens[start + $0].text == words[$0] }) else { continue }
            if seen < occurrence {
                seen += 1
                continue
            }
            let indices = Array(start..<(start + words.count))
            let members = Set(indices)
            let head = indices.first { !members.contains(Int(sentence.heads[$0])) }
            return Phrase(text: text, tokens: indices, head: head, start: sentence.tokens[start].start,
                          end: sentence.tokens[start + words.count - 1].end)
        }
        fatalError("phrase \(text) not in sentence \(sentence.text)")
    }

    /// A triple of the sentence whose parts spell the given texts.
    static func triple(_ sentence: AnalyzedSentence, _ subject: String, _ relation: String, _ object: String,
                       subjectOccurrence: Int = 0, objectOccurrence: Int = 0) -> Triple {
        Triple(subject: phrase(subject, in: sentence, occurrence: subjectOccurrence),
               relation: phrase(relation, in: sentence), relationKey: relation.lowercased(),
               object: phrase(object, in: sentence, occurrence: objectOccurrence), confidence: 0.9,
               sentenceIndex: sentence.index, rule: "test")
    }

    /// Resolves an article given as (sentence, triples) pairs.
    static func resolve(_ article: [(AnalyzedSentence, [Triple])], aliases: AliasOverrides = AliasOverrides())
        -> [ResolvedTriple] {
        EntityResolver(aliases: aliases).resolve(article.map { SentenceExtraction(sentence: $0.0, triples: $0.1) })
    }
}
