/// Deterministic repairs of errors the greedy parser makes often on news text, applied to every parse
/// after decoding. Each rule fires at most once per sentence and only on a tree shape UD never
/// intends (see `MODELS.md` for their effect on EWT dev and test):
///
/// - **A finite clause's subject read as the object of the verb before it.** In `Lin said the plant
///   would also make components`, a left-to-right parser attaches `the plant` to `said` before it
///   sees `would`, leaving `make` a finite clause without a subject. When a verb's object ends right
///   where a following finite clause of the same verb begins (a modal or tensed auxiliary, or a
///   tensed verb) that has no subject or subordinator, the object becomes that clause's subject
///   (`nsubj`, `nsubj:pass` in a passive), and the clause the verb's complement (`ccomp`).
/// - **A reported clause hung on the verb above the reporting verb.** In `told reporters that they
///   hoped the jobs would go`, `go` comes out as a second `ccomp` of `told` instead of the complement
///   of `hoped`. When a verb has two clausal complements, the first without any complement of its
///   own and ending right where the second begins, the second moves under the first.
/// - **Coordinated clauses read as coordinated objects.** In `Alibaba rose 3 percent and other
///   groups also advanced`, `groups` comes out conjoined to `percent` and `advanced` conjoined to
///   `rose` without a subject. When a verb's object has a conjunct that ends right where a subjectless
///   verb conjoined to the same verb begins, that conjunct (with its `and`) is the second clause's
///   subject.
/// - Further repairs, each explained in its own comment: **a relative clause hung under its
///   pronoun** (`sales that the company introduced`), **on a verb** (`a tram line that will connect
///   …` as a complement of `approve`) or **on a noun its verb does not agree with** (`a leak at
///   sites that was reported`); **an opening relative clause that swallows the main verb** (`Lisa
///   Tsai , who founded X and remains its chief executive , will join …`); **a main verb left beside
///   an opening apposition** (`Brekke , 58 , took over`); **a trailing `, VBG` clause under a
///   relative clause**; **an agent read as an object** (`led by council member Greg Whitcomb`);
///   **a place-based description read as an apposition** (`The Cupertino , California-based
///   company`); **one name read as two conjuncts** (`X Inc. and Voltaris Battery Group`, `the Food
///   and Drug Administration`), as a list
///   or as two subjects (`Chief Executive Henrik Larsen`); **a `that` clause hung on a date**
///   (`said on Monday that …`); **a list read as an apposition** (`costs for flour , butter and
///   energy`); **an infinitive read as its object's clausal subject** (`expects
///   the fine to reduce`); **`more than` read as the root** (`Net income more than doubled`);
///   **a `that` gerund subject cut off its verb** (`bet that spending on AI would lift`); **a
///   clause after `after`/`before`/`until` read as an oblique and a conjunct** (`after the
///   People's Bank of China said …`); **a main clause hung inside an opening participle clause** (`Founded in 2006 by two
///   engineers , Qorvane employs …`); **where and when a change went hung on its amount** (`rose 38 percent to $2.9 billion`); **a
///   weekday hung on an object** (`reported revenue on Wednesday`); **a content clause read as a
///   relative clause** (`their demand that the money be offset`); **a particle hung on the object**
///   (`sets aside $3 billion`); **a subject that opens with a preposition** (`, cities with fewer
///   than 50,000 residents would receive` with `residents` as the subject); **a number subject
///   read as the verb's number modifier** (`About 800 have crossed`); **an opening
///   prepositional phrase hung on the subject after its comma** (`In many of her writings , King
///   often refers to …`); **an object read as the subject of a clause after it** (`publish its
///   study before work begins`); **an amount before `more` read as a second object** (`handle 30
///   percent more cargo`); **a subject read as a conjunct of an opening phrase** (`After the vote ,
///   shares of Meridian , the largest tenant , rose`); **a relative clause whose prepositional object
///   was read as the subject of the main predicate** (`a program that paid hospitals for uninsured
///   patients expired`); **two objects in a row** (`save the group $45 million`: the first is the
///   indirect object); **a relative clause labelled as a plain clausal modifier**; **a speaker read as the
///   possessor of the noun in their title** (`said Marcus Bell , president of the nurses ' union`); **an object's
///   infinitive read as its modifier** (`asked the council to raise the fare`); **a phrase with its own
///   preposition read as a second object** (`have diabetes , according to the department`); **a copula
///   read as the auxiliary of a relative clause** (`The champions were Kilmacud Crokes , who were
///   knocked out`); **a name before a comma read as a compound** (`Arminius , leader of the
///   Cherusci ,`); **a subject before a parenthetical reporting verb read as its second subject**
///   (`The buyers , these analysts added , could be`); **an amount of time before the subject read as
///   a second subject** (`11 years after the FASB , the entities were supposed to`); **a tensed verb
///   read as the modifier of a root noun** (`Admissions numbered 51`); **a number before `last year`
///   read as counting the years** (`numbered 51 last year`); **an amount after `worth` read as the
///   verb's object** (`offered grants worth $410 million`); **a title and the name after it read as
///   two subjects** (`Finance director François Girard said`); **a gerund after `stop`, `start` or
///   `keep` read as an adverbial clause** (`had stopped picking his lowest rows`); **a prepositional
///   phrase between the subject and its verb read as the verb's oblique** (`demand for AI services had
///   grown`); **an infinitive after `due`, `able` or `likely` read as an adverbial clause** (`is due to
///   be delivered in March`); **an opening marker read as the case of the apposition after the
///   subject** (`Following the vote , shares of Meridian Logistics , the largest tenant , rose`); **a
///   participle after a comma and a noun read as a conjunct without a conjunction** (`in the previous
///   election , held in 2022`).
public enum ParseRepair {
    /// Applies the repairs in place; `heads` are 0-based with -1 for the root.
    public static func apply(words: [String], tags: [PennTag], heads: inout [Int32], labels: inout [DependencyLabel]) {
        guard heads.count > 3, words.count == heads.count, tags.count >= heads.count, labels.count == heads.count else { return }
        var tree = RepairTree(words: words, tags: tags, heads: heads, labels: labels)
        tree.moveObjectToFiniteClause()
        tree.moveThatClauseOffOblique()
        tree.moveClauseUnderBareReporter()
        tree.moveSubjectPastParentheticalReporter()
        tree.moveConjunctToConjoinedClause()
        // A who-clause hung on a verb is a relative clause first, so the opening-clause rule sees it.
        tree.attachRelativeClauseToNoun()
        tree.splitCopulaFromRelativeClause()
        tree.joinQuantifierWithRelativePronoun()
        tree.closeOpeningRelativeClause()
        tree.closeOpeningParticiple()
        tree.restoreVerbAfterOpeningApposition()
        tree.moveInfinitiveOffObject()
        tree.restoreVerbAfterMoreThan()
        tree.makeTensedModifierOfRootNounTheVerb()
        tree.makeCommaConjunctTheSubject()
        tree.moveOpeningMarkerOffApposition()
        tree.attachParticipleAfterCommaToNoun()
        tree.restoreMainClauseAfterOpeningParticiple()
        tree.rebuildClauseAfterSubordinator()
        tree.moveGerundIntoComplementClause()
        tree.joinNumberWithItsUnit()
        tree.moveChangeTargetsToVerb()
        tree.moveWeekdayOffNoun()
        tree.relabelContentClause()
        tree.relabelInfinitiveComplement()
        tree.relabelGerundComplement()
        tree.relabelAdjectiveInfinitive()
        tree.moveObjectControlInfinitive()
        tree.moveMarkedConjunctToVerb()
        tree.makeElidedPossessiveTheSubject()
        tree.makeNumberBeforeVerbTheSubject()
        tree.moveOpeningPhraseOffSubject()
        tree.makeOpeningTimeSpanAnOblique()
        tree.joinTitleWithName()
        tree.moveAgentParticipleOffTime()
        tree.moveNounConjunctOffVerb()
        tree.makeNounBeforeSubordinatorTheSubject()
        tree.attachAdverbAfterRelativeClause()
        tree.attachBareRelativeClause()
        tree.moveClauseDependentsOffObject()
        tree.attachRateToCountedNoun()
        tree.makeTrailingReporterTheRoot()
        tree.restoreMainPredicateAfterRelativeClause()
        tree.moveObjectOutOfSubordinateClause()
        tree.joinAmountWithComparative()
        tree.splitNumberFromFollowingDate()
        tree.attachAmountToWorth()
        tree.relabelFirstOfTwoObjects()
        tree.relabelRelativeClauseWithPronounSubject()
        tree.makeUnmarkedPossessorTheSubject()
        tree.attachParticleToVerb()
        tree.moveSubjectOffPrepositionalPhrase()
        tree.attachPhraseBetweenSubjectAndVerbToSubject()
        tree.rebuildRelativeClauseUnderPronoun()
        tree.markAgentReadAsObject()
        tree.attachRelativeClauseByAgreement()
        tree.closeRelativeClauseBeforePredicate()
        tree.closeRelativeClauseAroundPrepositionalSubject()
        tree.moveTrailingParticipleToMainClause()
        tree.headPlaceBasedDescription()
        tree.joinAdjacentNameConjuncts()
        tree.joinNameAroundAnd()
        tree.joinListReadAsApposition()
        tree.joinObjectWithFollowingName()
        tree.flattenNameRun()
        tree.splitCompoundAtComma()
        heads = tree.heads
        labels = tree.labels
    }
}

