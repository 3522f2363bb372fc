/// What separates a token from the next one, as far as sentence splitting cares.
enum TokenBreak: UInt8, Sendable {
    /// Spaces only (or nothing).
    case none
    /// Exactly one line break.
    case line
    /// A blank line (two or more line breaks) or a paragraph separator.
    case paragraph
}

/// A single forward scan over UTF-8 bytes that produces tokens with scalar offsets.
///
/// Separators (whitespace, control characters, NUL) split tokens and are dropped. Word-like runs are
/// scanned by ``scanWord(from:prefix:)``; punctuation by the rules in ``scanToken(at:class:length:)``.
/// Scalar offsets are counted incrementally by a cursor that only moves forward, so the scan is linear.
/// No token is longer than ``maximumTokenLength`` scalars: a longer run is cut into pieces.
struct TokenScanner {
    /// Flag: the token ends in `.`, `?`, `!` or `…` (its last byte).
    static let punctuationEnd: UInt8 = 1
    /// Flag: the token starts with a bracket, a straight quote or a U+2000–U+2FFF character.
    static let nestingStart: UInt8 = 2

    /// The longest token the scanner produces, in Unicode scalars.
    static let maximumTokenLength = 1000

    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    let table: [CharacterClass]
    private(set) var tokens: [Token] = []
    private(set) var breaks: [TokenBreak] = []
    /// Per token: ``punctuationEnd`` and ``nestingStart`` bits, so the sentence splitter looks at
    /// the text of few tokens only.
    private(set) var flags: [UInt8] = []
    private var cursorByte = 0
    private var cursorScalar = 0
    private var gapNewlines = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.count = bytes.count
        self.table = CharacterClass.ascii
        tokens.reserveCapacity(bytes.count / 5 + 1)
        breaks.reserveCapacity(bytes.count / 5 + 1)
        flags.reserveCapacity(bytes.count / 5 + 1)
    }

    /// Scans the whole input.
    mutating func run() {
        var i = 0
        while i < count {
            let (kind, length) = classify(i)
            switch kind {
            case .space:
                i += length
            case .newline:
                if bytes[i] == 0x0D, i + 1 < count, bytes[i + 1] == 0x0A { i += 2 } else { i += length }
                noteLineBreaks(1)
            case .paragraph:
                i += length
                noteLineBreaks(2)
            default:
                i = scanToken(at: i, class: kind, length: length)
            }
        }
    }

    private mutating func noteLineBreaks(_ number: Int) {
        gapNewlines += number
        if !breaks.isEmpty { breaks[breaks.count - 1] = gapNewlines >= 2 ? .paragraph : .line }
    }

    // MARK: Characters

    /// The class and UTF-8 length of the scalar starting at byte `i`.
    @inline(__always) func classify(_ i: Int) -> (CharacterClass, Int) {
        let byte = bytes[i]
        if byte < 0x80 { return (table[Int(byte)], 1) }
        let (value, length) = decode(i)
        return (CharacterClass.of(scalar: value), length)
    }

    /// Decodes the non-ASCII scalar starting at byte `i` (the input is valid UTF-8).
    func decode(_ i: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[i])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + length <= count else { return (0xFFFD, 1) }
        var value = lead & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (value, length)
    }

    /// Whether the scalar at `i` is a letter, digit or mark.
    @inline(__always) func isWordCharacter(at i: Int) -> Bool { i < count && classify(i).0.isWordCharacter }

    /// Whether the byte is an ASCII letter.
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether the byte is an ASCII digit.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: Output

    /// The scalar offset of byte position `position`; positions must not decrease between calls.
    private mutating func scalarOffset(_ position: Int) -> Int {
        var byte = cursorByte
        var scalar = cursorScalar
        while byte < position {
            if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        cursorByte = position
        cursorScalar = scalar
        return scalar
    }

    /// Appends the token spanning bytes `start..<end`.
    mutating func emit(_ start: Int, _ end: Int) {
        let first = scalarOffset(start)
        let last = scalarOffset(end)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let spaceAfter = end < count && classify(end).0.isSeparator
        tokens.append(Token(text: text, start: first, end: last, spaceAfter: spaceAfter))
        breaks.append(.none)
        let firstByte = bytes[start]
        let lastByte = bytes[end - 1]
        var flag: UInt8 = 0
        if lastByte == 0x2E || lastByte == 0x3F || lastByte == 0x21 || lastByte == 0xA6 { flag |= Self.punctuationEnd }
        switch firstByte {
        case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0xE2: flag |= Self.nestingStart
        default: break
        }
        flags.append(flag)
        gapNewlines = 0
    }
}
