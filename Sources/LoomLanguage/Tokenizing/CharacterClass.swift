/// The classes of characters the tokenizer's scanner distinguishes.
///
/// ASCII bytes are classified by a 128-entry lookup table; other scalars are decoded once and
/// classified by their Unicode properties (see ``CharacterClass/of(scalar:)``).
enum CharacterClass: UInt8, Sendable {
    /// Whitespace that is not a line break, plus control characters and NUL (treated as separators).
    case space
    /// A line break (`\n`, lone `\r`, U+2028, U+0085, vertical tab).
    case newline
    /// A paragraph break on its own (U+2029, form feed).
    case paragraph
    case lower
    case upper
    /// Other letters (no case, e.g. CJK) and the underscore.
    case letter
    case digit
    /// Combining marks, ZWJ, variation selectors, emoji modifiers: they continue the previous token.
    case mark
    case period
    case comma
    case colon
    /// `-` and the Unicode hyphens U+2010/U+2011: joins words, dashes as a run.
    case hyphen
    /// `'` and U+2019 (right single quotation mark, the usual typographic apostrophe).
    case apostrophe
    /// `"`, curly double quotes, guillemets, U+2018, backquote.
    case quote
    case slash
    case ampersand
    case at
    /// `?` and `!`.
    case terminal
    /// Punctuation kept as one token when repeated: `*`, `=`, `+`, `~`, `#`, `<`, `>`.
    case repeatable
    /// En and em dashes, horizontal bar, minus sign: always one token of their own.
    case dash
    /// U+2026 horizontal ellipsis.
    case ellipsis
    /// Anything else (brackets, `$`, `%`, `;`, currency signs, emoji, other symbols): one token each.
    case symbol

    /// Whether the class continues a word (letters, digits, marks).
    @inline(__always) var isWordCharacter: Bool {
        switch self {
        case .lower, .upper, .letter, .digit, .mark: return true
        default: return false
        }
    }

    /// Whether the class separates tokens.
    @inline(__always) var isSeparator: Bool { self == .space || self == .newline || self == .paragraph }

    /// Whether the class is a letter (of any case).
    @inline(__always) var isLetter: Bool { self == .lower || self == .upper || self == .letter }

    /// Class of every ASCII byte.
    static let ascii: [CharacterClass] = {
        var table = [CharacterClass](repeating: .symbol, count: 128)
        for byte in 0..<32 { table[byte] = .space }
        table[0x7F] = .space
        table[Int(UInt8(ascii: "\n"))] = .newline
        table[Int(UInt8(ascii: "\r"))] = .newline
        table[0x0B] = .newline
        table[0x0C] = .paragraph
        table[Int(UInt8(ascii: " "))] = .space
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = .lower }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = .upper }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = .digit }
        table[Int(UInt8(ascii: "_"))] = .letter
        table[Int(UInt8(ascii: "."))] = .period
        table[Int(UInt8(ascii: ","))] = .comma
        table[Int(UInt8(ascii: ":"))] = .colon
        table[Int(UInt8(ascii: "-"))] = .hyphen
        table[Int(UInt8(ascii: "'"))] = .apostrophe
        table[Int(UInt8(ascii: "\""))] = .quote
        table[Int(UInt8(ascii: "`"))] = .quote
        table[Int(UInt8(ascii: "/"))] = .slash
        table[Int(UInt8(ascii: "&"))] = .ampersand
        table[Int(UInt8(ascii: "@"))] = .at
        table[Int(UInt8(ascii: "?"))] = .terminal
        table[Int(UInt8(ascii: "!"))] = .terminal
        for byte in "*=+~#<>".utf8 { table[Int(byte)] = .repeatable }
        return table
    }()

    /// Class of a non-ASCII scalar value.
    static func of(scalar value: UInt32) -> CharacterClass {
        switch value {
        case 0x80...0x84, 0x86...0x9F: return .space
        case 0x85, 0x2028: return .newline
        case 0x2029: return .paragraph
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .mark
        case 0x2019: return .apostrophe
        case 0x2018, 0x201A...0x201F, 0xAB, 0xBB, 0x2039, 0x203A: return .quote
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2212: return .dash
        case 0x2026: return .ellipsis
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .modifierLetter, .otherLetter, .letterNumber: return .letter
        case .decimalNumber: return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator, .lineSeparator: return .space
        case .control: return .space
        case .format: return .mark
        default: return properties.isAlphabetic ? .letter : .symbol
        }
    }
}
