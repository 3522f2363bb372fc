import Testing
@testable import LoomExport

@Suite struct GlobPatternTests {
    private func match(_ pattern: String, _ text: String) -> Bool {
        GlobPattern(pattern)!.matches(text)
    }

    @Test func starCrossesSlashesLikeFnmatch() {
        #expect(match("*.html", "news/2024/a.html"))
        #expect(match("news/*", "news/2024/a.html"))
        #expect(!match("*.html", "a.html.txt"))
        #expect(match("*", ""))
        #expect(match("a*b*c", "axxbyybzzc"))
        #expect(!match("a*b*c", "axxbyyb"))
    }

    @Test func questionMarkAndSets() {
        #expect(match("?.txt", "é.txt"))
        #expect(!match("?.txt", "ab.txt"))
        #expect(match("[a-c]x", "bx"))
        #expect(!match("[a-c]x", "dx"))
        #expect(match("[!a-c]x", "dx"))
        #expect(!match("[!a-c]x", "ax"))
        #expect(match("[]]", "]"))
        #expect(match("[a-]", "-"))
    }

    @Test func literalAndCaseSensitive() {
        #expect(match("News/A.html", "News/A.html"))
        #expect(!match("news/a.html", "News/A.html"))
        #expect(!match("abc", "abcd"))
    }

    @Test func unclosedSetIsRejected() {
        #expect(GlobPattern("news/[ab") == nil)
        #expect(GlobPattern("[!") == nil)
    }
}
