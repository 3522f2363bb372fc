import Testing
@testable import LoomLanguage

@Suite struct NounPhraseChunkerTests {
    /// A sentence as `word/TAG` pairs and its expected chunks written as bracketed text.
    static let cases: [(tagged: String, expected: [String])] = [
        ("Alibaba/NNP 's/POS Hong/NNP Kong/NNP shares/NNS rose/VBD 5/CD %/NN on/IN Tuesday/NNP ./.",
         ["Alibaba 's Hong Kong shares", "5 %", "Tuesday"]),
        ("The/DT company/NN earned/VBD $/$ 53/CD billion/CD last/JJ year/NN ./.",
         ["The company", "$ 53 billion", "last year"]),
        ("It/PRP spent/VBD 380/CD billion/CD yuan/NN on/IN cloud/NN computing/NN",
         ["It", "380 billion yuan", "cloud computing"]),
        ("Chief/NNP Executive/NNP Officer/NNP Eddie/NNP Wu/NNP said/VBD so/RB",
         ["Chief Executive Officer Eddie Wu"]),
        ("Chief/NN Executive/JJ Officer/NN Eddie/NNP Wu/NNP", ["Chief Executive Officer Eddie Wu"]),
        ("the/DT company/NN new/JJ plans/NNS", ["the company", "new plans"]),
        ("She/PRP bought/VBD apples/NNS and/CC pears/NNS", ["She", "apples", "pears"]),
        ("a/DT very/RB large/JJ state/NN -/HYPH owned/VBN bank/NN", ["a very large state - owned bank"]),
        ("all/PDT the/DT listed/VBN companies/NNS", ["all the listed companies"]),
        ("gave/VBD the/DT company/NN the/DT money/NN", ["the company", "the money"]),
        ("That/DT is/VBZ his/PRP$ new/JJ car/NN", ["That", "his new car"]),
        ("the/DT old/JJ and/CC the/DT new/JJ", []),
        ("on/IN Nov./NNP 25/CD ,/, 2026/CD", ["Nov. 25", "2026"]),
        ("very/RB quickly/RB ran/VBD", []),
    ]

    @Test(arguments: cases.indices)
    func chunks(index: Int) {
        let (tagged, expected) = Self.cases[index]
        var words: [String] = []
        var tags: [PennTag] = []
        for pair in tagged.split(separator: " ") {
            let parts = pair.split(separator: "/", omittingEmptySubsequences: false)
            words.append(parts.dropLast().joined(separator: "/"))
            tags.append(PennTag(name: String(parts.last!))!)
        }
        let ranges = NounPhraseChunker().chunks(words: words, tags: tags)
        #expect(ranges.map { words[$0].joined(separator: " ") } == expected)
    }

    @Test func mismatchedAndEmptyInputs() {
        let chunker = NounPhraseChunker()
        #expect(chunker.chunks(words: [], tags: []).isEmpty)
        #expect(chunker.chunks(words: ["shares", "rose"], tags: [.NNS]) == [0..<1])
        #expect(chunker.chunks(words: ["shares"], tags: [.NNS, .VBD]) == [0..<1])
    }
}