/// A dependency tree being repaired, with its children table rebuilt after every change.
struct RepairTree {
    let words: [String]
    let tags: [PennTag]
    var heads: [Int32]
    var labels: [DependencyLabel]
    private(set) var children: [[Int]] = []
    /// Subtree spans, computed on demand; `rebuild()` (after any direct change to `heads`) clears them.
    private var cachedBounds: SubtreeBounds?

    init(words: [String], tags: [PennTag], heads: [Int32], labels: [DependencyLabel]) {
        self.words = words
        self.tags = tags
        self.heads = heads
        self.labels = labels
        rebuild()
    }

    mutating func rebuild() {
        var table = [[Int]](repeating: [], count: heads.count)
        for index in heads.indices where heads[index] >= 0 && Int(heads[index]) < heads.count {
            table[Int(heads[index])].append(index)
        }
        children = table
        cachedBounds = nil
    }

    mutating func attach(_ node: Int, to head: Int, as label: DependencyLabel) {
        heads[node] = Int32(head)
        labels[node] = label
        rebuild()
    }

    /// Whether the subtree of `right` starts on the token after the last of `left`'s subtree, with a
    /// word rather than punctuation or a conjunction (which would open a coordination of its own).
    mutating func adjacent(_ left: Int, _ right: Int) -> Bool {
        let bounds = subtreeBounds()
        let start = bounds.first(of: right)
        return start == bounds.last(of: left) + 1 && !tags[start].isPunctuation && tags[start] != .CC
    }

