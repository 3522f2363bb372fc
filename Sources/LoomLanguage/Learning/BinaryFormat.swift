import Foundation

/// Why a model file could not be used.
public enum ModelFileError: Error, CustomStringConvertible, Equatable {
    /// The file does not exist or cannot be read.
    case unreadable(String, String)
    /// The file does not start with the expected magic bytes or has an unsupported version.
    case wrongFormat(String, expected: String)
    /// The file is truncated or its tables do not fit together.
    case corrupt(String, String)

    public var description: String {
        switch self {
        case .unreadable(let name, let reason):
            return "cannot read model \(name): \(reason)"
        case .wrongFormat(let name, let expected):
            return "\(name) is not a \(expected) model file (wrong magic or version); retrain it or restore it from the package"
        case .corrupt(let name, let reason):
            return "model \(name) is corrupt (\(reason)); retrain it or restore it from the package"
        }
    }
}

/// Appends little-endian scalars and length-prefixed arrays to a byte buffer.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Writes raw bytes (for a magic header).
    public mutating func writeBytes(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Writes one fixed-width integer or float, little-endian.
    public mutating func write<T: BitwiseCopyable>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    /// Writes a count (UInt32) followed by the elements' bytes.
    public mutating func write<T: BitwiseCopyable>(_ values: [T]) {
        write(UInt32(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Writes a UTF-8 string, length-prefixed.
    public mutating func write(_ text: String) { write(Array(text.utf8)) }

    /// Writes a list of strings.
    public mutating func write(_ texts: [String]) {
        write(UInt32(texts.count))
        for text in texts { write(text) }
    }

    /// Writes the buffer to a file atomically.
    public func save(to url: URL) throws {
        try Data(bytes).write(to: url, options: .atomic)
    }
}

/// Reads what ``BinaryWriter`` wrote, checking every length against the remaining bytes.
public struct BinaryReader: Sendable {
    /// A name for error messages (usually the file name).
    public let name: String
    private let data: [UInt8]
    private var position = 0

    public init(bytes: [UInt8], name: String) {
        self.data = bytes
        self.name = name
    }

    /// Loads a whole file.
    public init(contentsOf url: URL) throws(ModelFileError) {
        do {
            let data = try Data(contentsOf: url)
            self.init(bytes: [UInt8](data), name: url.lastPathComponent)
        } catch {
            throw ModelFileError.unreadable(url.path, error.localizedDescription)
        }
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { position == data.count }

    /// Checks and skips a magic header.
    public mutating func expectMagic(_ magic: String, format: String) throws(ModelFileError) {
        let expected = Array(magic.utf8)
        guard data.count - position >= expected.count,
            Array(data[position..<position + expected.count]) == expected
        else { throw ModelFileError.wrongFormat(name, expected: format) }
        position += expected.count
    }

    /// Reads one fixed-width value.
    public mutating func read<T: BitwiseCopyable>(_ type: T.Type) throws(ModelFileError) -> T {
        let size = MemoryLayout<T>.size
        guard data.count - position >= size else { throw ModelFileError.corrupt(name, "truncated") }
        let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: T.self) }
        position += size
        return value
    }

    /// Reads a length-prefixed array.
    public mutating func readArray<T: BitwiseCopyable>() throws(ModelFileError) -> [T] {
        let count = Int(try read(UInt32.self))
        let size = MemoryLayout<T>.stride
        guard count <= (data.count - position) / max(size, 1) else {
            throw ModelFileError.corrupt(name, "truncated array")
        }
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                let source = UnsafeRawBufferPointer(rebasing: raw[position..<position + count * size])
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            }
            initialized = count
        }
        position += count * size
        return result
    }

    /// Reads a length-prefixed UTF-8 string.
    public mutating func readString() throws(ModelFileError) -> String {
        let utf8: [UInt8] = try readArray()
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Reads a list of strings.
    public mutating func readStrings() throws(ModelFileError) -> [String] {
        let count = Int(try read(UInt32.self))
        guard count <= data.count - position else { throw ModelFileError.corrupt(name, "truncated list") }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try readString()) }
        return result
    }
}
