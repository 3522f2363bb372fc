import Foundation

/// A CoNLL-U file that could not be read, with where and why.
public struct CoNLLUError: Error, CustomStringConvertible, Equatable {
    /// The file (or a caller-given name).
    public var file: String
    /// 1-based line number, 0 when the problem is the whole file.
    public var line: Int
    /// What is wrong.
    public var reason: String

    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}

/// Reads CoNLL-U (https://universaldependencies.org/format.html) into ``TreebankSentence`` values.
public enum CoNLLUReader {
    /// Reads a file.
    public static func read(contentsOf url: URL) throws(CoNLLUError) -> [TreebankSentence] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CoNLLUError(file: url.path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(String(decoding: data, as: UTF8.self), name: url.path)
    }

    /// Parses CoNLL-U text. Throws on the first malformed line, naming it.
    public static func parse(_ text: String, name: String = "<input>") throws(CoNLLUError) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence()
        var rawHeads: [Int] = []
        var lineNumber = 0
        var sentenceStartLine = 1

        func finish() throws(CoNLLUError) {
            defer {
                current = TreebankSentence()
                rawHeads = []
            }
            guard !current.forms.isEmpty else { return }
            for (index, head) in rawHeads.enumerated() {
                guard head <= current.forms.count else {
                    throw CoNLLUError(
                        file: name, line: sentenceStartLine,
                        reason: "token \(index + 1) has head \(head) beyond the sentence's \(current.forms.count) words")
                }
                current.heads.append(Int32(head - 1))
            }
            sentences.append(current)
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            if line.isEmpty {
                try finish()
                sentenceStartLine = lineNumber + 1
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") { current.startsDocument = true }
                if line.hasPrefix("# newpar") { current.startsParagraph = true }
                if line.hasPrefix("# text = ") { current.text = String(line.dropFirst(9)) }
                if line.hasPrefix("# sent_id = ") { current.id = String(line.dropFirst(12)) }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw CoNLLUError(file: name, line: lineNumber, reason: "expected 10 tab-separated fields, found \(fields.count)")
            }
            let id = fields[0]
            if id.contains("-") || id.contains(".") { continue }
            guard let number = Int(id), number == current.forms.count + 1 else {
                throw CoNLLUError(
                    file: name, line: lineNumber,
                    reason: "word id '\(id)' out of sequence (expected \(current.forms.count + 1))")
            }
            guard let tag = PennTag(name: String(fields[4])) else {
                throw CoNLLUError(file: name, line: lineNumber, reason: "unknown Penn tag '\(fields[4])' in XPOS")
            }
            let headField = fields[6]
            let head: Int
            if headField == "_" { head = 0 } else {
                guard let value = Int(headField), value >= 0 else {
                    throw CoNLLUError(file: name, line: lineNumber, reason: "head '\(headField)' is not a number")
                }
                head = value
            }
            let labelField = String(fields[7])
            let label: DependencyLabel
            if labelField == "_" { label = .dep } else {
                guard let parsed = DependencyLabel(name: labelField) else {
                    throw CoNLLUError(file: name, line: lineNumber, reason: "unknown dependency label '\(labelField)'")
                }
                label = parsed
            }
            current.forms.append(String(fields[1]))
            current.lemmas.append(String(fields[2]))
            current.tags.append(tag)
            current.labels.append(label)
            current.spaceAfter.append(!fields[9].contains("SpaceAfter=No"))
            rawHeads.append(head)
        }
        try finish()
        return sentences
    }
}
