import Foundation
import LoomDocuments
import LoomExtraction

/// `loom extract`: triples of files, printed without a store.
public enum ExtractCommand {
    /// Emits formatted lines for each file; returns how many files could not be read (each reported
    /// on stderr).
    public static func run(
        files: [String], format: TripleFormat, sentencesPerLine: Bool, emit: (String) -> Void
    ) throws -> Int {
        let analyzer = try ArticleAnalyzer.bundled()
        let reader = DocumentReader()
        var failed = 0
        for path in files {
            if sentencesPerLine {
                guard let data = FileManager.default.contents(atPath: path) else {
                    Console.error("skipped \(path): cannot read the file")
                    failed += 1
                    continue
                }
                let text = String(decoding: data, as: UTF8.self)
                var index = 0
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let trimmed = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
                    if trimmed.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                    let sentence = analyzer.language.analyze(pretokenizedLine: trimmed, index: index)
                    var triples = analyzer.extractor.extract(from: sentence)
                    for position in triples.indices { triples[position].sentenceIndex = index }
                    let extraction = SentenceExtraction(sentence: sentence, triples: triples)
                    format.lines(for: extraction, document: path).forEach(emit)
                    index += 1
                }
            } else {
                do {
                    let article = try reader.read(URL(fileURLWithPath: path))
                    for extraction in analyzer.analyze(article, includeReported: true) { format.lines(for: extraction, document: path).forEach(emit) }
                } catch {
                    Console.error("skipped \(path): \(error)")
                    failed += 1
                }
            }
        }
        return failed
    }
}
