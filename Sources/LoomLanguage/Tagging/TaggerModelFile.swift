/// The tagger's model file (`tagger.model`), little-endian:
///
/// | part | content |
/// |---|---|
/// | magic | the 8 bytes `LOOMTAG2` |
/// | passes | UInt8: 1 (one pass), 2 (a left-to-right second pass follows) or 3 (a right-to-left second pass follows) |
/// | perceptron (per pass) | see ``QuantizedWeights``: class count, sorted feature keys, offsets, class ids (UInt8), scale (Float32), weights (Int16) |
/// | lexicon | length-prefixed word keys (UInt32, sorted) and tags (UInt8): the Brill lexicon's most likely tag per word |
/// | dictionary | the same for frequent words that were unambiguous in training |
/// | clusters | length-prefixed word keys (UInt32, sorted) and Brown-cluster paths (UInt32) |
/// | vocabulary | length-prefixed sorted keys (UInt32) of every training word form |
///
/// Word keys are ``TaggerLexicon/key(_:)`` of ``FeatureHash/string(_:)`` of the exact form (the high
/// 32 bits of its mixed hash); tags are ``PennTag`` raw values.
/// Length prefixes are UInt32 element counts.
enum TaggerModelFile {
    static let magic = "LOOMTAG2"

    static func write(_ tagger: PartOfSpeechTagger) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.writeBytes(Array(magic.utf8))
        writer.write(UInt8(tagger.second == nil ? 1 : tagger.secondReversed ? 3 : 2))
        QuantizedWeights.write(tagger.model, to: &writer)
        if let second = tagger.second { QuantizedWeights.write(second, to: &writer) }
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
        let passes = try reader.read(UInt8.self)
        guard (1...3).contains(passes) else { throw ModelFileError.corrupt(reader.name, "pass code \(passes), expected 1, 2 or 3") }
        let model = try readModel(&reader)
        let second = passes >= 2 ? try readModel(&reader) : nil
        var tables: [[UInt32: PennTag]] = []
        for _ in 0..<2 {
            let keys: [UInt32] = try reader.readArray()
            let raw: [UInt8] = try reader.readArray()
            guard keys.count == raw.count else { throw ModelFileError.corrupt(reader.name, "lexicon sizes differ") }
            var table: [UInt32: PennTag] = [:]
            table.reserveCapacity(keys.count)
            for (key, value) in zip(keys, raw) {
                guard let tag = PennTag(rawValue: value) else { throw ModelFileError.corrupt(reader.name, "unknown tag \(value)") }
                table[key] = tag
            }
            tables.append(table)
        }
        let clusterKeys: [UInt32] = try reader.readArray()
        let clusterPaths: [UInt32] = try reader.readArray()
        guard clusterKeys.count == clusterPaths.count else { throw ModelFileError.corrupt(reader.name, "cluster sizes differ") }
        let lexicon = TaggerLexicon(
            keyed: tables[0], clusters: Dictionary(zip(clusterKeys, clusterPaths), uniquingKeysWith: { first, _ in first }))
        let vocabulary: [UInt32] = try reader.readArray()
        guard reader.isAtEnd else { throw ModelFileError.corrupt(reader.name, "trailing bytes") }
        return PartOfSpeechTagger(
            model: model, second: second, secondReversed: passes == 3, lexicon: lexicon, dictionary: TaggerLexicon(keyed: tables[1]), vocabulary: Set(vocabulary))
    }

    private static func readModel(_ reader: inout BinaryReader) throws(ModelFileError) -> PerceptronModel {
        let model = try QuantizedWeights.read(from: &reader)
        guard model.classCount == PennTag.allCases.count else {
            throw ModelFileError.corrupt(reader.name, "the model scores \(model.classCount) tags, expected \(PennTag.allCases.count)")
        }
        return model
    }
}
