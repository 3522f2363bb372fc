import ArgumentParser
import Foundation
import LoomLanguage

/// `loom train parser-soup`: averages the weights of parser models trained with different seeds.
struct TrainParserSoup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser-soup",
        abstract: "Average the weights of parser models trained alike with different --seed values.")

    @Argument(help: "Parser models (same features and settings, different seeds).") var models: [String]
    @Option(help: "Where to write the averaged model.") var output: String
    @Option(help: "Drop mean weights smaller than this.") var pruneThreshold: Float = 1.0
    @Flag(help: "Rescale each model's weights to the same mean magnitude first.") var normalize = false

    func run() async throws {
        let parsers = try models.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) }
        let soup = DependencyParser.soup(parsers, pruneThreshold: pruneThreshold, normalize: normalize)
        try soup.write(to: URL(fileURLWithPath: output))
        print("averaged \(parsers.count) models; wrote \(output)")
    }
}
