import LoomLanguage

/// The parse of one sentence prepared for the rules: flat arrays plus the children table, built once.
struct SentenceView {
    let sentence: AnalyzedSentence
    let tags: [PennTag]
    let labels: [DependencyLabel]
    let heads: [Int]
    let children: [[Int]]
    /// Lower-cased lemmas (the relation key is built from them).
    let lemmas: [String]
    /// Whether each token is a negation modifier.
    let negations: [Bool]
    /// Whether the sentence has a quotation mark (quoted speech is less often a plain statement).
    let hasQuote: Bool

    init(_ sentence: AnalyzedSentence) {
        self.sentence = sentence
        tags = sentence.tags
        labels = sentence.labels
        // A malformed tree (head out of range, self-loop, cycle) must not crash or hang the rules:
        // bad heads become roots, and every walk below is bounded.
        let count = sentence.count
        let heads = sentence.heads.enumerated().map { index, head in
            head >= 0 && Int(head) < count && Int(head) != index ? Int(head) : -1
        }
        self.heads = heads
        var table = Array(repeating: [Int](), count: count)
        for (index, head) in heads.enumerated() where head >= 0 { table[head].append(index) }
        children = table
        lemmas = sentence.lemmas.map { $0.lowercased() }
        negations = zip(sentence.tokens, sentence.labels).map { Self.negation($0.text, $1) }
        hasQuote = sentence.tokens.contains { ["\"", "``", "''", "“", "”"].contains($0.text) }
    }

    var count: Int { tags.count }
    func text(_ i: Int) -> String { sentence.tokens[i].text }

    /// Children of `i` with one of the given labels, in sentence order.
    func children(of i: Int, _ wanted: Set<DependencyLabel>) -> [Int] { children[i].filter { wanted.contains(labels[$0]) } }

    func firstChild(of i: Int, _ label: DependencyLabel) -> Int? { children[i].first { labels[$0] == label } }

    /// A negation word (`not`, `n't`, `never`) attached as a modifier.
    func isNegation(_ i: Int) -> Bool { negations[i] }

    private static func negation(_ word: String, _ label: DependencyLabel) -> Bool {
        guard label == .advmod || label == .aux else { return false }
        let word = word.lowercased()
        return word == "not" || word == "n't" || word == "never" || word == "no"
    }

    func isPronoun(_ i: Int) -> Bool { tags[i] == .PRP || tags[i] == .WP || tags[i] == .WDT || tags[i] == .EX }

    /// `who`, `which`, `that` heading a relative clause's argument.
    func isRelativePronoun(_ i: Int) -> Bool {
        switch tags[i] {
        case .WP where isFreeRelative(i): return false
        case .WDT, .WP, .WPS: return true
        default: return lemmas[i] == "that" && labels[i] != .mark && labels[i] != .det
        }
    }

    /// `what` or `where` heading a clause of its own (`what we had hoped for`, `not where we want to
    /// be`): a phrase, not a pronoun standing for an antecedent.
    /// The relative pronoun of a quantified subject (`whom` in `most of whom`), if any.
    func quantifiedRelativePronoun(_ i: Int) -> Int? {
        children[i].first { labels[$0] == .nmod && isRelativePronoun($0) }
    }

    func isFreeRelative(_ i: Int) -> Bool {
        let word = lemmas[i].lowercased()
        let wh = tags[i] == .WP && ["what", "whatever"].contains(word) || tags[i] == .WRB && ["where", "wherever"].contains(word)
        return wh && children[i].contains { labels[$0] == .aclRelcl || labels[$0] == .advclRelcl }
    }

    /// Labels never taken into an argument from its head (they are separate statements or glue).
    static let detachedAtHead: Set<DependencyLabel> = [
        .aclRelcl, .appos, .conj, .cc, .ccPreconj, .punct, .parataxis, .list, .dep, .discourse, .vocative,
        .advclRelcl, .reparandum, .dislocated,
    ]
    /// Labels left out of an argument at any depth.
    static let detachedBelow: Set<DependencyLabel> = [.aclRelcl, .appos, .parataxis, .list, .reparandum, .dislocated]

