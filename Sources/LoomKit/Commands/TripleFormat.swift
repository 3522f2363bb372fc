import LoomExport
import LoomExtraction

/// Line formats for triples printed without a store (`loom extract`).
public enum TripleFormat: String, CaseIterable, Sendable {
    /// One JSON object per triple with provenance and character offsets.
    case jsonl
    /// Tab-separated: document, sentence index, subject, relation, object, confidence.
    case tsv
    /// CaRB's prediction format: sentence, confidence, relation, arguments (tab-separated).
    case carb

    /// Formats the triples of one sentence.
    public func lines(for extraction: SentenceExtraction, document: String) -> [String] {
        let sentence = extraction.sentence.text
        return extraction.triples.map { triple in
            switch self {
            case .jsonl:
                return Self.json(triple, sentence: sentence, document: document)
            case .tsv:
                return [document, String(triple.sentenceIndex), triple.subject.text, triple.relation.text,
                    triple.object.text, Self.confidence(triple.confidence)].map(Self.tsvField).joined(separator: "\t")
            case .carb:
                let arguments = [triple.subject.text, triple.object.text] + triple.extraArguments.map(\.text)
                return ([sentence, Self.confidence(triple.confidence), triple.relation.text] + arguments)
                    .map(Self.tsvField).joined(separator: "\t")
            }
        }
    }

    static func confidence(_ value: Double) -> String {
        String(Double((value * 10_000).rounded()) / 10_000)
    }

    static func tsvField(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    static func json(_ triple: Triple, sentence: String, document: String) -> String {
        func phrase(_ name: String, _ value: Phrase) -> String {
            "\"\(name)\":\(JSONText.quote(value.text)),\"\(name)Start\":\(value.start),\"\(name)End\":\(value.end)"
        }
        return "{" + [
            phrase("subject", triple.subject), phrase("relation", triple.relation), phrase("object", triple.object),
            "\"relationKey\":\(JSONText.quote(triple.relationKey))",
            "\"arguments\":[" + triple.extraArguments.map { JSONText.quote($0.text) }.joined(separator: ",") + "]",
            "\"confidence\":\(confidence(triple.confidence))", "\"negated\":\(triple.isNegated)",
            "\"rule\":\(JSONText.quote(triple.rule))",
            "\"attributedTo\":" + (triple.attributedTo.map { JSONText.quote($0.text) } ?? "null"),
            "\"document\":\(JSONText.quote(document))", "\"sentenceIndex\":\(triple.sentenceIndex)",
            "\"sentence\":\(JSONText.quote(sentence))",
        ].joined(separator: ",") + "}"
    }
}

