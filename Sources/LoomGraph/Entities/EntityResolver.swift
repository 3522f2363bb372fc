import LoomExtraction

/// Turns the triple arguments of one article into entity mentions: one key per real-world entity.
///
/// For each sentence, in order, it finds every noun phrase (not only triple arguments), types it
/// (``EntityType``), gives names a merge key (``EntityKey``) and links mentions within the article:
/// - a surname to the most recent person whose full name ends with it (`Eddie Wu` … `Wu`); two full
///   names are never merged, so with `David Chen` and `Grace Chen` a bare `Chen` goes to the latest;
/// - a short form to the most recent organization whose name starts with it (`Meta Platforms Inc.` …
///   `Meta`); a fuller name completes an earlier short one;
/// - an acronym to the phrase that defined it (`Artificial General Intelligence (AGI)`, `…, or AGI`);
/// - pronouns and definite descriptions (`it`, `they`, `he`, `the company`, `the e-commerce pioneer`) to
///   the most salient compatible entity before them (see `Antecedents`), relative pronouns to the noun
///   their clause modifies.
///
/// A title-case first sentence (the headline) is read last, with the body's names and vocabulary
/// (see `Headline`). A one-word name the article does not tie to a fuller one is marked
/// ``EntityMention/isPartialName``.
/// Triples whose subject or object is a pronoun that cannot be resolved (`we`, `you`, `it` with no
/// antecedent) are dropped: a node named `it` would join unrelated statements; so are arguments that
/// cleaning leaves empty (punctuation only), and triples whose subject and object resolve to one
/// entity (`Joe Tsai, the chairman` → (Joe Tsai; is; Joe Tsai)). A role phrase in apposition with a person
/// (`Kevin Lin, the supplier's chairman`) denotes the person; its appositive and possessive triples become
/// one role triple (Kevin Lin; is chairman of; Sunrise Precision), see `linkRoles`. User corrections in ``AliasOverrides`` are applied to the
/// keys last.
public struct EntityResolver: Sendable {
    public var aliases: AliasOverrides

    public init(aliases: AliasOverrides = AliasOverrides()) {
        self.aliases = aliases
    }

    /// Resolves the triple arguments of one article; output order is the order of the input triples.
    public func resolve(_ article: [SentenceExtraction]) -> [ResolvedTriple] {
        let sentences = article.map(\.sentence)
        var state = ArticleState(overrides: aliases, sentences: sentences)
        let hasHeadline = sentences.count > 1 && Headline.isTitleCase(sentences[0])
        for number in sentences.indices where number > 0 || !hasHeadline { state.process(number) }
        if hasHeadline {
            let known = Set(state.entities.filter(\.isProperName).map(\.key))
            state.process(0, headline: Headline(body: Array(sentences.dropFirst()), knownKeys: known))
        }
        var result = [ResolvedTriple]()
        var roleTriples = Set<String>()
        for (number, extraction) in article.enumerated() {
            for triple in extraction.triples {
                guard let subject = state.mention(for: triple.subject, inSentence: number, of: extraction.sentence),
                      let object = state.mention(for: triple.object, inSentence: number, of: extraction.sentence)
                else { continue }
                let objectRole = state.role(for: triple.object, inSentence: number, of: extraction.sentence)
                // `Kevin Lin, the supplier's chairman` (is) and `the supplier's chairman` (had): one role triple.
                if subject.key == object.key || triple.rule == "poss" && objectRole != nil {
                    if let role = objectRole ?? state.role(for: triple.subject, inSentence: number, of: extraction.sentence),
                       let holder = role.holder {
                        let roleTriple = Self.roleTriple(triple, person: object, role: role, holder: state.mention(ofEntity: holder))
                        let signature = "\(number)\u{1}\(roleTriple.subject.key)\u{1}\(roleTriple.triple.relationKey)"
                        if roleTriple.object.key != object.key, roleTriples.insert(signature).inserted { result.append(roleTriple) }
                    }
                    continue  // `Joe Tsai, the chairman` resolved to itself says nothing more
                }
                result.append(ResolvedTriple(triple: triple, subject: subject, object: object))
            }
        }
        return result
    }

    /// (person; is ROLE of; holder) from a role phrase linked to a person (`Monica Reyes, Kestrel's chief
    /// executive` → (Monica Reyes; is chief executive of; Kestrel)); the relation has no tokens of its own.
    static func roleTriple(_ triple: Triple, person: EntityMention, role: RoleLink, holder: EntityMention) -> ResolvedTriple {
        var made = triple
        let text = "is \(role.title) \(role.preposition)"
        made.relation = Phrase(text: text, tokens: [], start: triple.relation.start, end: triple.relation.start)
        made.relationKey = "be \(role.title) \(role.preposition)"
        made.rule = "role"
        if triple.rule == "poss" { (made.subject, made.object) = (triple.object, triple.subject) }
        return ResolvedTriple(triple: made, subject: person, object: holder)
    }
}
