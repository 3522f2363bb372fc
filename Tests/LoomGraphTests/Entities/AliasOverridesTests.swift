import Foundation
import Testing
@testable import LoomGraph

@Suite struct AliasOverridesTests {
    @Test func parsesMergesSplitsAndComments() throws {
        let text = """
        # corrections
        Meta = Meta Platforms Inc.
        Alibaba Cloud = Alibaba   # the cloud unit is reported under the group

        !Apple Daily
        """
        let aliases = try AliasOverrides(parsing: text)
        #expect(aliases.canonicalKey(for: "meta") == "meta platforms")
        #expect(aliases.canonicalKey(for: "alibaba cloud") == "alibaba")
        #expect(aliases.canonicalKey(for: "amazon") == "amazon")
        #expect(aliases.isSplit("Apple Daily"))
        #expect(aliases.isSplit("the apple daily"))
        #expect(!aliases.isSplit("Apple"))
    }

    @Test(arguments: ["Meta", "= Meta", "Meta =", "!", "   !   "])
    func rejectsBadLines(line: String) {
        #expect(throws: AliasFileError.self) { try AliasOverrides(parsing: "# ok\n\(line)\n") }
    }

    @Test func badLineErrorNamesTheLine() {
        do {
            _ = try AliasOverrides(parsing: "A = B\nnonsense\n")
            Issue.record("expected an error")
        } catch let error as AliasFileError {
            #expect(error == .invalidLine(2, "nonsense"))
            #expect(error.description.contains("line 2"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func followsChainsAndStopsOnCycles() {
        var aliases = AliasOverrides()
        aliases.merge("A", into: "B")
        aliases.merge("B", into: "C")
        #expect(aliases.canonicalKey(for: "a") == "c")
        aliases.merge("C", into: "A")
        let end = aliases.canonicalKey(for: "a")
        #expect(["a", "b", "c"].contains(end))
    }

    @Test func fileTextRoundTrips() throws {
        var aliases = AliasOverrides()
        aliases.merge("Meta", into: "Meta Platforms")
        aliases.split("Apple Daily")
        let reloaded = try AliasOverrides(parsing: aliases.fileText)
        #expect(reloaded == aliases)
    }

    @Test func buildsFromNamePairs() {
        let aliases = AliasOverrides(merges: [("Meta", "Meta Platforms Inc.")], splits: ["Apple Daily"])
        #expect(aliases.canonicalKey(for: "meta") == "meta platforms")
        #expect(aliases.isSplit("Apple Daily"))
        #expect(aliases.fileText == "Meta = Meta Platforms Inc.\n!Apple Daily\n")
    }

    @Test func missingFileGivesActionableError() {
        let url = URL(fileURLWithPath: "/nonexistent/loom-aliases.txt")
        #expect(throws: AliasFileError.unreadable(url.path)) { try AliasOverrides(contentsOf: url) }
    }
}
