/// Name helpers the store uses to look up and display entities.
enum EntityNaming {
    /// The lookup form of a name: lower-cased, whitespace runs collapsed to one space, trimmed.
    static func fold(_ text: String) -> String {
        EntityKey.whitespaceSeparatedWords(text.lowercased()).joined(separator: " ")
    }

    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// The last name token of a person's (folded) name, skipping `Jr.`-like suffixes and a
    /// possessive `'s`; nil for an empty name.
    static func lastName(_ folded: String) -> String? {
        var tokens = folded.split(separator: " ").map { String($0).trimmingTrailing(",") }
        while tokens.count > 1, let last = tokens.last, suffixes.contains(last) { tokens.removeLast() }
        guard var last = tokens.last, !last.isEmpty else { return nil }
        for possessive in ["'s", "’s"] where last.hasSuffix(possessive) && last.count > 2 {
            last.removeLast(2)
        }
        return last
    }

    /// Chooses an entity's display label from its aliases: the most complete common form.
    ///
    /// Candidates are the aliases used by at least one full-name mention (bare surnames only when
    /// there is nothing else). Among them: the longest alias seen at least twice; when none was seen
    /// twice, the most frequent (ties → the longer, then the one not in capitals only, then, for an
    /// amount, the one with fewer capitals — a headline's `12 Percent` loses — then alphabetical order).
    ///
    /// - Parameter aliases: (text, count, full-name count) triples.
    static func label(from aliases: [(text: String, count: Int, full: Int)]) -> String? {
        let live = aliases.filter { $0.count > 0 }
        let full = live.filter { $0.full > 0 }
        let candidates = full.isEmpty ? live : full
        let common = candidates.filter { $0.count >= 2 }
        if let best = common.min(by: { a, b in
            let (la, lb) = (a.text.count, b.text.count)
            if la != lb { return la > lb }
            if a.count != b.count { return a.count > b.count }
            if isShouted(a.text) != isShouted(b.text) { return !isShouted(a.text) }
            if capitals(a.text) != capitals(b.text) { return capitals(a.text) < capitals(b.text) }
            return a.text < b.text
        }) {
            return best.text
        }
        return candidates.min(by: { a, b in
            if a.count != b.count { return a.count > b.count }
            let (la, lb) = (a.text.count, b.text.count)
            if la != lb { return la > lb }
            if isShouted(a.text) != isShouted(b.text) { return !isShouted(a.text) }  // `Chicago`, not a dateline's `CHICAGO`
            // `12 percent`, not a title-case headline's `12 Percent`.
            if capitals(a.text) != capitals(b.text) { return capitals(a.text) < capitals(b.text) }
            return a.text < b.text
        })?.text
    }

    /// The number of capital letters in an amount (`12 Percent`); 0 for a name, whose capitals are
    /// its own (`AWS`).
    static func capitals(_ text: String) -> Int {
        guard let first = text.unicodeScalars.first, !first.properties.isAlphabetic else { return 0 }
        return text.unicodeScalars.filter { $0.properties.isUppercase }.count
    }

    /// Whether a name is written in capitals only (a dateline's `CHICAGO`), though it has more than
    /// three letters (`IBM`, `AWS` are names so written).
    static func isShouted(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count > 3 && letters.allSatisfy { $0.properties.isUppercase }
    }
}

extension String {
    fileprivate func trimmingTrailing(_ character: Character) -> String {
        var text = self
        while text.count > 1, text.last == character { text.removeLast() }
        return text
    }
}
