import ArgumentParser

/// `loom train …`: trains the language models.
struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a language model from a treebank.",
        subcommands: [TrainTagger.self, TrainParser.self, TrainParserSoup.self])
}
