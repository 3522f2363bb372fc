import Testing
import LoomLanguage
@testable import LoomExtraction

@Suite struct CaRBRunnerTests {
    static let parse = sentence("""
        Alibaba NNP Alibaba 2 nsubj
        pledged VBD pledge 0 root
        to TO to 4 mark
        invest VB invest 2 xcomp
        $ $ $ 4 obj
        53 CD 53 7 compound
        billion CD billion 5 nummod
        in IN in 9 case
        2025 CD 2025 4 obl
        . . . 2 punct
        """)

    @Test func tokensKeepTheLineExactly() {
        let tokens = CaRBRunner.tokens(of: "Pittsburgh 's `` $ 4.25 ''")
        #expect(tokens.map(\.text) == ["Pittsburgh", "'s", "``", "$", "4.25", "''"])
        #expect(tokens[1].start == 11 && tokens[1].end == 13)
    }

    @Test func writesRelationBeforeArgumentsAndScores() throws {
        let line = "Alibaba pledged to invest $ 53 billion in 2025 ."
        let parse = Self.parse
        let runner = CaRBRunner(analyze: { words in
            #expect(words.count == 10)
            return parse
        })
        let run = try runner.run(sentences: [line])
        #expect(run.sentences == 1 && run.extractions == 1)
        let fields = run.predictions.split(separator: "\n")[0].split(separator: "\t").map(String.init)
        #expect(fields[0] == line)
        #expect(Double(fields[1])! > 0 && Double(fields[1])! < 1)
        #expect(Array(fields[2...]) == ["pledged to invest", "Alibaba", "$ 53 billion", "in 2025"])
        let gold = try CaRBReader.parseGold("\(line)\tpledged to invest\tAlibaba\t$ 53 billion\tin 2025\n")
        let result = CaRBScorer.score(gold: gold, predictions: try CaRBReader.parsePredictions(run.predictions))
        #expect(result.f1 == 1)
    }

    @Test func constantConfidenceWritesOne() throws {
        let parse = Self.parse
        let runner = CaRBRunner(analyze: { _ in parse }, constantConfidence: true)
        let text = try runner.predictions(for: ["Alibaba pledged to invest $ 53 billion in 2025 ."])
        #expect(text.split(separator: "\t")[1] == "1.0000")
    }
}