    /// The subtree spans of the current tree (computed once per change).
    mutating func subtreeBounds() -> SubtreeBounds {
        if let cachedBounds { return cachedBounds }
        let bounds = SubtreeBounds(heads: heads)
        cachedBounds = bounds
        return bounds
    }

    /// Moves several nodes at once (`(node, new head, new label)`), if the result is a tree; says
    /// whether it did.
    mutating func reattach(_ moves: [(node: Int, head: Int, label: DependencyLabel)]) -> Bool {
        var proposed = heads, proposedLabels = labels
        for move in moves {
            proposed[move.node] = Int32(move.head)
            proposedLabels[move.node] = move.label
        }
        return adopt(proposed, proposedLabels)
    }

    /// Takes a proposed tree if it is well formed (one root, no cycle); says whether it did.
    mutating func adopt(_ proposedHeads: [Int32], _ proposedLabels: [DependencyLabel]) -> Bool {
        guard Self.isTree(proposedHeads) else { return false }
        heads = proposedHeads
        labels = proposedLabels
        rebuild()
        return true
    }

    /// Whether `ancestor` is above `node` in the tree (bounded: a cycle cannot hang it).
    func isDescendant(_ node: Int, of ancestor: Int) -> Bool {
        var current = Int(heads[node]), steps = 0
        while current >= 0, current < heads.count, steps < heads.count {
            if current == ancestor { return true }
            current = Int(heads[current])
            steps += 1
        }
        return false
    }

    func has(_ node: Int, _ wanted: (DependencyLabel) -> Bool) -> Bool {
        children[node].contains { wanted(labels[$0]) }
    }

    static let tensed: Set<PennTag> = [.MD, .VBD, .VBZ, .VBP]

    /// A clause with a tense: a modal or tensed auxiliary before it, or a tensed verb itself.
    func isFinite(_ clause: Int) -> Bool {
        let auxiliaries = children[clause].filter { labels[$0] == .aux || labels[$0] == .auxPass }
        if auxiliaries.contains(where: { $0 < clause && Self.tensed.contains(tags[$0]) }) { return true }
        return auxiliaries.isEmpty && Self.tensed.contains(tags[clause])
    }

