/// Title normalization used to compare titles: case-folded, curly quotes/apostrophes folded to straight
/// ones, dashes folded to "-", whitespace collapsed and trimmed.
public enum TitleMatch {
    public static func normalize(_ title: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in title.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}": scalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": scalars.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return Whitespace.collapse(String(scalars))
    }

    /// Whether two titles are equal after normalization.
    public static func matches(_ predicted: String?, _ expected: String) -> Bool {
        guard let predicted else { return false }
        return normalize(predicted) == normalize(expected)
    }
}