    /// The tokens of the phrase headed by `head`: its subtree without detached dependents, without the
    /// tokens in `skip` (and their subtrees), trimmed of punctuation and conjunctions at the edges.
    /// `keepCase` keeps the head's preposition (`on Tuesday`); `clause` keeps a nominal predicate's
    /// subject and copula (a clausal object: `the attack was criminal`).
    func phrase(_ head: Int, skip: Set<Int> = [], keepAtHead: Set<DependencyLabel> = [], keepCase: Bool = false, clause: Bool = false) -> [Int] {
        var result: [Int] = [head]
        let nominal = !tags[head].isVerb && !clause
        var seen = [Bool](repeating: false, count: count)
        seen[head] = true
        var stack: [(Int, Bool)] = children[head].map { ($0, true) }
        while let (node, atHead) = stack.popLast() {
            if skip.contains(node) || seen[node] { continue }
            seen[node] = true
            let label = labels[node]
            // `what we had hoped for`: a free relative's clause is the phrase's content.
            if !((label == .aclRelcl || label == .advclRelcl) && isFreeRelative(heads[node])),
               atHead ? (Self.detachedAtHead.contains(label) && !keepAtHead.contains(label)) : Self.detachedBelow.contains(label) {
                continue
            }
            if atHead && !keepCase && label == .caseMarker && node < head { continue }
            // A participle set off by a comma describes the noun in passing (`Sunridge , founded in
            // 2014 by …`); it is a statement of its own, not part of the noun's name.
            if atHead && nominal && label == .acl && node > head && isSetOffByComma(node) { continue }
            // An age between commas (`Vidal , 52 , joined`) describes the person; it is not the name.
            if atHead && nominal && tags[node] == .CD && node == head + 2 && isSetOffByComma(node) && tags[head].isProperNoun {
                continue
            }
            // A noun that is itself a predicate (`X is the CEO`) keeps its clause out of the phrase.
            if atHead && nominal && ClauseRules.clauseLabels.contains(label) && ![.obl, .oblTmod, .oblNpmod, .oblUnmarked].contains(label) {
                continue
            }
            result.append(node)
            for child in children[node] { stack.append((child, false)) }
        }
        result.sort()
        return trim(droppingStrandedCommas(result), head: head)
    }

    /// The name a common-noun description introduces without a comma (`Swiss drugmaker Velora Pharma
    /// AG`, `former NASA engineer Mark Delgado`): a proper-noun apposition right after the noun. An
    /// argument headed by such a noun is the name (the description is stated on its own, rule `title`).
    func introducedName(_ head: Int) -> Int? {
        guard tags[head].isCommonNoun, head + 1 < count else { return nil }
        return children[head].first { child in
            labels[child] == .appos && tags[child].isProperNoun && child > head && subtreeStart(child) == head + 1
        }
    }

    /// The first word (not punctuation) of `node`'s subtree.
    func subtreeStart(_ node: Int) -> Int {
        var first = node
        var stack = [node]
        var visited = 0
        while let current = stack.popLast(), visited < count {
            visited += 1
            if !tags[current].isPunctuation { first = min(first, current) }
            stack.append(contentsOf: children[current])
        }
        return first
    }

    /// Month and weekday names (a phrase with one is a date).
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
        "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Whether the phrase headed by `head` is a date: a number (`2025`) or a phrase with a month or
    /// weekday name (`on Thursday`, `10 , 2025`).
    func isDate(_ head: Int) -> Bool {
        (tags[head] == .CD && text(head).first?.isNumber == true)
            || phrase(head).contains { Self.calendarWords.contains(text($0).lowercased()) }
    }

    /// Whether the words of `node`'s subtree follow a comma (which the parser may have put in the subtree).
    func isSetOffByComma(_ node: Int) -> Bool {
        let first = subtreeStart(node)
        return first > 0 && tags[first - 1] == .comma
    }

