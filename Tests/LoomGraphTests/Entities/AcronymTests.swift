import Testing
@testable import LoomGraph

@Suite struct AcronymTests {
    @Test func parenthesizedAcronymSharesTheKey() throws {
        // `Alibaba pursues Artificial General Intelligence ( AGI ) .` then `Wu called AGI a goal .`
        let first = SentenceBuilder.sentence(
            "Alibaba/NNP/2/nsubj pursues/VBZ/0/root Artificial/NNP/5/compound General/NNP/5/compound Intelligence/NNP/2/obj (/-LRB-/7/punct AGI/NNP/5/appos )/-RRB-/7/punct ././2/punct")
        let (second, triple) = ClauseBuilder.clause("Wu/NNP/-", "called", "AGI/NNP/-", index: 1)
        let result = SentenceBuilder.resolve([
            (first, [SentenceBuilder.triple(first, "Alibaba", "pursues", "Artificial General Intelligence")]),
            (second, [triple]),
        ])
        #expect(result[0].object.key == "artificial general intelligence")
        #expect(result[1].object.key == "artificial general intelligence")
        #expect(result[1].object.name == "AGI")
    }

    @Test func orAcronymOnACommonPhrase() throws {
        // `Meta released a large language model , or LLM .` then `Developers tested the LLM .`
        let first = SentenceBuilder.sentence(
            "Meta/NNP/2/nsubj released/VBD/0/root a/DT/6/det large/JJ/6/amod language/NN/6/compound model/NN/2/obj ,/,/9/punct or/CC/9/cc LLM/NNP/6/conj ././2/punct")
        let (second, triple) = ClauseBuilder.clause("Developers/NNS/-", "tested", "the/DT/det LLM/NNP/-", index: 1)
        let result = SentenceBuilder.resolve([
            (first, [SentenceBuilder.triple(first, "Meta", "released", "a large language model")]),
            (second, [triple]),
        ])
        #expect(result[1].object.key == result[0].object.key)
        #expect(result[0].object.key == "~large language model")
    }

    @Test(arguments: [
        ("People 's Bank of China", "PBOC", true),
        ("Amazon Web Services", "AWS", true),
        ("Federal Energy Regulatory Commission", "FERC", true),
        ("Amazon Web Services", "FERC", false),
        ("large language model", "LLM", true),
    ])
    func initialsMatch(phrase: String, acronym: String, expected: Bool) {
        let words = phrase.split(separator: " ")
        var spec = words.enumerated().map { "\($0.element)/NNP/\(words.count)/compound" }
        spec[words.count - 1] = "\(words.last!)/NNP/0/root"
        spec += ["(/-LRB-/\(words.count + 2)/punct", "\(acronym)/NNP/\(words.count)/appos", ")/-RRB-/\(words.count + 2)/punct"]
        let sentence = SentenceBuilder.sentence(spec.joined(separator: " "))
        let found = Acronyms.defined(after: 0...(words.count - 1), in: sentence)
        #expect((found == acronym) == expected)
    }
}
