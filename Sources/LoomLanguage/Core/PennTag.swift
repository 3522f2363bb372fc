/// A Penn Treebank part-of-speech tag, as used in the XPOS column of UD English EWT.
///
/// Backed by a small integer so that tag sequences are flat byte arrays on hot paths.
public enum PennTag: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case NN, NNS, NNP, NNPS, PRP, PRPS, WP, WPS, DT, PDT, WDT, EX
    case JJ, JJR, JJS, RB, RBR, RBS, WRB, RP
    case VB, VBD, VBG, VBN, VBP, VBZ, MD, TO
    case IN, CC, CD, UH, FW, LS, SYM, POS
    case period, comma, colon, openQuote, closeQuote, leftBracket, rightBracket, dollar, hash
    case HYPH, NFP, ADD, GW, AFX, XX

    /// The tag as written in treebanks (`PRP$`, `.`, `` ` ` ``, `-LRB-` …).
    public var name: String { Self.names[Int(rawValue)] }

    public var description: String { name }

    /// Parses a treebank tag; returns nil for an unknown one.
    public init?(name: String) {
        guard let tag = Self.byName[name] else { return nil }
        self = tag
    }

    private static let names: [String] = [
        "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "WP", "WP$", "DT", "PDT", "WDT", "EX",
        "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "WRB", "RP",
        "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "TO",
        "IN", "CC", "CD", "UH", "FW", "LS", "SYM", "POS",
        ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "$", "#",
        "HYPH", "NFP", "ADD", "GW", "AFX", "XX",
    ]

    private static let byName: [String: PennTag] = {
        var table = [String: PennTag]()
        for tag in PennTag.allCases { table[tag.name] = tag }
        return table
    }()

    /// Common nouns (NN, NNS).
    public var isCommonNoun: Bool { self == .NN || self == .NNS }
    /// Proper nouns (NNP, NNPS).
    public var isProperNoun: Bool { self == .NNP || self == .NNPS }
    /// Any noun tag.
    public var isNoun: Bool { isCommonNoun || isProperNoun }
    /// Any verb tag except the modal MD.
    public var isVerb: Bool { rawValue >= PennTag.VB.rawValue && rawValue <= PennTag.VBZ.rawValue }
    /// Adjectives (JJ, JJR, JJS).
    public var isAdjective: Bool { self == .JJ || self == .JJR || self == .JJS }
    /// Adverbs (RB, RBR, RBS, WRB).
    public var isAdverb: Bool { self == .RB || self == .RBR || self == .RBS || self == .WRB }
    /// Punctuation tags.
    public var isPunctuation: Bool {
        switch self {
        case .period, .comma, .colon, .openQuote, .closeQuote, .leftBracket, .rightBracket, .HYPH, .NFP:
            return true
        default:
            return false
        }
    }
}
