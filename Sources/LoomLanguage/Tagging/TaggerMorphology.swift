import Foundation

/// Word-class evidence for the tagger from WordNet 3.0 and the pattern verb table, as a bit mask
/// per lower-cased word form (stored in the model, keyed like the lexicon):
///
/// | bit | meaning |
/// |---|---|
/// | 0–3 | a WordNet noun / verb / adjective / adverb lemma |
/// | 4 | an irregular noun plural (`noun.exc`) |
/// | 5 | an irregular verb form (`verb.exc`) |
/// | 6–10 | a verb form in the pattern table: 3rd person -s, -ing, past, past participle, base |
/// | 11 | an irregular comparative or superlative (`adj.exc`) |
///
/// ``WordFeatures`` adds bits 12–15 at run time from the stem: the word minus -s is a noun lemma
/// (12) or a verb lemma (13), minus -ed/-d or -ing is a verb lemma (14), minus -ly is an adjective (15).
enum TaggerMorphology {
    /// Builds the table from a WordNet 3.0 dictionary folder (`index.*`, `*.exc`) and pattern's
    /// `en-verbs.txt` (either may be missing: its bits stay 0). Keys are ``FeatureHash/string(_:)``
    /// of the lower-cased form.
    static func build(wordnet: URL?, verbs: URL?) throws -> [UInt64: UInt16] {
        var table: [UInt64: UInt16] = [:]
        func mark(_ form: Substring, _ bit: Int) {
            guard !form.isEmpty, !form.contains("_") else { return }
            table[FeatureHash.string(form.lowercased()), default: 0] |= 1 << bit
        }
        if let wordnet {
            for (bit, name) in ["noun", "verb", "adj", "adv"].enumerated() {
                let text = try String(contentsOf: wordnet.appendingPathComponent("index.\(name)"), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                    if let lemma = line.split(separator: " ").first { mark(lemma, bit) }
                }
            }
            for (bit, name) in [(4, "noun"), (5, "verb"), (11, "adj")] {
                let text = try String(contentsOf: wordnet.appendingPathComponent("\(name).exc"), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    if let form = line.split(separator: " ").first { mark(form, bit) }
                }
            }
        }
        if let verbs {
            let text = try String(contentsOf: verbs, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix(";") {
                let forms = line.split(separator: ",", omittingEmptySubsequences: false)
                for (column, bit) in [(0, 10), (3, 6), (5, 7), (10, 8), (11, 9)] where column < forms.count {
                    mark(forms[column], bit)
                }
            }
        }
        return table
    }

    /// The mask of a lower-cased word (UTF-8 bytes): its table entry plus the stem bits 12–15.
    static func mask(_ lower: UnsafeBufferPointer<UInt8>, lexicon: TaggerLexicon) -> UInt64 {
        guard !lexicon.isMorphologyEmpty else { return 0 }
        var mask = UInt64(lexicon.morphology(FeatureHash.bytes(lower)))
        let count = lower.count
        func stem(dropping suffix: Int) -> UInt16 {
            count > suffix + 1 ? lexicon.morphology(FeatureHash.bytes(UnsafeBufferPointer(rebasing: lower[0..<(count - suffix)]))) : 0
        }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length else { return false }
            for k in 0..<length where lower[count - length + k] != suffix.utf8Start[k] { return false }
            return true
        }
        if ends("s") {
            var stems = stem(dropping: 1)
            if ends("es") { stems |= stem(dropping: 2) }
            if stems & 1 != 0 { mask |= 1 << 12 }
            if stems & 2 != 0 { mask |= 1 << 13 }
        }
        if ends("ed") && (stem(dropping: 2) | stem(dropping: 1)) & 2 != 0 { mask |= 1 << 14 }
        if ends("ing") && (stem(dropping: 3) & 2 != 0) { mask |= 1 << 14 }
        if ends("ly") && stem(dropping: 2) & 4 != 0 { mask |= 1 << 15 }
        return mask
    }
}
