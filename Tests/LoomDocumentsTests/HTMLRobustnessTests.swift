import Foundation
import Testing
@testable import LoomDocuments

@Suite struct HTMLRobustnessTests {
    @Test func deepNestingKeepsText() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep text, kept after many levels, ends here.</p>" + String(repeating: "</div>", count: depth)
            + "</body></html>"
        let article = try Fixture.read(html)
        #expect(article.text.contains("Deep text, kept after many levels, ends here."))
    }

    @Test func fiftyMegabytePageIsBounded() throws {
        let chunk = "<div class=\"story\"><p>The council met again on Tuesday, and after a long debate, it approved "
            + "the budget for schools, roads and parks.</p><a href=\"/x\">link</a></div>\n"
        let count = 50 * 1024 * 1024 / chunk.utf8.count + 1
        var bytes: [UInt8] = Array("<html><head><title>Big page</title></head><body>".utf8)
        bytes.reserveCapacity(count * chunk.utf8.count + 64)
        for _ in 0 ..< count { bytes.append(contentsOf: chunk.utf8) }
        bytes.append(contentsOf: "</body></html>".utf8)
        #expect(bytes.count > 50 * 1024 * 1024)
        let clock = ContinuousClock()
        let start = clock.now
        let article = try DocumentReader().read(data: bytes, path: "big.html", isHTML: true)
        let elapsed = clock.now - start
        #expect(article.text.contains("approved the budget"))
        #expect(elapsed < .seconds(120))
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        // Peak resident memory (KiB on Linux): the page, libxml2's tree and the flat copy stay well under 4 GiB.
        #expect(usage.ru_maxrss < 4 * 1024 * 1024)
    }

    @Test func unclosedTagsKeepAllText() throws {
        let html = "<html><body><div><p>First paragraph, never closed <p>Second <b>bold <i>italic text</p> <div>Tail words"
        let article = try Fixture.read(html)
        for word in ["First paragraph", "Second", "bold", "italic text", "Tail words"] {
            #expect(article.text.contains(word), "\(word)")
        }
    }

    @Test func nulBytesAreRemovedAndReported() throws {
        var bytes = Array(Fixture.page(body: Fixture.paragraphs(3)).utf8)
        bytes.insert(0, at: bytes.count / 2)
        bytes.insert(0, at: bytes.count / 3)
        let article = try Fixture.read(bytes: bytes, isHTML: true)
        #expect(!article.text.contains("\u{0}"))
        #expect(article.text.contains("In paragraph 1"))
        #expect(article.warnings.contains("removed 2 NUL bytes"))
    }

    @Test func malformedEntitiesDoNotBreakText() throws {
        let html = Fixture.page(body: "<p>AT&T &amp Co &ampx; &#xZZ; &#99999999; &nosuchentity; caf&eacute; &lt;tag&gt; a&nbsp;b</p>")
        let article = try Fixture.read(html)
        #expect(article.text.contains("AT&T"))
        #expect(article.text.contains("café"))
        #expect(article.text.contains("<tag>"))
        #expect(article.text.contains("a b"))
    }

    @Test func emptyAndMarkupOnlyPagesAreEmpty() throws {
        #expect(throws: DocumentError.empty(path: "fixture.html")) { try Fixture.read(bytes: [], isHTML: true) }
        #expect(throws: DocumentError.empty(path: "fixture.html")) { try Fixture.read(bytes: Array(" \n\t ".utf8), isHTML: true) }
        #expect(throws: DocumentError.empty(path: "fixture.html")) {
            try Fixture.read("<html><head><script>var a = 1;</script></head><body><img src=x></body></html>")
        }
    }

    @Test func binaryContentIsRejected() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 100)
        #expect(throws: DocumentError.binary(path: "fixture.html")) { try Fixture.read(bytes: png, isHTML: true) }
        let noisy = (0 ..< 4000).map { UInt8(truncatingIfNeeded: $0 * 7919) }
        #expect(throws: DocumentError.binary(path: "fixture.txt")) { try Fixture.read(bytes: noisy, isHTML: false) }
    }

    @Test func latin1PageWithMetaCharset() throws {
        var bytes = Array("<html><head><meta charset=iso-8859-1><title>Caf".utf8) + [0xE9]
        bytes += Array("</title></head><body><p>Un caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me, na".utf8)
            + [0xEF] + Array("ve.</p></body></html>".utf8)
        let article = try Fixture.read(bytes: bytes, isHTML: true)
        #expect(article.metadata.title == "Café")
        #expect(article.text.contains("Un café crème, naïve."))
        #expect(!article.text.contains("\u{FFFD}"))
    }

    @Test func windows1252SmartQuotesWithAndWithoutDeclaration() throws {
        let quoted: [UInt8] = [0x93] + Array("Hello".utf8) + [0x94] + Array(" it".utf8) + [0x92] + Array("s ".utf8) + [0x80, 0x35]
        let declared = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>".utf8)
            + quoted + Array("</p></body></html>".utf8)
        let undeclared = Array("<html><body><p>".utf8) + quoted + Array("</p></body></html>".utf8)
        for bytes in [declared, undeclared] {
            let article = try Fixture.read(bytes: bytes, isHTML: true)
            #expect(article.text == "\u{201C}Hello\u{201D} it\u{2019}s \u{20AC}5")
        }
    }

    @Test func declaredLegacyMultibyteCharset() throws {
        // "中文报道" in GBK, declared as gb2312 (read as its superset GBK, like browsers do).
        let bytes = Array("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body><p>".utf8)
            + [0xD6, 0xD0, 0xCE, 0xC4, 0xB1, 0xA8, 0xB5, 0xC0] + Array("</p></body></html>".utf8)
        #expect(try Fixture.read(bytes: bytes, isHTML: true).text == "中文报道")
    }

    @Test func unknownDeclaredCharsetStillReadsText() throws {
        let bytes = Array("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Caf".utf8) + [0xE9]
            + Array(" and more words.</p></body></html>".utf8)
        let article = try Fixture.read(bytes: bytes, isHTML: true)
        #expect(article.text == "Café and more words.")
    }

    @Test func byteOrderMarksAreStripped() throws {
        let utf8 = [0xEF, 0xBB, 0xBF] + Array(Fixture.page(head: "<title>Bom Title Here Today</title>", body: Fixture.paragraphs(3)).utf8)
        let article = try Fixture.read(bytes: utf8, isHTML: true)
        #expect(article.text.hasPrefix("Bom Title Here Today\n\n"))
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<p>Grüße aus Köln, sagte sie.</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try Fixture.read(bytes: utf16, isHTML: true).text == "Grüße aus Köln, sagte sie.")
    }

    @Test func invalidUTF8InPageIsReplacedAndReported() throws {
        let bytes = Array("<html><body><p>naïve ".utf8) + [0xFF] + Array(" café ".utf8) + [0xC3] + Array(" end</p></body></html>".utf8)
        let article = try Fixture.read(bytes: bytes, isHTML: true)
        #expect(article.text == "naïve \u{FFFD} café \u{FFFD} end")
        #expect(article.warnings.contains { $0.contains("at 2 places") })
    }
}

@Suite struct ConcurrentReadingTests {
    @Test func readsPagesConcurrently() async throws {
        let reader = DocumentReader()
        let pages = (0 ..< 16).map { Fixture.page(head: "<title>Page \($0) Of The Day</title>", body: Fixture.paragraphs(3 + $0 % 4)) }
        let titles = try await withThrowingTaskGroup(of: String?.self) { group in
            for page in pages {
                group.addTask { try reader.read(data: Array(page.utf8), path: "p.html", isHTML: true).metadata.title }
            }
            var titles: [String] = []
            for try await title in group { titles.append(title ?? "") }
            return titles
        }
        #expect(Set(titles) == Set((0 ..< 16).map { "Page \($0) Of The Day" }))
    }
}