    /// Drops commas left beside a gap where a detached part was cut out (`Maison Lefèvre SA , has
    /// raised` once the apposition between the two commas is gone).
    func droppingStrandedCommas(_ sorted: [Int]) -> [Int] {
        guard sorted.count > 2 else { return sorted }
        var kept: [Int] = []
        kept.reserveCapacity(sorted.count)
        for (position, token) in sorted.enumerated() {
            if tags[token] == .comma, position > 0, position < sorted.count - 1,
               sorted[position - 1] != token - 1 || sorted[position + 1] != token + 1 {
                continue
            }
            kept.append(token)
        }
        return kept
    }

    /// Drops punctuation, conjunctions and clause markers at both edges, and cuts the phrase at a
    /// gap opened by a removed punctuation-delimited part when that leaves the head's side intact.
    func trim(_ tokens: [Int], head: Int) -> [Int] {
        var low = 0, high = tokens.count - 1
        func edgeJunk(_ i: Int) -> Bool {
            if i == head { return false }
            let label = labels[i]
            // `whether to bring charges`, `if it will`: the marker of an embedded question is its meaning.
            if label == .mark, lemmas[i] == "whether" || lemmas[i] == "if" { return false }
            return tags[i].isPunctuation || label == .cc || label == .mark || label == .ccPreconj
        }
        while low <= high, edgeJunk(tokens[low]) { low += 1 }
        while high >= low, edgeJunk(tokens[high]) || (tokens[high] != head && labels[tokens[high]] == .caseMarker) { high -= 1 }
        guard low <= high else { return [head] }
        return Array(tokens[low...high])
    }

    /// The conjuncts of `i` (`conj` children, recursively), `i` first; conjuncts that are clauses of
    /// their own (with a subject or copula, or a verb under a noun) or parts of a name joined by `&`
    /// are left out.
    func conjuncts(_ i: Int) -> [Int] {
        var result = [i]
        var index = 0
        while index < result.count && result.count <= count {
            for child in children[result[index]] where labels[child] == .conj && !isClause(child, under: i) && !result.contains(child) {
                result.append(child)
            }
            index += 1
        }
        return result
    }

    private func isClause(_ i: Int, under head: Int) -> Bool {
        // `Delta & Pine Land Co.`: an ampersand joins the parts of one name.
        if children[i].contains(where: { labels[$0] == .cc && text($0) == "&" }) { return true }
        if tags[i].isVerb != tags[head].isVerb { return true }
        // `is due in 2027 and the last in 2029`: an adjective with a determiner after a bare one is the
        // subject of a clause whose verb was left out (gapping), not a second complement.
        if tags[head].isAdjective, tags[i].isAdjective, children[i].contains(where: { labels[$0] == .det }),
           !children[head].contains(where: { labels[$0] == .det }) { return true }
        return children[i].contains { labels[$0].isSubject || labels[$0] == .cop }
    }

    /// The tense of the nearest tensed clause above `token` (true for past, false for present),
    /// nil when none is found within a few steps.
    func isPast(above token: Int) -> Bool? {
        var node = heads[token]
        var steps = 0
        while node >= 0 && steps < 6 {
            let tensed = ([node] + children[node].filter { [.aux, .auxPass, .cop].contains(labels[$0]) }).map { tags[$0] }
            if tensed.contains(.VBD) { return true }
            if tensed.contains(.VBZ) || tensed.contains(.VBP) || tensed.contains(.MD) { return false }
            node = heads[node]
            steps += 1
        }
        return nil
    }

    /// The case marker of a nominal (with any `fixed` continuation: `because of`, `such as`), and a
    /// second marker right after it (`knocked out of the competition`, `from behind the wall`).
    func caseMarker(of i: Int) -> [Int] {
        guard let marker = children[i].first(where: { labels[$0] == .caseMarker && $0 < i }) else { return [] }
        var markers = [marker] + children[marker].filter { labels[$0] == .fixed }
        let next = markers.max()! + 1
        if next < i, heads[next] == i, labels[next] == .caseMarker { markers.append(next) }
        return markers
    }
}
