/// The abbreviations the tokenizer knows, and how each behaves at a possible sentence end.
///
/// Words are packed into a `UInt64` (up to 8 ASCII bytes) so that a lookup costs no allocation.
/// Besides this list, the tokenizer keeps a final period on single capital letters (initials,
/// `J. K. Rowling`) and on dotted single letters (`U.S.`, `e.g.`, `a.m.`).
enum Abbreviations {
    /// How an abbreviation followed by a capitalized word is treated.
    enum Kind: UInt8, Sendable {
        /// Titles and the like (`Mr.`, `Dr.`, `Gen.`): never end a sentence.
        case title
        /// Never ends a sentence (`e.g.`, `vs.`, `No.`).
        case inner
        /// Ends a sentence when the next word is a common sentence starter (`Inc. The`).
        case canEnd
    }

    private static let titles = """
        Mr Mrs Ms Mme Messrs Mssrs Dr Prof Gen Sen Sens Rep Reps Gov Lt Col Capt Sgt Cpl Maj Adm Cmdr \
        Rev Hon Pres Supt Insp Fr Mt Ft Gens
        """
    private static let inner = "e.g i.e vs v cf viz approx ca incl No Nos no nos Vol vol Fig fig pp Ch Art Sec ext Ext"
    private static let canEnd = """
        Inc Corp Ltd Co Cos Bros INC CORP LTD CO Jr Sr Esq Ph.D Intl etc al St Sts Ave Blvd Rd Dept dept Univ Assn Gov't Govt govt est misc \
        Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat yr yrs mos \
        Ala Ariz Ark Calif Colo Conn Fla Ga Ill Kan Ky La Md Mass Mich Minn Miss Mont Neb Nev Okla Ore Pa \
        Tenn Va Vt Wis Wyo Del Ind Mo Wash
        """
    /// Abbreviations whose period is kept only before a number (`No. 1`, `Fig. 3`, `pp. 12`).
    private static let beforeNumber = "No Nos no nos Vol vol Fig fig pp Ch Art Sec ext Ext"

    private static func table(_ lists: [(String, Kind)]) -> [UInt64: Kind] {
        var result: [UInt64: Kind] = [:]
        for (list, kind) in lists {
            for word in list.split(separator: " ") { result[pack(word.utf8)] = kind }
        }
        return result
    }

    private static let kinds = table([(canEnd, .canEnd), (titles, .title), (inner, .inner)])
    private static let numberOnly: Set<UInt64> = Set(beforeNumber.split(separator: " ").map { pack($0.utf8) })

    /// Packs up to 8 bytes into an integer; longer input gives 0, which is never a key.
    @inline(__always) static func pack<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var result: UInt64 = 0
        var count = 0
        for byte in bytes {
            count += 1
            if count > 8 { return 0 }
            result = result << 8 | UInt64(byte)
        }
        return result
    }

    /// The kind of a listed abbreviation (without its period), or nil.
    static func kind(of packed: UInt64) -> Kind? { packed == 0 ? nil : kinds[packed] }

    /// The kind of an abbreviation token such as `"Inc."`, or nil when it is not one.
    static func kind(ofToken text: String) -> Kind? {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.count <= 9, utf8.last == UInt8(ascii: ".") else { return nil }
        return kind(of: pack(utf8.dropLast()))
    }

    /// Whether the abbreviation keeps its period only when a number follows.
    static func needsNumber(_ packed: UInt64) -> Bool { numberOnly.contains(packed) }

    /// Capitalized words that commonly start a sentence: after an abbreviation that can end one
    /// (`Apple Inc. The company …`) they mark a sentence boundary.
    static let sentenceStarters: Set<String> = Set("""
        The A An It Its He She They We I You His Her Their Our My This That These Those There Here \
        But And Or So Yet In On At For From By With As If When While After Before Since Although Though \
        However Meanwhile Still Also Then Now Today Yesterday Last Next Some Many Most All Both Each \
        Such What Why How Who Where Shares Analysts According Under Over During Despite Earlier Later
        """.split(separator: " ").map(String.init))
}
