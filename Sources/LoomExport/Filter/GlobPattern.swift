/// An fnmatch-style glob (like Python's `fnmatch.fnmatchcase`): `*` matches any run of characters
/// including `/`, `?` one character, `[abc]`/`[a-z]` a set, `[!abc]` its complement. Case-sensitive;
/// matching works on Unicode scalars.
struct GlobPattern: Sendable, Hashable {
    private enum Piece: Sendable, Hashable {
        case literal(Unicode.Scalar)
        case any
        case star
        case set(negated: Bool, ranges: [ClosedRange<Unicode.Scalar>])
    }

    private let pieces: [Piece]

    /// Parses a pattern; `nil` when a `[` set is not closed.
    init?(_ pattern: String) {
        let scalars = Array(pattern.unicodeScalars)
        var pieces: [Piece] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "*": if pieces.last != .star { pieces.append(.star) }
            case "?": pieces.append(.any)
            case "[":
                var j = i + 1
                var negated = false
                if j < scalars.count, scalars[j] == "!" { negated = true; j += 1 }
                var ranges: [ClosedRange<Unicode.Scalar>] = []
                var first = true
                while j < scalars.count, scalars[j] != "]" || first {
                    first = false
                    let low = scalars[j]
                    if j + 2 < scalars.count, scalars[j + 1] == "-", scalars[j + 2] != "]" {
                        let high = scalars[j + 2]
                        if low <= high { ranges.append(low...high) }
                        j += 3
                    } else {
                        ranges.append(low...low)
                        j += 1
                    }
                }
                guard j < scalars.count else { return nil }
                pieces.append(.set(negated: negated, ranges: ranges))
                i = j
            default: pieces.append(.literal(c))
            }
            i += 1
        }
        self.pieces = pieces
    }

    /// Whether the whole text matches the pattern.
    func matches(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        // Iterative matcher with backtracking to the last star: linear in practice.
        var p = 0, t = 0
        var starPiece = -1, starText = 0
        while t < s.count {
            if p < pieces.count, pieces[p] != .star, Self.matchOne(pieces[p], s[t]) {
                p += 1; t += 1
            } else if p < pieces.count, pieces[p] == .star {
                starPiece = p; starText = t; p += 1
            } else if starPiece >= 0 {
                p = starPiece + 1; starText += 1; t = starText
            } else {
                return false
            }
        }
        while p < pieces.count, pieces[p] == .star { p += 1 }
        return p == pieces.count
    }

    private static func matchOne(_ piece: Piece, _ c: Unicode.Scalar) -> Bool {
        switch piece {
        case .literal(let l): return l == c
        case .any: return true
        case .star: return false
        case .set(let negated, let ranges): return ranges.contains { $0.contains(c) } != negated
        }
    }
}
