import Foundation

/// Recognizes boilerplate lines — "Advertisement", "Also Read: …", "Click here …", newsletter and
/// social prompts, cookie notices — without touching real sentences: every rule needs the line to be
/// short and to *start* with (or be exactly) the prompt, except cookie notices, which need both a
/// cookie word and a consent word.
enum Boilerplate {
    /// Whole lines (after trimming punctuation and case-folding) that are never article text.
    private static let exact: Set<String> = [
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "story continues below",
        "continue reading", "continue reading below", "article continues below", "scroll to continue",
        "advertisement - scroll to continue", "share", "share this", "share this article", "share this story",
        "tweet", "email", "print", "comments", "related", "related articles", "related stories",
        "recommended", "read more", "more stories", "you may also like", "trending", "most popular",
        "skip to main content", "skip to content", "back to top", "loading", "loading...",
    ]

    /// Prompts that open a short line: (prefix, maximum line length in characters).
    private static let prefixes: [(String, Int)] = [
        ("also read:", 200), ("also read ", 160), ("read also:", 200), ("read more:", 200), ("read more ", 120),
        ("see also:", 200), ("related:", 200), ("recommended:", 200), ("more:", 160), ("watch:", 160),
        ("click here", 160), ("sign up for our", 160), ("sign up to our", 160), ("sign up for the", 160),
        ("subscribe to our", 160), ("subscribe now", 120), ("share this", 100), ("share on ", 80),
        ("follow us on", 120), ("follow us:", 120), ("like us on facebook", 120), ("download our app", 120),
        ("get our newsletter", 120), ("join our newsletter", 120), ("advertisement", 40),
        ("copyright ©", 200), ("© copyright", 200),
    ]

    private static let allRightsReserved = Array("all rights reserved".utf8)
    private static let cookieWords = [Array("cookie".utf8)]
    private static let consentWords = [
        "we use cookies", "uses cookies", "use of cookies", "cookie policy", "cookie settings", "accept all",
        "accept cookies", "consent", "by continuing",
    ].map { Array($0.utf8) }

    /// Whether the line is boilerplate.
    static func isBoilerplate(_ line: String) -> Bool {
        // Every rule needs a line of at most 400 characters (at most 4 UTF-8 bytes each).
        guard line.utf8.count <= 1600 else { return false }
        let trimmed = line.trimmingPunctuationAndSpace().lowercased()
        if trimmed.isEmpty { return !line.isEmpty && line.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic } && line.count < 4 }
        if exact.contains(trimmed) { return true }
        let length = trimmed.count
        for (prefix, limit) in prefixes where length <= limit && trimmed.hasPrefix(prefix) { return true }
        guard length <= 400 else { return false }
        let bytes = Array(trimmed.utf8)
        if cookieWords.contains(where: { ClassHints.contains(bytes, $0) }),
            consentWords.contains(where: { ClassHints.contains(bytes, $0) })
        {
            return true
        }
        return length <= 120 && ClassHints.contains(bytes, allRightsReserved)
    }
}

extension String {
    /// Drops leading/trailing whitespace and punctuation such as "•", "|", ":" and "»".
    func trimmingPunctuationAndSpace() -> String {
        let scalars = unicodeScalars
        func isEdge(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace
                || (!scalar.properties.isAlphabetic && !scalar.properties.numericType.isSome && scalar != "©")
        }
        guard let first = scalars.firstIndex(where: { !isEdge($0) }),
            let last = scalars.lastIndex(where: { !isEdge($0) })
        else { return "" }
        return String(scalars[first ... last])
    }
}

extension Optional {
    fileprivate var isSome: Bool { self != nil }
}
