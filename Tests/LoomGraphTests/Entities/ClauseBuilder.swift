import LoomExtraction
import LoomLanguage
@testable import LoomGraph

/// Builds `subject verb object .` sentences from two noun-phrase groups, for table-driven tests.
///
/// A group is `word/TAG/label` tokens; the token labelled `-` is the group's head (it gets `nsubj` or
/// `obj`), every other token attaches to the head unless it ends with `@k` (attach to the group's k-th
/// token, 0-based). Example: `$/$/- 53/CD/compound@2 billion/CD/nummod`.
enum ClauseBuilder {
    static func clause(_ subject: String, _ verb: String, _ object: String, prefix: String = "", index: Int = 0)
        -> (AnalyzedSentence, Triple) {
        var specs = [String]()
        let prefixTokens = prefix.split(separator: " ").map(String.init)
        let subjectGroup = group(subject)
        let objectGroup = group(object)
        let subjectStart = prefixTokens.count
        let verbIndex = subjectStart + subjectGroup.count
        let objectStart = verbIndex + 1
        for token in prefixTokens {  // prefix tokens: `word/TAG/label`, attached to the verb
            let parts = token.split(separator: "/").map(String.init)
            specs.append("\(parts[0])/\(parts[1])/\(verbIndex + 1)/\(parts[2])")
        }
        specs += render(subjectGroup, start: subjectStart, headLabel: "nsubj", governor: verbIndex)
        specs.append("\(verb)/VBD/0/root")
        specs += render(objectGroup, start: objectStart, headLabel: "obj", governor: verbIndex)
        specs.append("./././punct".replacingOccurrences(of: "././punct", with: "./\(verbIndex + 1)/punct"))
        let sentence = SentenceBuilder.sentence(specs.joined(separator: " "), index: index)
        let words = { (group: [[String]]) in group.map { $0[0] }.joined(separator: " ") }
        let triple = SentenceBuilder.triple(sentence, words(subjectGroup), verb, words(objectGroup))
        return (sentence, triple)
    }

    private static func group(_ spec: String) -> [[String]] {
        spec.split(separator: " ").map { token in
            let parts = token.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            return [parts.dropLast(2).joined(separator: "/"), parts[parts.count - 2], parts[parts.count - 1]]
        }
    }

    private static func render(_ group: [[String]], start: Int, headLabel: String, governor: Int) -> [String] {
        let head = group.firstIndex { $0[2] == "-" } ?? group.count - 1
        return group.enumerated().map { offset, token in
            if offset == head { return "\(token[0])/\(token[1])/\(governor + 1)/\(headLabel)" }
            var label = token[2]
            var target = head
            if let at = label.firstIndex(of: "@") {
                target = Int(label[label.index(after: at)...])!
                label = String(label[..<at])
            }
            return "\(token[0])/\(token[1])/\(start + target + 1)/\(label)"
        }
    }
}
