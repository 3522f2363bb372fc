import LoomExtraction
import LoomLanguage
import Testing
@testable import LoomGraph

/// Random sentences, trees (including malformed ones) and triples: resolution never traps, keeps
/// input order and never invents triples.
@Suite struct RobustnessTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static let words = ["Alibaba", "Group", "Ltd.", "the", "company", "it", "he", "they", "Wu", "said", "$", "53",
                        "billion", "percent", "(", "AGI", ")", "'s", "which", "in", "Zürich", "apple", ",", "or", "."]

    @Test(arguments: 0..<40)
    func randomArticlesDoNotTrap(seed: Int) {
        var random = Generator(state: UInt64(seed) &+ 1)
        var article = [SentenceExtraction]()
        var inputTriples = 0
        for number in 0..<Int.random(in: 1...4, using: &random) {
            let count = Int.random(in: 0...12, using: &random)
            var tokens = [Token]()
            var position = 0
            for _ in 0..<count {
                let word = Self.words.randomElement(using: &random)!
                tokens.append(Token(text: word, start: position, end: position + word.unicodeScalars.count))
                position += word.unicodeScalars.count + 1
            }
            let tags = (0..<count).map { _ in PennTag.allCases.randomElement(using: &random)! }
            let labels = (0..<count).map { _ in DependencyLabel.allCases.randomElement(using: &random)! }
            // Heads may be out of range or cyclic on purpose.
            let heads = (0..<count).map { _ in Int32.random(in: -1...Int32(count + 1), using: &random) }
            let sentence = AnalyzedSentence(tokens: tokens, tags: tags, lemmas: tokens.map { $0.text.lowercased() },
                                            heads: heads, labels: labels, index: number)
            var triples = [Triple]()
            if count > 0 {
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    let phrase = {
                        let a = Int.random(in: 0..<count, using: &random)
                        let b = Int.random(in: a..<count, using: &random)
                        let head: Int? = Bool.random(using: &random) ? Int.random(in: -2...count + 2, using: &random) : nil
                        return Phrase(text: tokens[a...b].map(\.text).joined(separator: " "), tokens: Array(a...b),
                                      head: head, start: tokens[a].start, end: tokens[b].end)
                    }
                    triples.append(Triple(subject: phrase(), relation: phrase(), relationKey: "r", object: phrase(),
                                          confidence: 0.5, sentenceIndex: number, rule: "random"))
                }
            }
            inputTriples += triples.count
            article.append(SentenceExtraction(sentence: sentence, triples: triples))
        }
        let resolved = EntityResolver().resolve(article)
        #expect(resolved.count <= inputTriples)
        for mention in resolved.flatMap({ [$0.subject, $0.object] }) {
            #expect(!mention.key.isEmpty)
        }
    }
}

/// The resolver is used from concurrent tasks by the pipeline: it must not share mutable state.
@Suite struct ConcurrencyTests {
    @Test func concurrentResolutionGivesTheSameKeys() async {
        let clauses = [
            ("Alibaba/NNP/compound Group/NNP/compound Holding/NNP/compound Ltd./NNP/-", "pledged", "“/``/punct Zürich/NNP/-"),
            ("Chief/NNP/compound Executive/NNP/compound Eddie/NNP/compound Wu/NNP/-", "praised", "the/DT/det company/NN/-"),
            ("Wu/NNP/-", "thanked", "José/NNP/compound Álvarez/NNP/-"),
        ]
        let article = clauses.enumerated().map { number, clause in
            let (sentence, triple) = ClauseBuilder.clause(clause.0, clause.1, clause.2, index: number)
            return SentenceExtraction(sentence: sentence, triples: [triple])
        }
        let expected = EntityResolver().resolve(article).flatMap { [$0.subject.key, $0.object.key] }
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<16 {
                group.addTask {
                    var keys = [String]()
                    for _ in 0..<50 { keys = EntityResolver().resolve(article).flatMap { [$0.subject.key, $0.object.key] } }
                    return keys
                }
            }
            return await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(expected == ["alibaba", "zurich", "eddie wu", "alibaba", "eddie wu", "jose alvarez"])
        #expect(results.allSatisfy { $0 == expected })
    }
}