    static func isNominal(_ tag: PennTag) -> Bool { tag.isNoun || tag == .PRP || tag == .CD }

    mutating func moveObjectToFiniteClause() {
        for verb in heads.indices where tags[verb].isVerb {
            for object in children[verb] where labels[object] == .obj && Self.isNominal(tags[object]) {
                let clauses = children[verb].filter {
                    $0 > object && (labels[$0] == .ccomp || labels[$0] == .advcl) && tags[$0].isVerb
                        && !has($0, { $0.isSubject || $0 == .mark }) && isFinite($0)
                }
                guard let clause = clauses.first(where: { adjacent(object, $0) }) else { continue }
                let passive = has(clause) { $0 == .auxPass }
                labels[clause] = .ccomp
                attach(object, to: clause, as: passive ? .nsubjPass : .nsubj)
                return
            }
        }
    }

    /// `said on Monday that it will spend … on infrastructure` read with the `that` clause as a
    /// relative clause of `Monday`: a relative clause never has the subordinator `that` (a relative
    /// `that` is the clause's subject or object), so a finite relative clause with a `that` marker and
    /// its own subject, hung on an oblique of a verb, is that verb's complement (`ccomp`); what the
    /// oblique governs after the clause's start belongs to the clause.
    mutating func moveThatClauseOffOblique() {
        for clause in heads.indices where labels[clause] == .aclRelcl && tags[clause].isVerb && isFinite(clause) {
            let noun = Int(heads[clause])
            guard noun >= 0, noun < clause, labels[noun] == .obl || labels[noun] == .oblTmod,
                  heads[noun] >= 0, tags[Int(heads[noun])].isVerb, has(clause, \.isSubject),
                  let mark = children[clause].first(where: { child in
                      // A `that` read as the object of a clause that has an object of its own
                      // (`said in an interview that investors had underestimated its lead`) is the marker too.
                      words[child].lowercased() == "that" && (labels[child] == .mark || labels[child] == .obj
                          && children[clause].contains { labels[$0] == .obj && $0 > clause })
                  }),
                  mark > noun, mark < clause
            else { continue }
            labels[mark] = .mark
            let verb = Int(heads[noun])
            heads[clause] = Int32(verb)
            labels[clause] = .ccomp
            for dependent in children[noun] where dependent > mark && dependent != clause {
                heads[dependent] = Int32(clause)
                if labels[dependent] == .nmod { labels[dependent] = .obl }
            }
            rebuild()
            return
        }
    }

    mutating func moveClauseUnderBareReporter() {
        for verb in heads.indices {
            let clauses = children[verb].filter { labels[$0] == .ccomp && tags[$0].isVerb }
            guard clauses.count >= 2 else { continue }
            for (first, second) in zip(clauses, clauses.dropFirst())
            where !has(first, { [.obj, .iobj, .ccomp, .xcomp, .obl].contains($0) }) && adjacent(first, second) {
                attach(second, to: first, as: .ccomp)
                return
            }
        }
    }

    mutating func moveConjunctToConjoinedClause() {
        for verb in heads.indices where tags[verb].isVerb {
            guard let object = children[verb].first(where: { labels[$0] == .obj }) else { continue }
            let clauses = children[verb].filter { labels[$0] == .conj && tags[$0].isVerb && $0 > object && !has($0, \.isSubject) }
            for conjunct in children[object] where labels[conjunct] == .conj && Self.isNominal(tags[conjunct]) {
                guard let clause = clauses.first(where: { adjacent(conjunct, $0) }) else { continue }
                let conjunction = children[conjunct].first { labels[$0] == .cc && $0 < conjunct }
                attach(conjunct, to: clause, as: .nsubj)
                if let conjunction { attach(conjunction, to: clause, as: .cc) }
                return
            }
        }
    }
}

extension RepairTree {
    /// One root, every other word reaching it without a cycle.
    static func isTree(_ heads: [Int32]) -> Bool {
        guard heads.filter({ $0 < 0 }).count == 1 else { return false }
        for start in heads.indices {
            var node = start, steps = 0
            while heads[node] >= 0 {
                guard Int(heads[node]) < heads.count, steps <= heads.count else { return false }
                node = Int(heads[node])
                steps += 1
            }
        }
        return true
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
