/// Two graph nodes that may be one entity, with the aliases-file line that would merge them.
public struct DuplicateCandidate: Sendable, Hashable {
    /// Why the pair looks like one entity.
    public enum Reason: String, Sendable, Hashable {
        /// One name is the other's leading words (`Meta` / `Meta Platforms`).
        case shortForm = "short form"
        /// A one-word person name is the other's last word (`Wu` / `Eddie Wu`).
        case surname
        /// One name is the initials of the other (`AWS` / `Amazon Web Services`).
        case acronym
        /// The names differ only in punctuation, spacing or one letter (`Helio-Grid` / `Helio Grid`).
        case spelling
    }

    /// The node to merge away (the shorter or rarer name).
    public var alias: GraphNode
    /// The node to keep.
    public var canonical: GraphNode
    public var reason: Reason

    /// The aliases-file line that merges the pair (`Meta = Meta Platforms`); write `!Meta` instead to
    /// keep them apart for good.
    public var aliasLine: String { "\(alias.label) = \(canonical.label)" }
}

/// The duplicate-node review: lists node pairs that may be one entity so that a person can confirm
/// them in the aliases file (see ``AliasOverrides``). Resolution never merges these by itself across
/// articles, because each rule also fits distinct entities (`Wu` may be Eddie Wu or Mary Wu).
public enum DuplicateReview {
    /// Candidate pairs among `nodes`, most mentioned canonical first. Only proper names of compatible
    /// types are compared (same type, or one of them OTHER); numbers and dates are skipped.
    public static func candidates(in nodes: [GraphNode]) -> [DuplicateCandidate] {
        let names = nodes.filter { isName($0) }
        let keys = names.map { EntityKey.key(for: $0.label).split(separator: " ").map(String.init) }
        // Only nodes sharing a first word, a last word, initials, their letters or a one-deletion
        // variant of them can match, so pairs are drawn from those buckets rather than all n² pairs.
        var buckets = [String: [Int]]()
        var nodeBuckets = [[String]]()
        for (index, words) in keys.enumerated() {
            let letters = Array(words.joined().filter { $0.isLetter || $0.isNumber })
            var labels = ["f:" + (words.first ?? ""), "l:" + (words.last ?? ""), "e:" + String(letters)]
            if letters.count >= 6 {  // one-edit neighbours share a one-deletion variant
                for drop in letters.indices {
                    var variant = letters
                    variant.remove(at: drop)
                    labels.append("d:" + String(variant))
                }
            }
            if words.count > 1 { labels.append("i:" + initials(names[index].label)) }
            if Acronyms.isAcronym(names[index].label) { labels.append("i:" + names[index].label.filter(\.isLetter).uppercased()) }
            let distinct = Set(labels).filter { $0.count > 2 }.sorted()
            for label in distinct { buckets[label, default: []].append(index) }
            nodeBuckets.append(distinct)
        }
        var result = [DuplicateCandidate]()
        for i in names.indices {
            var partners = Set<Int>()
            for label in nodeBuckets[i] { partners.formUnion(buckets[label] ?? []) }
            for j in partners.sorted() where i != j && compatible(names[i].type, names[j].type) {
                let (short, long) = (keys[i], keys[j])
                guard let reason = reason(short, names[i], long, names[j]) else { continue }
                if reason == .spelling && (names[i].mentionCount, names[j].id) > (names[j].mentionCount, names[i].id) {
                    continue  // report each spelling pair once, towards the more mentioned node
                }
                result.append(DuplicateCandidate(alias: names[i], canonical: names[j], reason: reason))
            }
        }
        return result.sorted {
            ($0.canonical.mentionCount, $0.alias.mentionCount, $1.alias.id) > ($1.canonical.mentionCount, $1.alias.mentionCount, $0.alias.id)
        }
    }

    private static func reason(_ short: [String], _ shortNode: GraphNode, _ long: [String], _ longNode: GraphNode)
        -> DuplicateCandidate.Reason? {
        guard !short.isEmpty, !long.isEmpty, short != long else { return nil }
        if short.count < long.count {
            if short.count == 1, Array(long.suffix(1)) == short,
               longNode.type == .person && (shortNode.type == .person || shortNode.type == .other) {
                return .surname
            }
            if Array(long.prefix(short.count)) == short, longNode.type != .person, longNode.type != .location {
                return .shortForm
            }
        }
        if short.count == 1, Acronyms.isAcronym(shortNode.label), long.count > 1,
           initials(longNode.label) == shortNode.label.filter(\.isLetter).uppercased() {
            return .acronym
        }
        let a = short.joined().filter { $0.isLetter || $0.isNumber }
        let b = long.joined().filter { $0.isLetter || $0.isNumber }
        if a == b || a.count >= 6 && b.count >= 6 && withinOneEdit(Array(a), Array(b)) { return .spelling }
        return nil
    }

    private static func isName(_ node: GraphNode) -> Bool {
        guard [.person, .organization, .location, .other].contains(node.type) else { return false }
        return node.label.first.map { $0.isUppercase || $0.isNumber } ?? false
    }

    private static func compatible(_ a: EntityType, _ b: EntityType) -> Bool { a == b || a == .other || b == .other }

    private static func initials(_ label: String) -> String {
        let skip: Set<String> = ["of", "and", "&", "the", "for"]
        return String(label.split(separator: " ").filter { !skip.contains($0.lowercased()) }
            .compactMap { $0.first(where: \.isLetter) }).uppercased()
    }

    /// Whether two strings differ by at most one insertion, deletion or substitution.
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        var j = 0
        var edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
