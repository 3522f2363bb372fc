/// The spans of a treebank sentence's words over its raw text.
struct GoldSpans {
    /// One span per word.
    var words: [Span]

    /// Places the words on `text` by matching their non-space scalars in order; nil when the words do
    /// not spell the text.
    init?(sentence: TreebankSentence, text: String) {
        let scalars = Array(text.unicodeScalars)
        var position = 0
        words = []
        words.reserveCapacity(sentence.count)
        for form in sentence.forms {
            var start = -1
            var end = position
            for scalar in form.unicodeScalars where !scalar.properties.isWhitespace {
                while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
                guard position < scalars.count, scalars[position] == scalar else { return nil }
                if start < 0 { start = position }
                position += 1
                end = position
            }
            guard start >= 0 else { return nil }
            words.append(Span(start, end))
        }
        while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
        guard position == scalars.count else { return nil }
    }

    /// The spans with every `X HYPH Y` written without spaces joined into one span.
    func hyphenNormalized(_ sentence: TreebankSentence) -> [Span] {
        var result: [Span] = []
        var index = 0
        while index < words.count {
            var span = words[index]
            while index + 2 < words.count, sentence.tags[index + 1] == .HYPH,
                words[index + 1].start == span.end, words[index + 2].start == words[index + 1].end
            {
                span.end = words[index + 2].end
                index += 2
            }
            result.append(span)
            index += 1
        }
        return result
    }
}
