extension SentenceSplitter {
    /// Tokens with sentence boundaries.
    struct Segmentation {
        var tokens: [Token]
        /// One past the last token of each sentence, increasing; the last equals `tokens.count`.
        var ends: [Int]
        /// Per sentence: whether a paragraph break (or the start of the text) precedes it.
        var startsParagraph: [Bool]

        /// The sentences.
        var sentences: [Sentence] {
            var result: [Sentence] = []
            result.reserveCapacity(ends.count)
            var first = 0
            for (index, end) in ends.enumerated() {
                result.append(Sentence(tokens: Array(tokens[first..<end]), startsParagraph: startsParagraph[index]))
                first = end
            }
            return result
        }
    }

    /// Splits `Inc.` into `Inc` `.` at each given token index (increasing), shifting sentence ends.
    static func splitPeriods(at indices: [Int], in segmentation: inout Segmentation) {
        var tokens: [Token] = []
        tokens.reserveCapacity(segmentation.tokens.count + indices.count)
        var next = 0
        for (index, token) in segmentation.tokens.enumerated() {
            guard next < indices.count, indices[next] == index else {
                tokens.append(token)
                continue
            }
            next += 1
            var word = token
            word.text = String(token.text.dropLast())
            word.end -= 1
            word.spaceAfter = false
            tokens.append(word)
            tokens.append(Token(text: ".", start: token.end - 1, end: token.end, spaceAfter: token.spaceAfter))
        }
        var shift = 0
        next = 0
        for (sentence, end) in segmentation.ends.enumerated() {
            while next < indices.count, indices[next] < end {
                shift += 1
                next += 1
            }
            segmentation.ends[sentence] = end + shift
        }
        segmentation.tokens = tokens
    }
}
