import Testing
import LoomLanguage
@testable import LoomExtraction

/// Fields of the triples beyond their text: offsets, tokens, keys, negation, attribution, confidence.
@Suite struct ExtractorFieldTests {
    static let negated = sentence("""
        Alibaba NNP Alibaba 4 nsubj
        has VBZ have 4 aux
        not RB not 4 advmod
        earmarked VBN earmark 0 root
        funds NNS fund 4 obj
        . . . 4 punct
        """)

    @Test func phrasesCarryTokensHeadsAndOffsets() throws {
        let triple = try #require(Extractor().extract(from: Self.negated).first)
        #expect(triple.subject.tokens == [0] && triple.subject.head == 0)
        #expect(triple.subject.start == 0 && triple.subject.end == 7)
        #expect(triple.relation.tokens == [1, 2, 3] && triple.relation.head == 3)
        #expect(triple.relation.start == 8 && triple.relation.end == 25)
        #expect(triple.object.text == "funds" && triple.object.start == 26 && triple.object.end == 31)
        #expect(triple.relationKey == "have not earmark")
        #expect(triple.isNegated)
        #expect(triple.rule == "svo")
        #expect(triple.attributedTo == nil)
    }

    @Test func keyDropsAdverbsButKeepsNegation() throws {
        let triple = try #require(Extractor().extract(from: sentence("""
            Alibaba NNP Alibaba 5 nsubj
            has VBZ have 5 aux
            never RB never 5 advmod
            really RB really 5 advmod
            pledged VBN pledge 0 root
            funds NNS fund 5 obj
            """)).first)
        #expect(triple.relation.text == "has never really pledged")
        #expect(triple.relationKey == "have not pledge")
        #expect(triple.isNegated)
    }

    @Test func relationKeepsSourceSpacing() throws {
        var parse = sentence("""
            Alibaba NNP Alibaba 4 nsubj
            did VBD do 4 aux
            n't RB not 4 advmod
            invest VB invest 0 root
            funds NNS fund 4 obj
            """)
        parse.tokens[1].spaceAfter = false
        let triple = try #require(Extractor().extract(from: parse).first)
        #expect(triple.relation.text == "didn't invest")
        #expect(triple.relationKey == "do not invest")
    }

    @Test func passiveParticipleKeyUsesBe() throws {
        let triples = Extractor().extract(from: sentence("""
            the DT the 2 det
            company NN company 0 root
            co-founded VBN co-found 2 acl
            by IN by 6 case
            Jack NNP Jack 6 compound
            Ma NNP Ma 3 obl:agent
            """))
        let triple = try #require(triples.first)
        #expect(triple.relation.text == "was co-founded by")
        #expect(triple.relation.tokens == [2, 3])
        #expect(triple.relationKey == "be co-found by")
    }

    @Test func reportedStatementsAreMarked() {
        let triples = Extractor().extract(from: sentence("""
            Wu NNP Wu 2 nsubj
            said VBD say 0 root
            that IN that 6 mark
            Alibaba NNP Alibaba 6 nsubj
            will MD will 6 aux
            invest VB invest 2 ccomp
            380 CD 380 8 compound
            billion CD billion 9 nummod
            yuan NN yuan 6 obj
            . . . 2 punct
            """))
        #expect(readable(triples) == ["Wu ; said ; Alibaba will invest 380 billion yuan", "Alibaba ; will invest ; 380 billion yuan"])
        #expect(triples.map(\.rule) == ["attribution", "svo+reported"])
        #expect(triples[0].attributedTo == nil)
        #expect(triples[1].attributedTo?.text == "said")
        #expect(triples[1].confidence < Extractor().extract(from: Self.negated)[0].confidence)
    }

    @Test func trailingReporterAttributesTheMainClause() {
        let triples = Extractor().extract(from: sentence("""
            Executions NNS execution 4 nsubj
            are VBP be 4 cop
            proper JJ proper 4 amod
            retribution NN retribution 0 root
            , , , 8 punct
            Mr. NNP Mr. 7 nmod:desc
            Hatch NNP Hatch 8 nsubj
            argues VBZ argue 4 parataxis
            . . . 4 punct
            """))
        #expect(readable(triples) == ["Executions ; are ; proper retribution", "Mr. Hatch ; argues ; Executions are proper retribution"])
        #expect(triples.map(\.rule) == ["svc+reported", "attribution"])
        #expect(triples[0].attributedTo?.text == "argues")
        #expect(triples[1].attributedTo == nil)
    }

    @Test func relativeClauseObjectIsTheModifiedNoun() {
        let triples = Extractor().extract(from: sentence("""
            the DT the 2 det
            peace NN peace 3 compound
            process NN process 0 root
            , , , 7 punct
            which WDT which 7 obj
            Sharon NNP Sharon 7 nsubj
            opposed VBD oppose 3 acl:relcl
            """))
        #expect(readable(triples) == ["Sharon ; opposed ; the peace process"])
    }

    @Test func copulaConjunctsSplitAndVerbsWithoutComplementAreSkipped() {
        let triples = Extractor().extract(from: sentence("""
            Ma NNP Ma 4 nsubj
            is VBZ be 4 cop
            a DT a 4 det
            teacher NN teacher 0 root
            and CC and 7 cc
            a DT a 7 det
            founder NN founder 4 conj
            . . . 4 punct
            """))
        #expect(readable(triples) == ["Ma ; is ; a teacher", "Ma ; is ; a founder"])
        let intransitive = Extractor().extract(from: sentence("""
            Ma PRP Ma 2 nsubj
            retired VBD retire 0 root
            . . . 2 punct
            """))
        #expect(intransitive.isEmpty)
    }

    @Test func malformedTreesNeitherCrashNorHang() {
        let tokens = (0..<4).map { Token(text: "w\($0)", start: $0 * 3, end: $0 * 3 + 2) }
        let cyclic = AnalyzedSentence(
            tokens: tokens, tags: [.NNP, .VBD, .NN, .VB], lemmas: ["a", "b", "c", "d"], heads: [1, 2, 1, 99],
            labels: [.nsubj, .xcomp, .conj, .obj])
        _ = Extractor().extract(from: cyclic)
        let selfLoop = AnalyzedSentence(
            tokens: tokens, tags: [.NNP, .VBD, .NN, .NN], lemmas: ["a", "b", "c", "d"], heads: [1, 1, -1, 2],
            labels: [.nsubj, .root, .obj, .conj])
        _ = Extractor().extract(from: selfLoop)
    }

    @Test func documentsKeepTriplesWithTheirSentences() {
        var second = Self.negated
        second.index = 1
        let extractions = Extractor().extract(from: [Self.negated, second])
        #expect(extractions.count == 2)
        #expect(extractions[1].triples.first?.sentenceIndex == 1)
        #expect(extractions[1].sentence.index == 1)
    }

    @Test func emptyAndOneWordSentencesGiveNothing() {
        #expect(Extractor().extract(from: sentence("Hello UH hello 0 root")).isEmpty)
    }
}
