#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an element's `class` and `id` suggest about it: a weight (+25 per attribute that looks like
/// article content, −25 per attribute that looks like page furniture) and flags used by the extractor.
/// The word lists follow the published Readability heuristics, plus cookie/newsletter/subscribe/ad words.
struct ClassHints: Sendable, Hashable {
    var weight: Int8 = 0
    var flags: UInt8 = 0

    static let none = ClassHints()
    /// Class/id says navigation, comments, related links, sidebars… (dropped unless also "content"-like).
    static let unlikely: UInt8 = 1
    /// Class/id names something that may hold the article (`article`, `body`, `content`, `main`…).
    static let maybeCandidate: UInt8 = 2
    /// Class/id names an author line.
    static let byline: UInt8 = 4
    /// Class/id names a share/social widget.
    static let share: UInt8 = 8
    /// Hidden (`hidden`, `aria-hidden`, `display:none`) or an unlikely ARIA role: always dropped.
    static let hidden: UInt8 = 16
    static let unlikelyRole: UInt8 = 32
    /// Class/id names an image caption or credit.
    static let caption: UInt8 = 64

    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }

    private static let negative = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "widget", "-ad-", "cookie", "newsletter", "subscribe", "navigation",
        "navbar", "social", "popup",
    ].map { Array($0.utf8) }
    private static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
        "story",
    ].map { Array($0.utf8) }
    private static let unlikelyWords = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "cookie", "newsletter", "subscribe", "promo",
    ].map { Array($0.utf8) }
    private static let candidateWords = ["and", "article", "body", "column", "content", "main", "shadow"]
        .map { Array($0.utf8) }
    private static let bylineWords = ["byline", "author", "dateline", "writtenby", "p-author"].map { Array($0.utf8) }
    private static let shareWords = ["share", "sharedaddy"].map { Array($0.utf8) }
    private static let captionWords = ["caption", "credit"].map { Array($0.utf8) }

    /// Analyses lower-cased `class` and `id` values.
    static func analyze(className: [UInt8], id: [UInt8]) -> ClassHints {
        var hints = ClassHints()
        var weight = 0
        for value in [className, id] where !value.isEmpty {
            if containsAny(value, negative) || hasAdToken(value) { weight -= 25 }
            if containsAny(value, positive) { weight += 25 }
        }
        hints.weight = Int8(weight)
        let both = className + [0x20] + id
        if containsAny(both, unlikelyWords) || hasAdToken(both) { hints.flags |= unlikely }
        if containsAny(both, candidateWords) { hints.flags |= maybeCandidate }
        if containsAny(both, bylineWords) { hints.flags |= byline }
        if containsAny(both, shareWords) { hints.flags |= share }
        if hasCaptionToken(both) { hints.flags |= caption }
        return hints
    }

    /// A class/id token naming a caption or credit ("wp-caption-text", "photo-credit"), but not a state
    /// modifier such as "no_caption", "has-caption" or "with-caption".
    private static func hasCaptionToken(_ value: [UInt8]) -> Bool {
        guard containsAny(value, captionWords) else { return false }
        for token in value.split(separator: 0x20) where containsAny(Array(token), captionWords) {
            let modifiers = ["no", "has", "with", "without"].map { Array($0.utf8) }
            if !modifiers.contains(where: { token.starts(with: $0) }) { return true }
        }
        return false
    }

    /// `ad`, `ads`, `advert…`, `adsense` as whole class tokens (split on non-alphanumerics).
    private static func hasAdToken(_ value: [UInt8]) -> Bool {
        var start = 0
        var index = 0
        while index <= value.count {
            let isAlnum = index < value.count && isAlphanumeric(value[index])
            if !isAlnum {
                let length = index - start
                if length >= 2, value[start] == 0x61, value[start + 1] == 0x64 {  // "ad"
                    if length == 2 || (length == 3 && value[start + 2] == 0x73) { return true }
                    if length >= 6, Array(value[start ..< start + 6]) == Array("advert".utf8) { return true }
                }
                start = index + 1
            }
            index += 1
        }
        return false
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    static func containsAny(_ haystack: [UInt8], _ needles: [[UInt8]]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, !needle.isEmpty else { return false }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                // memchr for the first byte, memcmp for the rest (memmem is a GNU extension).
                guard let base = hay.baseAddress, let needleBase = pin.baseAddress else { return false }
                let first = Int32(pin[0])
                var offset = 0
                let lastStart = hay.count - pin.count
                while offset <= lastStart {
                    guard let found = memchr(base + offset, first, lastStart - offset + 1) else { return false }
                    let position = UnsafeRawPointer(found) - base
                    if memcmp(found, needleBase, pin.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
