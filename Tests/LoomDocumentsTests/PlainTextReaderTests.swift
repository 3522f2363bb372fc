import Foundation
import Testing
@testable import LoomDocuments

@Suite struct PlainTextReaderTests {
    private func read(_ text: String) throws -> Article { try Fixture.read(bytes: Array(text.utf8), isHTML: false) }

    @Test func headlineBecomesTitleAndParagraphsAreJoined() throws {
        let article = try read("Council Approves Budget\r\n\r\nThe council met on Tuesday\r\nand approved the budget.\r\n\r\nSchools get more.\r\n")
        #expect(article.metadata.title == "Council Approves Budget")
        #expect(article.text == "Council Approves Budget\n\nThe council met on Tuesday and approved the budget.\n\nSchools get more.")
    }

    @Test func sentenceFirstLineIsNotATitle() throws {
        let article = try read("The council met on Tuesday.\nIt approved the budget.\n")
        #expect(article.metadata.title == nil)
        #expect(article.text == "The council met on Tuesday.\n\nIt approved the budget.")
    }

    @Test func markdownStyleHeadlines() throws {
        #expect(try read("# Budget Passes\n\nThe council voted.").metadata.title == "Budget Passes")
        let setext = try read("Budget Passes\n=============\n\nThe council voted.")
        #expect(setext.text == "Budget Passes\n\nThe council voted.")
    }

    @Test func listItemsStaySeparate() throws {
        let article = try read("Budget Items\n\nThe plan includes:\n- schools\n- roads\n1. parks\n")
        #expect(article.text == "Budget Items\n\nThe plan includes:\n\n- schools\n\n- roads\n\n1. parks")
    }

    @Test func byteOrderMarkIsStripped() throws {
        let article = try Fixture.read(bytes: [0xEF, 0xBB, 0xBF] + Array("Headline Here\n\nBody text.".utf8), isHTML: false)
        #expect(article.text == "Headline Here\n\nBody text.")
        #expect(article.metadata.title == "Headline Here")
    }

    @Test func invalidUTF8IsReplacedAndCounted() throws {
        let bytes = Array("naïve ".utf8) + [0xFF, 0x41] + Array(" café ".utf8) + [0xE2, 0x82] + Array(" end.".utf8)
        let article = try Fixture.read(bytes: bytes, isHTML: false)
        #expect(article.text == "naïve \u{FFFD}A café \u{FFFD} end.")
        #expect(article.warnings == ["invalid UTF-8 replaced with U+FFFD at 2 places"])
    }

    @Test func latin1TextFallsBackToWindows1252() throws {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me ".utf8) + [0x93, 0x51, 0x94] + Array(".".utf8)
        let article = try Fixture.read(bytes: bytes, isHTML: false)
        #expect(article.text == "Café crème \u{201C}Q\u{201D}.")
        #expect(article.warnings.contains { $0.contains("windows-1252") })
    }

    @Test func emptyWhitespaceAndBinaryAreErrors() throws {
        #expect(throws: DocumentError.empty(path: "fixture.txt")) { try Fixture.read(bytes: [], isHTML: false) }
        #expect(throws: DocumentError.empty(path: "fixture.txt")) { try read(" \n\r\n\t  ") }
        let withNuls = Array("abc".utf8) + [UInt8](repeating: 0, count: 20) + Array("def".utf8)
        #expect(throws: DocumentError.binary(path: "fixture.txt")) { try Fixture.read(bytes: withNuls, isHTML: false) }
        #expect(throws: DocumentError.binary(path: "fixture.txt")) { try Fixture.read(bytes: Array("%PDF-1.7 xx".utf8), isHTML: false) }
    }

    @Test func fileLevelErrors() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 2048).write(to: big)
        #expect(throws: DocumentError.tooLarge(path: big.path, size: 2048, limit: 1024)) {
            try DocumentReader(maxFileSize: 1024).read(big)
        }
        let sub = folder.appendingPathComponent("notes.txt")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        #expect(throws: DocumentError.notAFile(path: sub.path)) { try DocumentReader().read(sub) }
        let missing = folder.appendingPathComponent("missing.txt")
        #expect(throws: DocumentError.self) { try DocumentReader().read(missing) }
        let pdf = folder.appendingPathComponent("paper.pdf")
        #expect(throws: DocumentError.unsupportedType(path: pdf.path)) { try DocumentReader().read(pdf) }
        #expect(DocumentError.tooLarge(path: "a.txt", size: 200 << 20, limit: 100 << 20).description.contains("200 MiB"))
    }

    @Test func htmlContentInTxtFileIsSniffed() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("saved.txt")
        try Data(Fixture.page(head: "<title>Saved Page</title>", body: "<p>Body <b>text</b>.</p>").utf8).write(to: file)
        let article = try DocumentReader().read(file)
        #expect(article.text == "Saved Page\n\nBody text.")
        #expect(article.path == file.path)
    }
}
