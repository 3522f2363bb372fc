import Foundation

/// A text file of predicted tags for a training and a development treebank, so that the slow
/// jackknifed tagging of ``ParserTrainer/jackknifedTags(_:dev:folds:tagTrainer:)`` is done once per
/// treebank and tagger: a header line, then one line of space-separated tags per sentence, train
/// sentences first.
///
/// ```
/// loom-predicted-tags 1 <train sentences> <train words> <dev sentences> <dev words>
/// NNP VBD DT NN .
/// …
/// ```
/// Reading checks the sentence and word counts against the trees, so a cache of other treebanks is
/// refused instead of silently misused.
public enum TaggedTreebankCache {
    static let header = "loom-predicted-tags 1"

    static func counts(_ trees: [TreebankSentence]) -> String {
        "\(trees.count) \(trees.reduce(0) { $0 + $1.count })"
    }

    /// The file text of `tags` for `train` and `dev`.
    public static func text(
        _ tags: (train: [[PennTag]], dev: [[PennTag]]), train: [TreebankSentence], dev: [TreebankSentence]
    ) -> String {
        var lines = ["\(header) \(counts(train)) \(counts(dev))"]
        for sentence in tags.train + tags.dev { lines.append(sentence.map(\.name).joined(separator: " ")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads tags written by ``text(_:train:dev:)``; nil when the file does not fit `train` and `dev`.
    public static func parse(
        _ text: String, train: [TreebankSentence], dev: [TreebankSentence]
    ) -> (train: [[PennTag]], dev: [[PennTag]])? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(String.init) == "\(header) \(counts(train)) \(counts(dev))",
            lines.count >= 1 + train.count + dev.count
        else { return nil }
        var sentences: [[PennTag]] = []
        for (line, tree) in zip(lines.dropFirst(), train + dev) {
            let tags = line.split(separator: " ").compactMap { PennTag(name: String($0)) }
            guard tags.count == tree.count else { return nil }
            sentences.append(tags)
        }
        return (Array(sentences.prefix(train.count)), Array(sentences.suffix(dev.count)))
    }
}
