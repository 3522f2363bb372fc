/// Rule-based tokenizer and sentence splitter for news English.
///
/// Tokens follow Penn Treebank / UD English conventions where they matter for news: clitics are split
/// (`do` `n't`, `ca` `n't`, `I` `'m`, `Alibaba` `'s`, `companies` `'`), currency signs and `%` are
/// tokens of their own (`$` `53` `billion`, `2.5` `%`), quotes, brackets and dashes are split off,
/// and known abbreviations keep their period (`Inc.`, `U.S.`, `e.g.`, initials such as `J.`) — except
/// at the end of a sentence, where the period becomes a token of its own (`… the U.S` `.`), as in UD.
///
/// Deliberate differences from UD English EWT: hyphenated words stay whole (`e-commerce`,
/// `state-of-the-art`, `U.S.-based`, `2025-03-01`), and so do numbers with units (`10km`, `5G`),
/// URLs and e-mail addresses. No token is longer than 1,000 Unicode scalars: a longer run of
/// non-space characters is cut into consecutive pieces of at most that length.
///
/// The scan is a single forward pass over the UTF-8 bytes (ASCII classified by table), linear in the
/// input, and allocates nothing per token beyond the token's string.
///
///     let sentences = Tokenizer().sentences(in: "Apple Inc. said it's buying. The deal…")
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokens of `text`, offsets in Unicode scalars from the start of `text`.
    ///
    /// - Parameter text: Any text; control characters and NUL separate tokens like spaces.
    /// - Returns: The tokens in text order; `text[start..<end]` (in scalars) equals each token's text.
    public func tokenize(_ text: String) -> [Token] {
        segment(text).tokens
    }

    /// Tokens grouped into sentences (tokenize + split).
    ///
    /// A sentence ends after `.`, `?`, `!` (and following closing quotes or brackets) unless the next
    /// word starts in lower case; after an ellipsis followed by a capital; after an abbreviation such as
    /// `Inc.`, `Co.`, `U.S.` followed by a common sentence starter (`The`, `It`, `But` …) — titles like
    /// `Mr.` and `Dr.` never end one. Paragraph breaks (a blank line, `"\n\n"`) always end a sentence and
    /// set `startsParagraph` on the next one; the first sentence of the text also has it set. A single
    /// `"\n"` after a line without final punctuation (a headline) ends a sentence too, unless the line
    /// ends in `,` `;` `-` `&` or the next line starts in lower case (hard-wrapped text). A dateline at
    /// the start of a paragraph (`HANGZHOU, China (Reuters) -`) is a sentence of its own. A sentence has
    /// at most 500 tokens: a longer stretch without a boundary is cut into pieces of that size.
    public func sentences(in text: String) -> [Sentence] {
        segment(text).sentences
    }

    /// Tokens with sentence boundaries.
    func segment(_ text: String) -> SentenceSplitter.Segmentation {
        var text = text
        let (tokens, breaks, flags) = text.withUTF8 { buffer in
            var scanner = TokenScanner(bytes: buffer)
            scanner.run()
            return (scanner.tokens, scanner.breaks, scanner.flags)
        }
        return SentenceSplitter.segment(tokens, breaks: breaks, flags: flags)
    }
}
