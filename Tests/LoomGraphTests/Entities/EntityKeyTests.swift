import Testing
@testable import LoomGraph

@Suite struct EntityKeyTests {
    @Test(arguments: [
        ("Alibaba Group Holding Ltd.", "alibaba"),
        ("Alibaba Group", "alibaba"),
        ("Alibaba's", "alibaba"),
        ("Alibaba’s", "alibaba"),
        ("the Alibaba Group", "alibaba"),
        ("Meta Platforms Inc.", "meta platforms"),
        ("Meta Platforms, Inc.", "meta platforms"),
        ("Amazon.com Inc.", "amazon"),
        ("Amazon.com", "amazon"),
        ("Apple Inc.", "apple"),
        ("Sunrise Precision Co. Ltd.", "sunrise precision"),
        ("Baltic Freight Lines A/S", "baltic freight lines"),
        ("Group", "group"),
        ("\"Helio Grid\"", "helio grid"),
        ("Zürich", "zurich"),
        ("José  Álvarez", "jose alvarez"),
        ("Northwind Bank Corp.", "northwind bank"),
        ("Prairie Wind Holdings Inc.", "prairie wind"),
    ])
    func keys(name: String, key: String) {
        #expect(EntityKey.key(for: name) == key)
    }

    @Test(arguments: [
        ("the company", "company"),
        ("Alibaba's", "Alibaba"),
        ("Investors'", "Investors"),
        ("“Meta”", "Meta"),
        ("(Amazon.com Inc.)", "Amazon.com Inc."),
        ("  Eddie   Wu ", "Eddie Wu"),
    ])
    func displayNames(raw: String, clean: String) {
        #expect(EntityKey.displayName(raw) == clean)
    }

    @Test func commonKeysLiveApartFromNames() {
        #expect(EntityKey.commonKey(for: "apple") == "~apple")
        #expect(EntityKey.commonKey(for: "apple") != EntityKey.key(for: "Apple Inc."))
        #expect(EntityKey.exactKey(for: "Apple Inc.") != EntityKey.key(for: "Apple Inc."))
    }

    @Test(arguments: [
        ("wu", "eddie wu", true),
        ("meta", "meta platforms", true),
        ("platforms", "meta platforms", true),
        ("wu", "mary wu", true),
        ("eddie wu", "eddie wu", false),
        ("meta platforms", "meta", false),
        ("~apple", "~apple tree", false),
        ("tsai", "eddie wu", false),
    ])
    func partialMatches(partial: String, candidate: String, expected: Bool) {
        #expect(EntityKey.isPartialMatch(partial, of: candidate) == expected)
    }
}
