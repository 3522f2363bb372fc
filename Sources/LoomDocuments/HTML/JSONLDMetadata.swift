import Foundation

/// Article facts from `<script type="application/ld+json">` blocks (schema.org Article and kin).
struct JSONLDMetadata: Sendable {
    var headline: String?
    var author: String?
    var datePublished: String?
    var publisher: String?

    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            // Pages wrap the JSON in `<![CDATA[ … ]]>` or comments: drop those, then parse from the first
            // bracket to the matching last one.
            var body = script
            for wrapper in ["<![CDATA[", "]]>", "<!--", "-->"] { body = body.replacingOccurrences(of: wrapper, with: "") }
            guard let first = body.firstIndex(where: { $0 == "{" || $0 == "[" }),
                let last = body.lastIndex(of: body[first] == "{" ? "}" : "]"), first < last,
                let data = String(body[first ... last]).data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            Self.collect(value, into: &objects)
        }
        let articles = objects.filter { Self.isArticle($0["@type"]) }
        for object in articles + objects {
            if headline == nil { headline = Self.string(object["headline"]) }
            if datePublished == nil { datePublished = Self.string(object["datePublished"]) }
            if author == nil { author = Self.names(object["author"]) }
            if publisher == nil, let organisation = object["publisher"] { publisher = Self.names(organisation) }
        }
        if headline == nil, let first = articles.first { headline = Self.string(first["name"]) }
    }

    /// Flattens arrays and `@graph` lists into one list of objects.
    private static func collect(_ value: Any, into objects: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for element in array.prefix(200) { collect(element, into: &objects) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects) }
        }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? [type as? String].compactMap { $0 }
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let collapsed = Whitespace.collapse(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// A name, a `{name: …}` object, or a list of either, joined with ", ".
    private static func names(_ value: Any?) -> String? {
        if let text = string(value) { return text.hasPrefix("http") ? nil : text }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] {
            let parts = array.compactMap { names($0) }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        }
        return nil
    }
}
