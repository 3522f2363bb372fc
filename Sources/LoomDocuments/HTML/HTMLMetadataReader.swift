import Foundation

/// Builds `ArticleMetadata` from what the page declares: JSON-LD, Open Graph / Dublin Core / plain meta
/// tags, `<title>` (minus a site-name suffix), `<h1>`, author lines, `<time datetime>` and `<html lang>`.
struct HTMLMetadataReader {
    let tree: HTMLTree
    let facts: NodeFacts

    func read() -> ArticleMetadata {
        let jsonLD = JSONLDMetadata(scripts: tree.info.jsonLD)
        var meta: [String: String] = [:]
        for (name, content) in tree.info.meta where meta[name] == nil {
            let value = Whitespace.collapse(content)
            if !value.isEmpty { meta[name] = value }
        }
        var metadata = ArticleMetadata()
        metadata.siteName = meta["og:site_name"] ?? jsonLD.publisher
        metadata.title = jsonLD.headline ?? first(meta, ["og:title", "twitter:title", "dc.title", "dc:title", "title"])
            ?? documentTitle(siteName: metadata.siteName) ?? firstHeading()
        metadata.author = jsonLD.author
            ?? first(meta, ["author", "dc.creator", "dc:creator", "article:author", "parsely-author", "byl"])
                .flatMap(cleanAuthor) ?? bylineText()
        metadata.published = jsonLD.datePublished
            ?? first(meta, ["article:published_time", "og:published_time", "parsely-pub-date", "datepublished",
                            "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date"])
            ?? (tree.info.times.first { $0.isPublished } ?? tree.info.times.first)?.datetime
        metadata.language = tree.info.language.map(Whitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
            ?? first(meta, ["content-language", "language", "dc.language"])
        return metadata
    }

    private func first(_ meta: [String: String], _ names: [String]) -> String? {
        for name in names { if let value = meta[name] { return value } }
        return nil
    }

    /// `<title>` without a trailing (or leading) site name: "Story | Site", "Story - Site", "Site: Story".
    func documentTitle(siteName: String?) -> String? {
        guard let raw = tree.info.title.map(Whitespace.collapse), !raw.isEmpty else { return nil }
        return TitleCleaner.strip(raw, siteName: siteName)
    }

    private func firstHeading() -> String? {
        guard let index = tree.nodes.firstIndex(where: { $0.tag == .h1 }) else { return nil }
        let text = tree.plainText(of: Int32(index), ends: facts.ends)
        return text.isEmpty ? nil : text
    }

    /// Text of the first short element marked `rel=author`/`itemprop=author` or with a byline class.
    private func bylineText() -> String? {
        var candidates = tree.info.authorNodes
        for index in tree.nodes.indices where tree.nodes[index].hints.has(ClassHints.byline) {
            candidates.append(Int32(index))
            if candidates.count > 50 { break }
        }
        for node in candidates {
            let text = tree.plainText(of: node, ends: facts.ends)
            if !text.isEmpty, text.count < 100, let author = cleanAuthor(text) { return author }
        }
        return nil
    }

    private func cleanAuthor(_ text: String) -> String? {
        var author = Whitespace.collapse(text)
        for prefix in ["By ", "by ", "BY ", "Par ", "Von ", "Por "] where author.hasPrefix(prefix) {
            author.removeFirst(prefix.count)
        }
        guard !author.isEmpty, !author.hasPrefix("http") else { return nil }
        return author
    }
}

/// Removes a site name from a document title.
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " _ "]

    static func strip(_ title: String, siteName: String?) -> String {
        let site = siteName.map { $0.lowercased() }
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let tail = String(title[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            if let site, tail.lowercased() == site { return head }
            if let site, head.lowercased() == site { return tail }
            // Without a known site name, cut only when the rest still reads as a headline.
            if head.split(separator: " ").count >= 3, tail.split(separator: " ").count <= 4 { return head }
        }
        return title
    }
}
