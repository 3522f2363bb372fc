import Testing
import LoomLanguage
@testable import LoomExtraction

/// The bundled parser followed by the extractor, on news sentences with hand-given tags and lemmas
/// (the tagger is another stage; these tests check that real parses reach the rules' constructions).
@Suite struct ExtractorEndToEndTests {
    static let parser = try? DependencyParser.bundled()

    /// `word/TAG/lemma` items separated by spaces.
    static func analyze(_ text: String) throws -> AnalyzedSentence {
        let parser = try #require(Self.parser)
        let items = text.split(separator: " ").map { $0.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
        let words = items.map { $0[0] }
        let tags = try items.map { try #require(PennTag(name: $0[1])) }
        let (heads, labels) = parser.parse(words: words, tags: tags)
        let tokens = CaRBRunner.tokens(of: words.joined(separator: " "))
        return AnalyzedSentence(tokens: tokens, tags: tags, lemmas: items.map { $0[2] }, heads: heads, labels: labels)
    }

    func triples(_ text: String) throws -> [String] {
        readable(Extractor().extract(from: try Self.analyze(text)))
    }

    @Test(.enabled(if: parser != nil, "needs the bundled parser model"))
    func infinitivalComplementAndMoney() throws {
        let result = try triples("Alibaba/NNP/Alibaba pledged/VBD/pledge to/TO/to invest/VB/invest 380/CD/380 billion/CD/billion yuan/NN/yuan in/IN/in AI/NNP/AI ./././")
        // Where `in AI` attaches (verb or noun) is the parser's call; the statement is the same.
        #expect(result.contains { $0.hasPrefix("Alibaba ; pledged to invest ; 380 billion yuan") })
    }

    @Test(.enabled(if: parser != nil, "needs the bundled parser model"))
    func coordinatedSubjects() throws {
        let result = try triples("Joe/NNP/Joe Tsai/NNP/Tsai and/CC/and Eddie/NNP/Eddie Wu/NNP/Wu took/VBD/take the/DT/the helm/NN/helm in/IN/in 2023/CD/2023 ./././")
        #expect(result.contains("Joe Tsai ; took ; the helm ; in 2023"))
        #expect(result.contains("Eddie Wu ; took ; the helm ; in 2023"))
    }

    @Test(.enabled(if: parser != nil, "needs the bundled parser model"))
    func passiveAndCopula() throws {
        let passive = try triples("The/DT/the company/NN/company was/VBD/be co-founded/VBN/co-found by/IN/by Jack/NNP/Jack Ma/NNP/Ma in/IN/in 1999/CD/1999 ./././")
        #expect(passive.contains { $0.hasPrefix("The company ; was co-founded by ; Jack Ma") })
        let copula = try triples("Wu/NNP/Wu is/VBZ/be CEO/NN/CEO of/IN/of Alibaba/NNP/Alibaba ./././")
        #expect(copula == ["Wu ; is CEO of ; Alibaba"])
    }

    @Test(.enabled(if: parser != nil, "needs the bundled parser model"))
    func reportedSpeech() throws {
        let extractor = Extractor()
        let sentence = try Self.analyze("Analysts/NNS/analyst said/VBD/say that/IN/that the/DT/the shares/NNS/share had/VBD/have risen/VBN/rise sharply/RB/sharply ./././")
        let triples = extractor.extract(from: sentence)
        let attribution = triples.first { $0.rule == "attribution" }
        #expect(attribution?.subject.text == "Analysts")
        #expect(attribution?.object.text == "the shares had risen sharply")
        #expect(triples.filter { $0.rule != "attribution" }.allSatisfy { $0.attributedTo?.text == "said" })
    }

    @Test(.enabled(if: parser != nil, "needs the bundled parser model"))
    func titlesAppositionsAndPossessives() throws {
        let title = try triples("President/NNP/President Eddie/NNP/Eddie Wu/NNP/Wu announced/VBD/announce the/DT/the plan/NN/plan ./././")
        #expect(title.contains("Eddie Wu ; is ; President"))
        #expect(title.contains("President Eddie Wu ; announced ; the plan"))
        let appos = try triples("Eddie/NNP/Eddie Wu/NNP/Wu ,/,/, the/DT/the chief/JJ/chief executive/NN/executive ,/,/, announced/VBD/announce the/DT/the plan/NN/plan ./././")
        #expect(appos.contains("Eddie Wu ; is ; the chief executive"))
        let possessive = try triples("Alibaba/NNP/Alibaba 's/POS/'s Hong/NNP/Hong Kong/NNP/Kong shares/NNS/share rose/VBD/rise 5/CD/5 %/NN/% ./././")
        #expect(possessive.contains("Alibaba ; had ; Hong Kong shares"))
    }
}
