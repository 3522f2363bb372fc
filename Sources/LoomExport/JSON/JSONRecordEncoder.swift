import Foundation

/// Deterministic JSON for export records: sorted keys, unescaped slashes, one line each.
struct JSONRecordEncoder {
    private let encoder: JSONEncoder

    init() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        self.encoder = encoder
    }

    /// One record as a single line of JSON.
    func line(_ record: some Encodable) throws(ExportError) -> String {
        do {
            return String(decoding: try encoder.encode(record), as: UTF8.self)
        } catch {
            throw .io(path: "<json>", reason: "cannot encode record: \(error)")
        }
    }

    /// One record as a line, with `"generator":"loom"` as its first member.
    func markedLine(_ record: some Encodable) throws(ExportError) -> String {
        let body = try line(record)
        return body == "{}" ? "{\"generator\":\"loom\"}" : "{\"generator\":\"loom\"," + body.dropFirst()
    }
}
