/// Stores a ``PerceptronModel`` with 16-bit weights: each weight is written as
/// `Int16(round(weight / scale))` with one Float32 scale per model (the largest magnitude / 32767),
/// and class ids as UInt8. Layout: class count (UInt32), keys (UInt64 array, sorted), offsets
/// (UInt32 array, one more than keys), classes (UInt8 array), scale (Float32), weights (Int16 array).
enum QuantizedWeights {
    static func write(_ model: PerceptronModel, to writer: inout BinaryWriter) {
        let largest = model.values.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        writer.write(UInt32(model.classCount))
        writer.write(model.keys)
        writer.write(model.offsets)
        writer.write(model.classes.map { UInt8(truncatingIfNeeded: $0) })
        writer.write(scale)
        writer.write(model.values.map { Int16(max(-32767, min(32767, ($0 / scale).rounded()))) })
    }

    static func read(from reader: inout BinaryReader) throws(ModelFileError) -> PerceptronModel {
        let classCount = Int(try reader.read(UInt32.self))
        let keys: [UInt64] = try reader.readArray()
        let offsets: [UInt32] = try reader.readArray()
        let classes: [UInt8] = try reader.readArray()
        let scale = try reader.read(Float.self)
        let weights: [Int16] = try reader.readArray()
        guard classCount > 0, classCount <= 256, offsets.count == keys.count + 1, offsets.first == 0,
            classes.count == weights.count, Int(offsets.last ?? 0) == classes.count,
            classes.allSatisfy({ Int($0) < classCount }), zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
            zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }), scale.isFinite, scale > 0
        else { throw ModelFileError.corrupt(reader.name, "inconsistent perceptron tables") }
        return PerceptronModel(
            classCount: classCount, keys: keys, offsets: offsets, classes: classes.map { UInt16($0) },
            values: weights.map { Float($0) * scale })
    }
}
