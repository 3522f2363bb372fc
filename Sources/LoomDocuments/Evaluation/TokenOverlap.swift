/// Bag-of-words overlap between an extracted text and a gold text.
public enum TokenOverlap {
    /// Unicode word tokens, like Python's `\w+`: maximal runs of letters, digits (any script) and "_".
    public static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let scalar = text.unicodeScalars[index]
            if isWord(scalar) {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(text[begin ..< index])
                start = nil
            }
            index = text.unicodeScalars.index(after: index)
        }
        if let begin = start { tokens.append(text[begin...]) }
        return tokens
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Runs of `size` consecutive tokens joined by a space (the whole list when shorter than `size`).
    public static func shingles(_ tokens: [Substring], size: Int) -> [String] {
        guard tokens.count >= size else { return tokens.isEmpty ? [] : [tokens.joined(separator: " ")] }
        return (0 ... tokens.count - size).map { tokens[$0 ..< $0 + size].joined(separator: " ") }
    }

    /// Precision and recall of the multiset intersection: |pred ∩ gold| / |pred| and / |gold|
    /// (0 when the corresponding side is empty).
    public static func precisionRecall<T: Hashable>(predicted: [T], gold: [T]) -> (precision: Double, recall: Double) {
        var counts: [T: Int] = [:]
        for token in gold { counts[token, default: 0] += 1 }
        var common = 0
        for token in predicted {
            if let count = counts[token], count > 0 {
                counts[token] = count - 1
                common += 1
            }
        }
        let precision = predicted.isEmpty ? 0 : Double(common) / Double(predicted.count)
        let recall = gold.isEmpty ? 0 : Double(common) / Double(gold.count)
        return (precision, recall)
    }
}
