/// The tagger's model file (`tagger.model`), little-endian:
///
/// | part | content |
/// |---|---|
/// | magic | the 8 bytes `LOOMTAG1` |
/// | perceptron | ``PerceptronModel`` tables: class count (UInt32), then length-prefixed arrays of feature keys (UInt64, sorted), offsets (UInt32), class ids (UInt16), weights (Float32) |
/// | lexicon | length-prefixed word hashes (UInt64, sorted) and tags (UInt8): the Brill lexicon's most likely tag per word |
/// | dictionary | the same for frequent words that were unambiguous in training |
/// | clusters | length-prefixed word hashes (UInt64, sorted) and Brown-cluster paths (UInt32) |
/// | vocabulary | length-prefixed sorted hashes (UInt64) of every training word form |
///
/// Word hashes are ``FeatureHash/string(_:)`` of the exact form; tags are ``PennTag`` raw values.
enum TaggerModelFile {
    static let magic = "LOOMTAG1"

    static func write(_ tagger: PartOfSpeechTagger) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.writeBytes(Array(magic.utf8))
        tagger.model.write(to: &writer)
        for table in [tagger.lexicon, tagger.dictionary] {
            let entries = table.sortedEntries
            writer.write(entries.map(\.0))
            writer.write(entries.map { $0.1.rawValue })
        }
        let clusters = tagger.lexicon.clusters.sorted { $0.key < $1.key }
        writer.write(clusters.map(\.key))
        writer.write(clusters.map(\.value))
        writer.write(tagger.vocabulary.sorted())
        return writer
    }

    static func read(_ reader: inout BinaryReader) throws(ModelFileError) -> PartOfSpeechTagger {
        try reader.expectMagic(magic, format: "Loom tagger")
        let model = try PerceptronModel.read(from: &reader)
        guard model.classCount == PennTag.allCases.count else {
            throw ModelFileError.corrupt(reader.name, "the model scores \(model.classCount) tags, expected \(PennTag.allCases.count)")
        }
        var tables: [TaggerLexicon] = []
        for _ in 0..<2 {
            let keys: [UInt64] = try reader.readArray()
            let raw: [UInt8] = try reader.readArray()
            guard keys.count == raw.count else { throw ModelFileError.corrupt(reader.name, "lexicon sizes differ") }
            var table: [UInt64: PennTag] = [:]
            table.reserveCapacity(keys.count)
            for (key, value) in zip(keys, raw) {
                guard let tag = PennTag(rawValue: value) else { throw ModelFileError.corrupt(reader.name, "unknown tag \(value)") }
                table[key] = tag
            }
            tables.append(TaggerLexicon(table))
        }
        let clusterKeys: [UInt64] = try reader.readArray()
        let clusterPaths: [UInt32] = try reader.readArray()
        guard clusterKeys.count == clusterPaths.count else { throw ModelFileError.corrupt(reader.name, "cluster sizes differ") }
        tables[0] = TaggerLexicon(
            Dictionary(uniqueKeysWithValues: tables[0].sortedEntries.map { ($0.0, $0.1) }),
            clusters: Dictionary(zip(clusterKeys, clusterPaths), uniquingKeysWith: { first, _ in first }))
        let vocabulary: [UInt64] = try reader.readArray()
        guard reader.isAtEnd else { throw ModelFileError.corrupt(reader.name, "trailing bytes") }
        return PartOfSpeechTagger(model: model, lexicon: tables[0], dictionary: tables[1], vocabulary: Set(vocabulary))
    }
}
