extension String {
    /// Whether the word is `lowercase` in any letter case. The byte-length test comes first, so for
    /// almost every word (the tag repairs run on every sentence) the check costs one comparison.
    func isWord(_ lowercase: String) -> Bool {
        utf8.count == lowercase.utf8.count && self.lowercased() == lowercase
    }

    /// Whether the word, lower-cased, is one of `words`, all of which are at most `maxLength` bytes
    /// long (longer words are rejected without lower-casing them).
    func isWord(in words: Set<String>, maxLength: Int) -> Bool {
        utf8.count <= maxLength && words.contains(self.lowercased())
    }

    /// Whether the first letter is a capital (`Harbor`, `ÉLAN`).
    var startsWithUppercase: Bool {
        unicodeScalars.first?.properties.isUppercase == true
    }
}
