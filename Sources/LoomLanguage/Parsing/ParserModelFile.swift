import Foundation

/// The parser model file format (little-endian, arrays length-prefixed, see ``BinaryWriter``):
///
/// ```
/// magic "LOOMDEP4"
/// UInt32 transition-feature version, UInt32 label-feature version
/// [String]  label names, in label-class order
/// Float32   transition weight scale
/// [UInt64]  transition feature keys, ascending
/// [Int16]   three quantized weights per transition key (shift, left, right)
/// Float32   label weight scale
/// [UInt64]  label feature keys, ascending
/// [UInt32]  offsets: key f owns entries offsets[f]..<offsets[f+1]
/// [UInt8]   label class of each entry
/// [Int16]   quantized weight of each entry
/// [UInt32]  Brown-cluster word keys, ascending (see ``ParserClusters``)
/// [UInt32]  their bit paths (non-zero)
/// ```
/// A weight is its quantized value times the scale; only the ordering of scores matters, so the
/// parser adds quantized values as integers.
enum ParserModelFile {
    static let magic = "LOOMDEP4"

    static func write(_ parser: DependencyParser, to writer: inout BinaryWriter) {
        writer.writeBytes(Array(magic.utf8))
        writer.write(TransitionFeatures.version)
        writer.write(LabelFeatures.version)
        writer.write(parser.labelTable.map(\.name))
        writer.write(parser.transitions.scale)
        writer.write(parser.transitions.keys)
        writer.write(parser.transitions.weights)
        writer.write(parser.labels.scale)
        writer.write(parser.labels.keys)
        writer.write(parser.labels.offsets)
        writer.write(parser.labels.classes)
        writer.write(parser.labels.values)
        writer.write(parser.clusters.keys)
        writer.write(parser.clusters.paths)
    }

    static func read(from reader: inout BinaryReader) throws(ModelFileError) -> DependencyParser {
        try reader.expectMagic(magic, format: "Loom dependency parser")
        let transitionVersion = try reader.read(UInt32.self)
        let labelVersion = try reader.read(UInt32.self)
        guard transitionVersion == TransitionFeatures.version, labelVersion == LabelFeatures.version else {
            throw ModelFileError.wrongFormat(
                reader.name,
                expected: "Loom dependency parser (feature version \(TransitionFeatures.version).\(LabelFeatures.version))")
        }
        let names = try reader.readStrings()
        var table: [DependencyLabel] = []
        for name in names {
            guard let label = DependencyLabel(name: name) else {
                throw ModelFileError.corrupt(reader.name, "unknown dependency label '\(name)'")
            }
            table.append(label)
        }
        let transitionScale = try reader.read(Float.self)
        let transitionKeys: [UInt64] = try reader.readArray()
        let transitionWeights: [Int16] = try reader.readArray()
        let labelScale = try reader.read(Float.self)
        let labelKeys: [UInt64] = try reader.readArray()
        let offsets: [UInt32] = try reader.readArray()
        let classes: [UInt8] = try reader.readArray()
        let values: [Int16] = try reader.readArray()
        let clusterKeys: [UInt32] = try reader.readArray()
        let clusterPaths: [UInt32] = try reader.readArray()
        guard reader.isAtEnd, table.count >= 2, table.count <= 256, table.contains(.root),
            clusterKeys.count == clusterPaths.count, !clusterPaths.contains(0),
            zip(clusterKeys, clusterKeys.dropFirst()).allSatisfy({ $0 < $1 }),
            transitionWeights.count == transitionKeys.count * 3,
            offsets.count == labelKeys.count + 1, offsets.first == 0, Int(offsets.last!) == classes.count,
            classes.count == values.count, classes.allSatisfy({ Int($0) < table.count }),
            zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw ModelFileError.corrupt(reader.name, "parser tables do not fit together") }
        return DependencyParser(
            transitions: TransitionWeights(keys: transitionKeys, weights: transitionWeights, scale: transitionScale),
            labels: LabelWeights(
                classCount: table.count, keys: labelKeys, offsets: offsets, classes: classes, values: values, scale: labelScale),
            labelTable: table, clusters: ParserClusters(keys: clusterKeys, paths: clusterPaths))
    }
}

extension DependencyParser {
    /// The model in the binary format read by ``init(contentsOf:)``.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        ParserModelFile.write(self, to: &writer)
        return writer.bytes
    }

    /// Writes the model file.
    public func write(to url: URL) throws {
        try Data(serialized()).write(to: url, options: .atomic)
    }
}
