/// Deterministic repairs of one error the greedy parser makes often on news text, applied to every
/// parse after decoding (see `MODELS.md` for its effect on EWT dev and test).
///
/// **A finite clause's subject read as the object of the verb before it.** In `Lin said the plant
/// would also make components`, a left-to-right parser attaches `the plant` to `said` as its object
/// before it sees `would`, and `make` is left a clause without a subject. When a verb has an object
/// that ends right where a following clause of the same verb begins, and that clause is finite (a
/// modal or tensed auxiliary, or a tensed verb) but has no subject of its own, the object is that
/// clause's subject: it is moved under the clause (`nsubj`, or `nsubj:pass` in a passive), and an
/// unmarked adverbial clause becomes the verb's clausal complement (`ccomp`).
public enum ParseRepair {
    /// Applies the repairs in place; `heads` are 0-based with -1 for the root.
    public static func apply(tags: [PennTag], heads: inout [Int32], labels: inout [DependencyLabel]) {
        let count = heads.count
        guard count > 3, tags.count >= count, labels.count == count else { return }
        var children = [[Int]](repeating: [], count: count)
        for index in 0..<count where heads[index] >= 0 && Int(heads[index]) < count {
            children[Int(heads[index])].append(index)
        }
        var bounds: SubtreeBounds?  // built only for sentences with a candidate
        for verb in 0..<count where tags[verb].isVerb {
            for object in children[verb] where labels[object] == .obj && isNominal(tags[object]) {
                let clauses = children[verb].filter { candidate in
                    candidate > object && (labels[candidate] == .ccomp || labels[candidate] == .advcl) && tags[candidate].isVerb
                }
                guard !clauses.isEmpty else { continue }
                if bounds == nil { bounds = SubtreeBounds(heads: heads) }
                guard let clause = clauses.first(where: { bounds!.first(of: $0) == bounds!.last(of: object) + 1 }) else { continue }
                let clauseChildren = children[clause]
                guard !clauseChildren.contains(where: { labels[$0].isSubject || labels[$0] == .mark }),
                      isFinite(clause, clauseChildren, tags: tags, labels: labels) else { continue }
                let passive = clauseChildren.contains { labels[$0] == .auxPass }
                heads[object] = Int32(clause)
                labels[object] = passive ? .nsubjPass : .nsubj
                labels[clause] = .ccomp
                return  // one repair per sentence: the trees it reads have changed
            }
        }
    }

    private static func isNominal(_ tag: PennTag) -> Bool { tag.isNoun || tag == .PRP || tag == .CD }

    /// A clause with a tense: a modal or tensed auxiliary before it, or a tensed verb itself.
    private static func isFinite(_ clause: Int, _ children: [Int], tags: [PennTag], labels: [DependencyLabel]) -> Bool {
        let tensed: Set<PennTag> = [.MD, .VBD, .VBZ, .VBP]
        if children.contains(where: { ($0 < clause) && (labels[$0] == .aux || labels[$0] == .auxPass) && tensed.contains(tags[$0]) }) {
            return true
        }
        return tensed.contains(tags[clause]) && !children.contains { labels[$0] == .aux || labels[$0] == .auxPass }
    }
}

/// The first and last token of every subtree of a tree (iterative: a malformed tree cannot overflow
/// the stack or loop).
struct SubtreeBounds {
    private var low: [Int]
    private var high: [Int]

    init(heads: [Int32]) {
        let count = heads.count
        low = Array(0..<count)
        high = Array(0..<count)
        for start in 0..<count {
            var node = Int(heads[start]), steps = 0
            while node >= 0, node < count, steps < count {
                low[node] = min(low[node], start)
                high[node] = max(high[node], start)
                node = Int(heads[node])
                steps += 1
            }
        }
    }

    func first(of node: Int) -> Int { low[node] }
    func last(of node: Int) -> Int { high[node] }
}
