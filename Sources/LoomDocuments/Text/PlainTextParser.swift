import Foundation

/// Splits decoded plain text into a title and blocks. Line endings are normalized first. When the text
/// has blank lines, they separate paragraphs and the lines inside a paragraph are joined (hard-wrapped
/// prose), except list items, which stay separate; without blank lines, every line is a paragraph.
enum PlainTextParser {
    struct Parsed {
        var title: String?
        var blocks: [String]
    }

    static func parse(_ text: String) -> Parsed {
        let lines = normalizeNewlines(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { Whitespace.collapse(String($0)) }
        let firstText = lines.firstIndex { !$0.isEmpty } ?? 0
        let lastText = lines.lastIndex { !$0.isEmpty } ?? 0
        let hasBlankLines = firstText < lastText && lines[firstText ... lastText].contains { $0.isEmpty }
        var blocks: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current.removeAll()
        }
        for line in lines {
            if line.isEmpty {
                flush()
            } else if !hasBlankLines || isListItem(line) || isUnderline(line) {
                flush()
                if !isUnderline(line) { blocks.append(line) }
            } else {
                current.append(line)
            }
        }
        flush()
        var title: String?
        // The first line is a title only when it stands alone (a paragraph of its own) and reads as one.
        if blocks.count > 1, looksLikeHeadline(blocks[0]) {
            title = stripHeadingMarks(blocks.removeFirst())
        }
        return Parsed(title: title, blocks: blocks.filter { !$0.isEmpty && !Boilerplate.isBoilerplate($0) })
    }

    /// CRLF and lone CR become LF.
    static func normalizeNewlines(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// A headline: one short line (≤ 200 characters, ≤ 30 words) that does not end like a sentence
    /// fragment (no final period, comma, semicolon or colon) — "?" and "!" are allowed.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let text = stripHeadingMarks(line)
        guard !text.isEmpty, text.count <= 200, text.split(separator: " ").count <= 30,
            let last = text.last, text.contains(where: \.isLetter)
        else { return false }
        return !".,;:".contains(last) || text.hasSuffix("...")
    }

    private static func stripHeadingMarks(_ line: String) -> String {
        var text = Substring(line)
        while text.first == "#" { text = text.dropFirst() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") { return true }
        let digits = line.prefix { $0.isNumber }
        return !digits.isEmpty && digits.count <= 3 && line.dropFirst(digits.count).hasPrefix(". ")
    }

    /// "=====" or "-----" lines under a setext heading.
    private static func isUnderline(_ line: String) -> Bool {
        line.count >= 3 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
    }
}
