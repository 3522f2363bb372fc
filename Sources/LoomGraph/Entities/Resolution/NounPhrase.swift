import LoomLanguage

/// A noun phrase found in an analysed sentence: a candidate mention of an entity.
struct NounPhrase: Sendable {
    enum Kind: Sendable { case name, common, pronoun, number }
    /// Where the phrase stands in its clause; subjects are the most salient antecedents.
    enum Role: Int, Sendable, Comparable {
        case other = 0, object = 1, subject = 2
        static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var kind: Kind
    /// The syntactic head token.
    var head: Int
    /// Token range of the phrase core (no relative clauses or prepositional modifiers).
    var span: ClosedRange<Int>
    var role: Role
    var isPlural: Bool
    /// The name of a headline phrase whose common head follows it (`Lyon` in `Lyon Bakery Chain`).
    var headlineName: ClosedRange<Int>? = nil
}

extension NounPhrase.Role {
    init(_ label: DependencyLabel) {
        if label.isSubject {
            self = .subject
        } else if label == .obj || label == .iobj {
            self = .object
        } else {
            self = .other
        }
    }
}

/// Finds the noun phrases of a sentence from its tags and tree: runs of proper nouns (split before
/// embedded titles, `Alibaba Chairman Joe Tsai`), common-noun phrases with their determiners, adjectives,
/// compounds, numbers and possessors, pronouns, and numeric expressions.
struct NounPhraseFinder {
    let sentence: AnalyzedSentence
    let headline: Headline?
    private let children: [[Int]]

    init(_ sentence: AnalyzedSentence, headline: Headline? = nil) {
        self.sentence = sentence
        self.headline = headline
        // Built here with bounds checks, so that a malformed tree (a head out of range) is ignored
        // rather than trapping.
        var table = Array(repeating: [Int](), count: sentence.count)
        for (index, head) in sentence.heads.enumerated() where head >= 0 && Int(head) < sentence.count && Int(head) != index {
            table[Int(head)].append(index)
        }
        self.children = table
    }

    /// The phrases sorted by head position, and for every token the index of the phrase it belongs to
    /// (-1 for none). Name tokens belong to their name even when they also sit inside a larger phrase.
    func phrases() -> (phrases: [NounPhrase], owner: [Int]) {
        var phrases = [NounPhrase]()
        var owner = Array(repeating: -1, count: sentence.count)
        var inName = Array(repeating: false, count: sentence.count)
        var runs = NameRuns(sentence, headline: headline).runs()
        if let headline { runs = runs.filter { !isCommonTail($0, of: runs, in: headline) } }
        for run in runs {
            let phrase = namePhrase(run)
            for index in run { inName[index] = true }
            phrases.append(phrase)
        }
        var inTail = Array(repeating: false, count: sentence.count)
        if headline != nil {
            for run in runs {
                guard let phrase = commonTail(after: run, role: namePhrase(run).role, inName: inName) else { continue }
                for index in (run.upperBound + 1)...phrase.head { inTail[index] = true }
                phrases.append(phrase)
            }
        }
        for index in 0..<sentence.count where !inName[index] && !inTail[index] {
            if let phrase = otherPhrase(at: index) { phrases.append(phrase) }
        }
        phrases.sort { $0.head < $1.head }
        for (number, phrase) in phrases.enumerated() {
            for index in phrase.span where owner[index] < 0 || phrase.kind == .name { owner[index] = number }
        }
        for (number, phrase) in phrases.enumerated() { owner[phrase.head] = number }
        return (phrases, owner)
    }

    private func namePhrase(_ run: ClosedRange<Int>) -> NounPhrase {
        var head = run.upperBound
        for index in run where !run.contains(Int(sentence.heads[index])) {
            head = index
            break
        }
        var span = run
        let first = sentence.tokens[run.lowerBound].text.lowercased()
        let isDate = NumberCues.months.contains(first) || NumberCues.dateWords.contains(first)
        if isDate { span = extendNumbers(span) }
        return NounPhrase(
            kind: isDate ? .number : .name, head: head, span: span, role: NounPhrase.Role(sentence.labels[head]),
            isPlural: sentence.tags[head] == .NNPS)
    }

    /// Whether a headline's short name piece right after a name the body established is that name's
    /// common noun (`Northwind Bank` | `Profit`, where the body never writes `profit`;
    /// `Herefordshire` | `Cider Maker`): words the body never uses as a name, written in title case,
    /// with no title or given name (`Alibaba` | `Chairman Joe Tsai` stays a name).
    private func isCommonTail(_ run: ClosedRange<Int>, of runs: [ClosedRange<Int>], in headline: Headline) -> Bool {
        guard run.count <= 3, let before = runs.first(where: { $0.upperBound + 1 == run.lowerBound }) else { return false }
        let words = run.map { sentence.tokens[$0].text }
        let name = before.map { sentence.tokens[$0].text }.joined(separator: " ")
        guard headline.knownKeys.contains(EntityKey.key(for: name)),
              !headline.knownKeys.contains(EntityKey.key(for: words.joined(separator: " "))) else { return false }
        return words.allSatisfy { word in
            let lower = word.lowercased()
            return word.dropFirst().allSatisfy(\.isLowercase) && !NameCues.personTitles.contains(lower)
                && !NameCues.strongTitles.contains(lower) && !GivenNames.contains(word)
        }
    }

