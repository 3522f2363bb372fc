import Foundation

/// The parser model file format (little-endian, see ``BinaryWriter``):
///
/// ```
/// magic "LOOMDEP1"
/// UInt32 transition-feature version, UInt32 label-feature version
/// [String] label names, in label-class order
/// transition model (PerceptronModel, 3 classes: shift, left, right)
/// label model (PerceptronModel, one class per label name)
/// ```
enum ParserModelFile {
    static let magic = "LOOMDEP1"

    static func write(_ parser: DependencyParser, to writer: inout BinaryWriter) {
        writer.writeBytes(Array(magic.utf8))
        writer.write(TransitionFeatures.version)
        writer.write(LabelFeatures.version)
        writer.write(parser.labelTable.map(\.name))
        parser.transitions.write(to: &writer)
        parser.labels.write(to: &writer)
    }

    static func read(from reader: inout BinaryReader) throws(ModelFileError) -> DependencyParser {
        try reader.expectMagic(magic, format: "Loom dependency parser")
        let transitionVersion = try reader.read(UInt32.self)
        let labelVersion = try reader.read(UInt32.self)
        guard transitionVersion == TransitionFeatures.version, labelVersion == LabelFeatures.version else {
            throw ModelFileError.wrongFormat(reader.name, expected: "Loom dependency parser (feature version \(TransitionFeatures.version).\(LabelFeatures.version))")
        }
        let names = try reader.readStrings()
        var table: [DependencyLabel] = []
        for name in names {
            guard let label = DependencyLabel(name: name) else {
                throw ModelFileError.corrupt(reader.name, "unknown dependency label '\(name)'")
            }
            table.append(label)
        }
        let transitions = try PerceptronModel.read(from: &reader)
        let labels = try PerceptronModel.read(from: &reader)
        guard transitions.classCount == ParseTransition.allCases.count, labels.classCount == table.count,
            table.count >= 2, table.contains(.root), reader.isAtEnd
        else { throw ModelFileError.corrupt(reader.name, "parser tables do not fit together") }
        return DependencyParser(transitions: transitions, labels: labels, labelTable: table)
    }
}

extension DependencyParser {
    /// The model in the binary format read by ``init(contentsOf:)``.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        ParserModelFile.write(self, to: &writer)
        return writer.bytes
    }
}

extension DependencyParser {
    /// Writes the model file.
    public func write(to url: URL) throws {
        var writer = BinaryWriter()
        ParserModelFile.write(self, to: &writer)
        try writer.save(to: url)
    }
}
