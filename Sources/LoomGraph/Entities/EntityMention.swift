import LoomExtraction

/// A triple argument recognised as a mention of an entity.
public struct EntityMention: Sendable, Hashable {
    /// The argument as it reads in the sentence (`Alibaba's`, `the company`, `it`).
    public var surface: String
    /// The entity's name as this mention gives it, cleaned for display (`Alibaba`); for a resolved
    /// pronoun or description, the name of the entity it refers to.
    public var name: String
    /// The merge key: mentions with equal keys are one entity (`alibaba`).
    public var key: String
    public var type: EntityType
    /// The strength of the evidence for ``type``: the store retypes an entity only on stronger evidence.
    public var typeStrength: TypeEvidence
    /// True when the name is only a surname or a short form that the article could not tie to a
    /// fuller name; the store may merge it across articles when exactly one entity fits.
    public var isPartialName: Bool
    /// The pronoun or definite description this mention was resolved from, if any.
    public var resolvedFrom: String?
    /// True for a common-noun phrase not anchored to a named entity (`the site`, `net income`,
    /// `analysts`): what it denotes depends on the article, so the store keys it per document and
    /// `the site` of one article never meets `the site` of another. (`Meta's shares`, keyed on Meta,
    /// is not local.)
    public var isArticleLocal: Bool = false

    public init(
        surface: String, name: String, key: String, type: EntityType, typeStrength: TypeEvidence? = nil,
        isPartialName: Bool = false, resolvedFrom: String? = nil
    ) {
        self.surface = surface
        self.name = name
        self.key = key
        self.type = type
        self.typeStrength = typeStrength ?? (type == .other ? .none : .designator)
        self.isPartialName = isPartialName
        self.resolvedFrom = resolvedFrom
    }
}

/// A triple whose subject and object are entity mentions, ready to be stored.
public struct ResolvedTriple: Sendable {
    public var triple: Triple
    public var subject: EntityMention
    public var object: EntityMention

    public init(triple: Triple, subject: EntityMention, object: EntityMention) {
        self.triple = triple
        self.subject = subject
        self.object = object
    }
}
