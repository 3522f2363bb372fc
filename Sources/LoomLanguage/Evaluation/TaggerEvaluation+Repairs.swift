extension TaggerEvaluation {
    /// What the news-text repairs (``PartOfSpeechTagger/tagWithRepairs(_:)``) change on a treebank.
    public struct RepairEffect: Sendable, CustomStringConvertible {
        public var tokens = 0
        /// Tokens the plain tagger gets right.
        public var correctBefore = 0
        /// Tokens right after the repairs.
        public var correctAfter = 0
        /// Tokens whose tag the repairs changed.
        public var changed = 0
        /// Changed tokens now right (they were wrong before).
        public var fixed = 0
        /// Changed tokens now wrong (they were right before).
        public var broken = 0
        /// `form gold before→after` of every change, in treebank order.
        public var changes: [String] = []

        public var description: String {
            var lines = [
                String(format: "with news repairs %.2f%% (without %.2f%%): %d tags changed, %d fixed, %d broken",
                       100 * Double(correctAfter) / Double(max(tokens, 1)), 100 * Double(correctBefore) / Double(max(tokens, 1)),
                       changed, fixed, broken),
            ]
            lines += changes.map { "  " + $0 }
            return lines.joined(separator: "\n")
        }
    }

    /// Tags every sentence with and without the repairs and compares both with the gold tags.
    public static func repairEffect(_ tagger: PartOfSpeechTagger, on sentences: [TreebankSentence]) -> RepairEffect {
        var effect = RepairEffect()
        for sentence in sentences {
            let plain = tagger.tag(sentence.forms)
            let repaired = tagger.tagWithRepairs(sentence.forms)
            for index in sentence.forms.indices {
                let gold = sentence.tags[index]
                effect.tokens += 1
                if plain[index] == gold { effect.correctBefore += 1 }
                if repaired[index] == gold { effect.correctAfter += 1 }
                guard plain[index] != repaired[index] else { continue }
                effect.changed += 1
                if repaired[index] == gold { effect.fixed += 1 }
                if plain[index] == gold { effect.broken += 1 }
                effect.changes.append("\(sentence.forms[index]) \(gold) \(plain[index])→\(repaired[index])")
            }
        }
        return effect
    }
}
