/// The tagger's model file (`tagger.model`), little-endian:
///
/// | part | content |
/// |---|---|
/// | magic | the 8 bytes `LOOMTAG3` |
/// | passes | UInt8: 1 (one pass), 2 (a left-to-right second pass follows) or 3 (a right-to-left second pass follows); 5 and 6 like 2 and 3, for a second pass that retags only doubtful words |
/// | weights (per pass) | see ``TaggerWeights/write(to:)``: class count, sorted feature keys, offsets, class ids (UInt8), scale (Float32), weights (Int16) |
/// | margin (codes 5, 6) | Int32: the ``PartOfSpeechTagger/secondPassMargin`` |
/// | lexicon | length-prefixed word keys (UInt32, sorted) and tags (UInt8): the Brill lexicon's most likely tag per word |
/// | dictionary | the same for frequent words that were unambiguous in training |
/// | clusters | length-prefixed word keys (UInt32, sorted) and Brown-cluster paths (UInt32) |
/// | word classes | length-prefixed keys (UInt32, sorted) of lower-cased forms and their ``TaggerMorphology`` masks (UInt16) |
/// | vocabulary | length-prefixed sorted keys (UInt32) of every training word form |
/// | cached words | UInt32 count, then each form as a length-prefixed UTF-8 string: the most frequent training words, whose scores are precomputed at load (``WordCache``) |
///
/// Word keys are ``TaggerLexicon/key(_:)`` of ``FeatureHash/string(_:)`` of the exact form (the high
/// 32 bits of its mixed hash); tags are ``PennTag`` raw values.
/// Length prefixes are UInt32 element counts.
enum TaggerModelFile {
    static let magic = "LOOMTAG3"

    static func write(_ tagger: PartOfSpeechTagger) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.writeBytes(Array(magic.utf8))
        let gated: UInt8 = tagger.secondPassMargin == nil ? 0 : 3
        writer.write(UInt8(tagger.second == nil ? 1 : (tagger.secondReversed ? 3 : 2) + gated))
        for pass in tagger.passes { pass.weights.write(to: &writer) }
        if let margin = tagger.secondPassMargin { writer.write(margin) }
        for table in [tagger.lexicon, tagger.dictionary] {
            let entries = table.sortedEntries
            writer.write(entries.map(\.0))
            writer.write(entries.map { $0.1.rawValue })
        }
        let clusters = tagger.lexicon.clusters.sorted { $0.key < $1.key }
        writer.write(clusters.map(\.key))
        writer.write(clusters.map(\.value))
        let classes = tagger.lexicon.morphologyTable.sorted { $0.key < $1.key }
        writer.write(classes.map(\.key))
        writer.write(classes.map(\.value))
        writer.write(tagger.vocabulary.sorted())
        writer.write(tagger.cache.forms)
        return writer
    }

    static func read(_ reader: inout BinaryReader) throws(ModelFileError) -> PartOfSpeechTagger {
        try reader.expectMagic(magic, format: "Loom tagger")
        let passCode = try reader.read(UInt8.self)
        guard (1...5).contains(passCode) || passCode == 6 else {
            throw ModelFileError.corrupt(reader.name, "pass code \(passCode), expected 1 to 6")
        }
        var weights = [try readWeights(&reader)]
        if passCode >= 2 { weights.append(try readWeights(&reader)) }
        var margin: Int32?
        if passCode >= 5 {
            let value = try reader.read(Int32.self)
            guard value >= 0 else { throw ModelFileError.corrupt(reader.name, "negative second-pass margin") }
            margin = value
        }
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
        let classKeys: [UInt32] = try reader.readArray()
        let classMasks: [UInt16] = try reader.readArray()
        guard classKeys.count == classMasks.count else { throw ModelFileError.corrupt(reader.name, "word-class sizes differ") }
        let lexicon = TaggerLexicon(
            keyed: tables[0], clusters: Dictionary(zip(clusterKeys, clusterPaths), uniquingKeysWith: { first, _ in first }),
            morphology: Dictionary(zip(classKeys, classMasks), uniquingKeysWith: { first, _ in first }))
        let vocabulary: [UInt32] = try reader.readArray()
        let cachedForms = try reader.readStrings()
        guard reader.isAtEnd else { throw ModelFileError.corrupt(reader.name, "trailing bytes") }
        let passes = weights.enumerated().map { number, weights in
            TaggingPass(weights: weights, reverse: number == 1 && (passCode == 3 || passCode == 6), usesContext: number == 1)
        }
        return PartOfSpeechTagger(
            passes: passes, secondPassMargin: margin, lexicon: lexicon, dictionary: TaggerLexicon(keyed: tables[1]), vocabulary: Set(vocabulary),
            cachedForms: cachedForms)
    }

    private static func readWeights(_ reader: inout BinaryReader) throws(ModelFileError) -> TaggerWeights {
        let weights = try TaggerWeights.read(from: &reader)
        guard weights.classCount == PennTag.allCases.count else {
            throw ModelFileError.corrupt(reader.name, "the model scores \(weights.classCount) tags, expected \(PennTag.allCases.count)")
        }
        return weights
    }
}
