import Testing
@testable import LoomGraph

@Suite struct LineIndexTests {
    @Test func linesOfScalarOffsets() {
        let lines = LineIndex(text: "Title\n\nFirst é line.\nSecond")
        #expect(lines.line(atScalarOffset: 0) == 1)
        #expect(lines.line(atScalarOffset: 5) == 1)
        #expect(lines.line(atScalarOffset: 6) == 2)
        #expect(lines.line(atScalarOffset: 7) == 3)
        #expect(lines.line(atScalarOffset: 21) == 4)
        #expect(lines.line(atScalarOffset: 99) == 4)
    }

    @Test func contentHashTellsVersionsApart() {
        let a = DocumentRecord.contentHash(of: "Alibaba bought Lazada.")
        #expect(a == DocumentRecord.contentHash(of: "Alibaba bought Lazada."))
        #expect(a != DocumentRecord.contentHash(of: "Alibaba bought Lazada!"))
        #expect(DocumentRecord.contentHash(of: "") == "fnv1a64:cbf29ce484222325:0")
    }
}