    /// In a headline, capitalized nouns right after a name that the body uses as common words end
    /// the phrase (`Northwind Bank Profit Rises`, `Herefordshire Cider Maker Plants`): the phrase is
    /// the name's profit or maker, headed by the last of them, not the name itself.
    private func commonTail(after run: ClosedRange<Int>, role: NounPhrase.Role, inName: [Bool]) -> NounPhrase? {
        var end = run.upperBound
        while end + 1 < sentence.count, !inName[end + 1], [.NNP, .NNPS, .NN, .NNS].contains(sentence.tags[end + 1]),
              sentence.tokens[end + 1].text.first?.isUppercase == true {
            end += 1
        }
        guard end > run.upperBound else { return nil }
        let tag = sentence.tags[end]
        return NounPhrase(kind: .common, head: end, span: run.lowerBound...end, role: role,
                          isPlural: tag == .NNS || tag == .NNPS, headlineName: run)
    }

    private func otherPhrase(at index: Int) -> NounPhrase? {
        let tag = sentence.tags[index]
        let label = sentence.labels[index]
        let role = NounPhrase.Role(label)
        switch tag {
        case .PRP, .PRPS, .WP, .WPS:
            return NounPhrase(kind: .pronoun, head: index, span: index...index, role: role,
                              isPlural: Pronouns.isPlural(sentence.tokens[index].text))
        case .WDT where label != .det:
            return NounPhrase(kind: .pronoun, head: index, span: index...index, role: role, isPlural: false)
        case .NN where Pronouns.indefinite.contains(sentence.tokens[index].text.lowercased()):
            return NounPhrase(kind: .pronoun, head: index, span: index...index, role: role, isPlural: false)
        case .DT where label != .det && label != .detPredet:
            return NounPhrase(kind: .pronoun, head: index, span: index...index, role: role, isPlural: false)
        case .NN, .NNS, .CD, .dollar, .SYM, .NNP, .NNPS:  // proper-noun tags here: not a name (see NameRuns)
            if [.compound, .flat, .fixed, .goeswith, .det, .amod].contains(label) { return nil }
            if tag == .CD && label == .nummod { return nil }
            // `Two of the seven members voted`: a number with its `of` phrase names a part of a group.
            if tag == .CD, let group = children[index].first(where: { child in
                child > index && sentence.labels[child] == .nmod
                    && children[child].contains { sentence.labels[$0] == .caseMarker && sentence.tokens[$0].text.lowercased() == "of" }
            }) {
                return NounPhrase(kind: .common, head: index, span: coreSpan(of: index).lowerBound...subtreeBounds(group).upperBound,
                                  role: role, isPlural: true)
            }
            let span = coreSpan(of: index)
            let lemma = sentence.lemmas[index].lowercased()
            let isNumber = tag == .CD || tag == .dollar
                || children[index].contains { sentence.labels[$0] == .nummod && sentence.tags[$0] == .CD }
                || NumberCues.dateWords.contains(lemma) || NumberCues.months.contains(lemma)  // `today`, `last year`
            return NounPhrase(kind: isNumber ? .number : .common, head: index, span: span, role: role,
                              isPlural: tag == .NNS || tag == .NNPS)
        default:
            return nil
        }
    }

    /// The head plus its determiners, adjectives, compounds, numbers and possessor to the left, and
    /// numbers and compounds to the right, as one contiguous range.
    private func coreSpan(of head: Int) -> ClosedRange<Int> {
        var lower = head
        var upper = head
        for child in children[head] {
            let label = sentence.labels[child]
            if child < head && Self.leftLabels.contains(label) {
                lower = min(lower, subtreeBounds(child).lowerBound)
            } else if child > head && Self.rightLabels.contains(label) {
                upper = max(upper, subtreeBounds(child).upperBound)
            }
        }
        return extendNumbers(lower...upper)
    }

    private func subtreeBounds(_ root: Int) -> ClosedRange<Int> {
        var lower = root
        var upper = root
        var stack = [root]
        var visited = Set<Int>()
        while let node = stack.popLast() {
            guard visited.insert(node).inserted else { continue }  // a cyclic tree ends here
            lower = min(lower, node)
            upper = max(upper, node)
            stack.append(contentsOf: children[node])
        }
        return lower...upper
    }

    /// Extends a date or amount over adjacent numbers, commas between numbers and scale words
    /// (`Feb. 24, 2025`, `$ 53 billion`).
    private func extendNumbers(_ range: ClosedRange<Int>) -> ClosedRange<Int> {
        var upper = range.upperBound
        while upper + 1 < sentence.count {
            let next = sentence.tokens[upper + 1].text.lowercased()
            if sentence.tags[upper + 1] == .CD || NumberCues.scaleWords.contains(next) && isNumberish(upper) {
                upper += 1
            } else if next == ",", upper + 2 < sentence.count, sentence.tags[upper + 2] == .CD,
                      sentence.tokens[upper + 2].text.count == 4, isNumberish(upper) {
                upper += 2
            } else {
                break
            }
        }
        return range.lowerBound...upper
    }

    private func isNumberish(_ index: Int) -> Bool {
        let text = sentence.tokens[index].text.lowercased()
        return sentence.tags[index] == .CD || NumberCues.months.contains(text)
    }

    static let leftLabels: Set<DependencyLabel> = [
        .det, .detPoss, .detPredet, .amod, .compound, .nummod, .nmodPoss, .flat,
    ]
    static let rightLabels: Set<DependencyLabel> = [.nummod, .compound, .flat]
}
