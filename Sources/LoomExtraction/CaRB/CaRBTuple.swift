import Foundation

/// One extraction as CaRB reads it: a relation, its arguments (subject first) and a confidence.
public struct CaRBTuple: Sendable, Hashable {
    /// The relation words, split on whitespace.
    public var relation: [String]
    /// The relation as written.
    public var relationText: String
    /// The arguments, each split on whitespace, subject first.
    public var arguments: [[String]]
    /// The confidence (1 for gold tuples).
    public var confidence: Double

    public init(relation: String, arguments: [String], confidence: Double = 1) {
        self.relation = CaRBTuple.words(relation)
        self.relationText = relation
        self.arguments = arguments.map(CaRBTuple.words)
        self.confidence = confidence
    }

    /// The tuple collapsed to two arguments, as CaRB's binary matcher sees it: ARG1 and all later
    /// arguments joined.
    var collapsed: [[String]] {
        guard arguments.count > 2 else { return arguments }
        return [arguments[0], Array(arguments[1...].joined())]
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }
}

/// A CaRB file that could not be read: which file, which line (1-based) and why.
public struct CaRBFormatError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var reason: String

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}

/// Extractions of a CaRB file grouped by sentence, in order of first appearance.
public struct CaRBSentenceGroups: Sendable {
    /// Sentence text and its tuples, in order of the sentence's first appearance.
    public var groups: [(sentence: String, tuples: [CaRBTuple])]

    public init(groups: [(sentence: String, tuples: [CaRBTuple])] = []) { self.groups = groups }

    mutating func append(_ tuple: CaRBTuple, to sentence: String, index: inout [String: Int]) {
        if let at = index[sentence] {
            groups[at].tuples.append(tuple)
        } else {
            index[sentence] = groups.count
            groups.append((sentence, [tuple]))
        }
    }

    /// Groups keyed by ``CaRBScorer/key(_:)``; sentence texts that share a key (they differ only in
    /// spacing or punctuation) are merged, which is what reproduces the official figures.
    func byKey() -> [String: [CaRBTuple]] {
        var table = [String: [CaRBTuple]]()
        for group in groups { table[CaRBScorer.key(group.sentence), default: []].append(contentsOf: group.tuples) }
        return table
    }
}

/// Reads CaRB gold (`SENTENCE \t REL \t ARG1 …`) and prediction (`SENTENCE \t CONF \t REL \t ARG1 …`) files.
public enum CaRBReader {
    /// Reads a gold file. Arguments containing `C: ` (context annotations) are dropped.
    public static func readGold(contentsOf url: URL) throws(CaRBFormatError) -> CaRBSentenceGroups {
        try parseGold(load(url), name: url.path)
    }

    /// Reads a prediction file.
    public static func readPredictions(contentsOf url: URL) throws(CaRBFormatError) -> CaRBSentenceGroups {
        try parsePredictions(load(url), name: url.path)
    }

    /// Parses gold text; `name` is used in error messages.
    public static func parseGold(_ text: String, name: String = "<gold>") throws(CaRBFormatError) -> CaRBSentenceGroups {
        var result = CaRBSentenceGroups()
        var index = [String: Int]()
        for (number, line) in lines(text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else {
                throw CaRBFormatError(file: name, line: number, reason: "expected SENTENCE<TAB>RELATION<TAB>ARG1…, found \(fields.count) field(s)")
            }
            let arguments = fields[2...].filter { !$0.contains("C: ") }.map(trim)
            result.append(CaRBTuple(relation: trim(fields[1]), arguments: arguments), to: fields[0], index: &index)
        }
        return result
    }

    /// Parses prediction text; `name` is used in error messages.
    public static func parsePredictions(_ text: String, name: String = "<predictions>") throws(CaRBFormatError) -> CaRBSentenceGroups {
        var result = CaRBSentenceGroups()
        var index = [String: Int]()
        for (number, line) in lines(text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else {
                throw CaRBFormatError(file: name, line: number, reason: "expected SENTENCE<TAB>CONFIDENCE<TAB>RELATION<TAB>ARG1…, found \(fields.count) field(s)")
            }
            guard let confidence = Double(trim(fields[1])), confidence.isFinite else {
                throw CaRBFormatError(file: name, line: number, reason: "confidence '\(fields[1])' is not a number")
            }
            let tuple = CaRBTuple(relation: fields[2], arguments: Array(fields[3...]), confidence: confidence)
            result.append(tuple, to: fields[0], index: &index)
        }
        return result
    }

    private static func load(_ url: URL) throws(CaRBFormatError) -> String {
        do { return String(decoding: try Data(contentsOf: url), as: UTF8.self) } catch {
            throw CaRBFormatError(file: url.path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    /// Non-blank lines, stripped of surrounding whitespace, with their 1-based numbers.
    private static func lines(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = trim(String(raw))
            if !line.isEmpty { result.append((offset + 1, line)) }
        }
        return result
    }

    static func trim(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
