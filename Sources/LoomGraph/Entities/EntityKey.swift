import Foundation

/// Normalized merge keys: mentions with equal keys become one graph node.
///
/// Rules, in order (see ``key(for:)``): clean the name as for display (``displayName(_:)``), lower-case
/// it, fold diacritics (`Zürich` = `Zurich`), fold whitespace, drop a trailing `.com` of a one-word
/// domain name (`Amazon.com` = `Amazon`), then strip legal-form suffixes from the end repeatedly
/// (`Inc.`, `Ltd.`, `Group`, `Holding(s)`, `LLC`, `AG` …; see `NameCues.corporateSuffixes`), never
/// stripping the last word. Other name words stay: `Meta Platforms Inc.` → `meta platforms`, which the
/// resolver ties to a later `Meta` within one article; across articles the bare `Meta` is a partial name
/// (see ``isPartialMatch(_:of:)``).
///
/// Common-noun phrases (not names) get keys in their own namespace, prefixed `~` (``commonKey(for:)``),
/// so the fruit `apple` never meets the company `Apple`.
public enum EntityKey {
    /// The merge key of an entity name (`Alibaba Group Holding Ltd.` → `alibaba`).
    public static func key(for name: String) -> String {
        var words = normalizedWords(displayName(name))
        while words.count > 1, let last = words.last, isSuffix(last) {
            words.removeLast()
            if let comma = words.last, comma.hasSuffix(",") { words[words.count - 1] = String(comma.dropLast()) }
        }
        if let last = words.last, last.hasSuffix(".com"), last.count > 6 {
            words[words.count - 1] = String(last.dropLast(4))
        }
        return words.joined(separator: " ")
    }

    /// The key of a common-noun phrase (`the apples` → `~apple` when given the lemma form `apple`).
    public static func commonKey(for phrase: String) -> String {
        "~" + normalizedWords(displayName(phrase)).joined(separator: " ")
    }

    /// The exact key used for a name the user asked to keep separate (`!Name` in an aliases file):
    /// cleaned and lower-cased but with nothing stripped.
    public static func exactKey(for name: String) -> String {
        "=" + normalizedWords(displayName(name)).joined(separator: " ")
    }

    /// Whether a partial name (``EntityMention/isPartialName``) may denote the entity with key
    /// `candidate`: its key is the candidate's last word (a surname: `wu` ~ `eddie wu`) or its leading
    /// words (a short form: `meta` ~ `meta platforms`). The store merges a partial mention only when
    /// exactly one existing entity of a compatible type matches.
    public static func isPartialMatch(_ partialKey: String, of candidate: String) -> Bool {
        guard partialKey != candidate, !partialKey.isEmpty, !partialKey.hasPrefix("~") else { return false }
        let partial = partialKey.split(separator: " ")
        let full = candidate.split(separator: " ")
        guard partial.count < full.count else { return false }
        return Array(full.suffix(partial.count)) == partial || Array(full.prefix(partial.count)) == partial
    }

    /// The name cleaned for display: surrounding quotes and punctuation, a leading determiner and a
    /// trailing possessive (`'s`, `’s`, `'`) removed, inner whitespace folded.
    public static func displayName(_ name: String) -> String {
        var words = whitespaceSeparatedWords(name).map(String.init)
        while let first = words.first, determiners.contains(first.lowercased()) && words.count > 1 {
            words.removeFirst()
        }
        var text = trimmed(words.joined(separator: " "), edgePunctuation)
        for possessive in ["'s", "’s", "'", "’"] where text.hasSuffix(possessive) && text.count > possessive.count {
            text = String(text.dropLast(possessive.count))
            break
        }
        return trimmed(text, edgePunctuation.union([" "]))
    }

    /// `text` without the characters of `set` at either end. (Pure Swift: Foundation's shared
    /// `CharacterSet` instances are not safe to use from concurrent tasks on Linux.)
    static func trimmed(_ text: String, _ set: Set<Character>) -> String {
        guard let first = text.firstIndex(where: { !set.contains($0) }),
              let last = text.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(text[first...last])
    }

    static func normalizedWords(_ text: String) -> [String] {
        // ASCII text has no diacritics or curly apostrophes: skip Foundation's folding (a hot path).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return whitespaceSeparatedWords(text.lowercased()).map(String.init) }
        return whitespaceSeparatedWords(
            text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
                .replacingOccurrences(of: "\u{2019}", with: "'")
        ).map(String.init)
    }

    /// The words of `text` between runs of whitespace; for ASCII text a byte scan, otherwise
    /// `Character.isWhitespace` (the same result, but a Unicode property lookup per character).
    static func whitespaceSeparatedWords(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: { $0.isWhitespace }) }
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if let first = start { words.append(text[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let first = start { words.append(text[first..<utf8.endIndex]) }
        return words
    }

    static func isSuffix(_ word: String) -> Bool {
        let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
        return NameCues.corporateSuffixes.contains(bare) || NameCues.corporateSuffixes.contains(bare + ".")
    }

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]

    /// Quotes, brackets and sentence punctuation trimmed from both ends of a name (not `.` alone, which
    /// ends abbreviations such as `Inc.`).
    static let edgePunctuation: Set<Character> = [
        "\"", "“", "”", "‘", "«", "»", "„", "(", ")", "[", "]", "{", "}", ",", ";", ":", "!", "?", "*",
    ]
}
