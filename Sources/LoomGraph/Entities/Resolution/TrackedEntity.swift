/// An entity an article has mentioned so far, with what coreference needs to find it again.
struct TrackedEntity: Sendable {
    var key: String
    /// The fullest display name seen (what a pronoun resolved to it is named).
    var name: String
    var type: EntityType
    /// The strength of the evidence for ``type`` (see ``retype(_:strength:)``).
    var typeStrength: TypeEvidence
    /// Lower-cased, diacritic-folded words of ``name`` without legal suffixes.
    var words: [String]
    /// Whether the entity was named (rather than described by a common noun).
    var isProperName: Bool
    var isPlural: Bool
    var gender: GivenNames.Gender?
    /// A one-word name (surname or short form) not tied to a fuller name in this article.
    var isPartial: Bool
    /// The user asked to keep this name separate (`!Name`): never linked by surname or short form.
    var isSplit: Bool
    var lastSentence: Int
    var lastToken: Int
    var lastRole: NounPhrase.Role
    var mentions: Int
    /// Where the entity was first mentioned (sentence, phrase index): common-noun entities take their
    /// name and key from that phrase when a pronoun refers to them.
    var originSentence = 0
    var originPhrase = 0
    /// The head noun's lemma of an entity described by a common noun (`council` for `The city council
    /// of Lyon`), which a later definite description with the same head refers back to.
    var headLemma: String?

    init(key: String, name: String, type: EntityType, strength: TypeEvidence = .none, isProperName: Bool,
         isPlural: Bool, isPartial: Bool = false, isSplit: Bool = false, sentence: Int, token: Int,
         role: NounPhrase.Role) {
        self.key = key
        self.name = name
        self.type = type
        self.typeStrength = type == .other ? .none : strength
        self.words = key.split(separator: " ").map(String.init)
        self.isProperName = isProperName
        self.isPlural = isPlural
        self.gender = nil
        self.isPartial = isPartial
        self.isSplit = isSplit
        self.lastSentence = sentence
        self.lastToken = token
        self.lastRole = role
        self.mentions = 1
        if type == .person, let first = name.split(separator: " ").first {
            gender = GivenNames.gender(of: String(first))
        }
    }

    /// Records a new mention at `token` of `sentence`.
    mutating func mention(sentence: Int, token: Int, role: NounPhrase.Role) {
        if sentence > lastSentence || role > lastRole || sentence == lastSentence && token > lastToken {
            lastRole = sentence > lastSentence ? role : max(role, lastRole)
        }
        lastSentence = sentence
        lastToken = token
        mentions += 1
    }

    /// Takes `newType` when its evidence is stronger than the current type's (an OTHER entity takes any
    /// specific type); a person's gender is then read from the first name.
    mutating func retype(_ newType: EntityType, strength: TypeEvidence) {
        guard newType != .other, newType != type else {
            if newType == type { typeStrength = max(typeStrength, strength) }
            return
        }
        guard type == .other || strength > typeStrength else { return }
        type = newType
        typeStrength = strength
        if type == .person, gender == nil, let first = name.split(separator: " ").first {
            gender = GivenNames.gender(of: String(first))
        }
    }

    /// Adopts a fuller name for the same entity (`Wu` seen first, then `Eddie Wu`).
    mutating func adopt(name newName: String, key newKey: String, type newType: EntityType, strength: TypeEvidence) {
        name = newName
        key = newKey
        words = newKey.split(separator: " ").map(String.init)
        isPartial = false
        retype(newType, strength: strength)
        if type == .person, let first = newName.split(separator: " ").first {
            gender = GivenNames.gender(of: String(first))
        }
    }
}
