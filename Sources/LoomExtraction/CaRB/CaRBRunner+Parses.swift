import Foundation
import LoomLanguage

extension CaRBRunner {
    /// A runner over ready-made parses (CoNLL-U, one tree per sentence, words exactly the sentence's
    /// space-separated tokens), to score the extractor on gold or external parses.
    public static func parses(at url: URL, constantConfidence: Bool = false, includeReported: Bool = true) throws -> CaRBRunner {
        let trees = try CoNLLUReader.read(contentsOf: url)
        var table = [String: AnalyzedSentence]()
        for tree in trees { table[tree.forms.joined(separator: " ")] = AnalyzedSentence(treebank: tree) }
        let lookup = table
        let name = url.path
        return CaRBRunner(analyze: { words in
            let line = words.joined(separator: " ")
            guard let parse = lookup[line] else {
                throw CaRBFormatError(file: name, line: 0, reason: "no parse for the sentence '\(line.prefix(80))'")
            }
            return parse
        }, constantConfidence: constantConfidence, includeReported: includeReported)
    }
}

extension CaRBRunner {
    /// The sentences of a CoNLL-U file, as their space-joined words.
    public static func sentences(ofParsesAt url: URL) throws -> [String] {
        try CoNLLUReader.read(contentsOf: url).map { $0.forms.joined(separator: " ") }
    }
}
