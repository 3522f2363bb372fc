import LoomLanguage

/// Writes analysed sentences as CoNLL-U (ID, FORM, LEMMA, UPOS `_`, XPOS, FEATS `_`, HEAD, DEPREL, DEPS
/// `_`, MISC with SpaceAfter and the character span), for inspecting what Loom's language stage did.
public enum CoNLLUWriter {
    public static func write(_ sentences: [AnalyzedSentence]) -> String {
        var out = ""
        for sentence in sentences {
            out += "# sent_id = \(sentence.index + 1)\n# text = \(sentence.text)\n"
            for index in 0..<sentence.count {
                let token = sentence.tokens[index]
                let head = Int(sentence.heads[index]) + 1
                var misc = "TokenRange=\(token.start):\(token.end)"
                if !token.spaceAfter { misc = "SpaceAfter=No|" + misc }
                let fields = [
                    String(index + 1), token.text, sentence.lemmas[index], "_", sentence.tags[index].name, "_",
                    String(head), sentence.labels[index].name, "_", misc,
                ]
                out += fields.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }
}
