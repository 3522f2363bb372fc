import Testing
@testable import LoomLanguage

@Suite struct LemmatizerTests {
    static let lemmatizer = try! Lemmatizer.bundled()

    @Test(arguments: [
        ("was", PennTag.VBD, "be"), ("companies", .NNS, "company"), ("better", .JJR, "good"),
        ("pledged", .VBD, "pledge"), ("stopped", .VBD, "stop"), ("running", .VBG, "run"), ("mice", .NNS, "mouse"),
        ("rose", .VBD, "rise"), ("shares", .NNS, "share"), ("'s", .VBZ, "be"), ("n't", .RB, "not"),
        ("PM", .NN, "p.m."), ("a.m.", .NN, "a.m."), ("Sept.", .NNP, "September"), ("Oct", .NNP, "October"),
        ("May", .NNP, "May"), ("Palestinian", .JJ, "Palestinian"), ("Good", .JJ, "good"), ("Hotline", .NN, "hotline"),
        ("1970s", .NNS, "1970s"), ("Alibaba", .NNP, "Alibaba"), ("m", .VBP, "be"), ("'d", .VBD, "have"),
        ("'d", .MD, "would"), ("X", .NN, "X"), ("Companies", .NNS, "company"), ("species", .NNS, "species"), ("Regards", .NNS, "regards"),
        ("SOUTER", .NNP, "Souter"), ("NASA", .NNP, "NASA"), ("RFP", .NN, "rfp"), ("WORKERS", .NNS, "worker"),
        ("I", .PRP, "I"), ("Greater", .JJR, "great"), ("quickly", .RB, "quickly"),
    ])
    func lemma(form: String, tag: PennTag, expected: String) {
        #expect(Self.lemmatizer.lemma(of: form, tag: tag) == expected)
    }

    @Test func malformedDataIsRejected() {
        #expect(throws: ModelFileError.self) { try Lemmatizer(data: "nonsense line", name: "bad") }
        #expect(throws: ModelFileError.self) { try Lemmatizer(data: "", name: "empty") }
    }
}
