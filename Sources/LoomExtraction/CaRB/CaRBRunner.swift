import Foundation
import LoomLanguage

/// Runs the extractor over CaRB's pre-tokenized sentences and writes predictions in CaRB's format
/// (`SENTENCE \t CONFIDENCE \t RELATION \t ARG1 \t ARG2 …`, extra arguments after the object).
public struct CaRBRunner: Sendable {
    /// Turns a sentence's tokens into an analysed sentence (tagger, lemmatizer and parser).
    public typealias Analyzer = @Sendable ([String]) throws -> AnalyzedSentence

    public var analyze: Analyzer
    public var extractor: Extractor
    /// Give every prediction confidence 1 (to measure what the ranking adds).
    public var constantConfidence: Bool
    /// Also output statements inside reported speech (`X said that …`).
    public var includeReported: Bool
    /// Also collect each prediction's confidence features (``CaRBRun/features``).
    public var collectFeatures = false

    public init(analyze: @escaping Analyzer, extractor: Extractor = Extractor(), constantConfidence: Bool = false, includeReported: Bool = true) {
        self.analyze = analyze
        self.extractor = extractor
        self.constantConfidence = constantConfidence
        self.includeReported = includeReported
    }

    /// Tokens of a CaRB line: split on single spaces, kept exactly, as tokens with offsets.
    public static func tokens(of line: String) -> [Token] {
        var result: [Token] = []
        var offset = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let length = word.unicodeScalars.count
            result.append(Token(text: String(word), start: offset, end: offset + length))
            offset += length + 1
        }
        return result
    }

    /// Prediction lines for the sentences (one per line) of a file, with timings.
    public func run(sentencesAt url: URL) throws -> CaRBRun {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw CaRBFormatError(file: url.path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        return try run(sentences: text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// Prediction lines for the given sentences.
    public func predictions(for sentences: [String]) throws -> String { try run(sentences: sentences).predictions }

    /// Prediction lines for the given sentences, with the time spent analysing and extracting.
    public func run(sentences: [String]) throws -> CaRBRun {
        var result = CaRBRun()
        let clock = ContinuousClock()
        for sentence in sentences {
            let words = Self.tokens(of: sentence).map(\.text)
            guard !words.isEmpty else { continue }
            var analyzed: AnalyzedSentence?
            result.analysis += try clock.measure { analyzed = try analyze(words) }
            var triples: [Triple] = []
            result.extraction += clock.measure { triples = extractor.extract(from: analyzed!) }
            result.sentences += 1
            let features = collectFeatures ? extractor.confidenceFeatures(of: analyzed!) : []
            for (n, triple) in triples.enumerated() where includeReported || triple.attributedTo == nil {
                if collectFeatures { result.features += features[n].map { String(format: "%g", $0) }.joined(separator: "\t") + "\n" }
                let confidence = constantConfidence ? 1 : triple.confidence
                let fields = [sentence, String(format: "%.4f", confidence), triple.relation.text, triple.subject.text, triple.object.text]
                    + triple.extraArguments.map(\.text)
                result.predictions += fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t") + "\n"
                result.extractions += 1
            }
        }
        return result
    }
}

/// Predictions of a ``CaRBRunner`` run with where the time went.
public struct CaRBRun: Sendable {
    /// Prediction lines in CaRB's format.
    public var predictions = ""
    /// With ``CaRBRunner/collectFeatures``: one line of tab-separated confidence features per
    /// prediction line, in the order of `Extractor.confidenceFeatureNames`.
    public var features = ""
    public var sentences = 0
    public var extractions = 0
    /// Time spent in the analyser (tagging, lemmatizing, parsing).
    public var analysis: Duration = .zero
    /// Time spent in the extractor.
    public var extraction: Duration = .zero
}
