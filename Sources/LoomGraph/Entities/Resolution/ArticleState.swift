import LoomLanguage

/// What the resolver knows about one phrase after the pass over the article.
struct PhraseResolution: Sendable {
    /// The tracked entity the phrase denotes, nil for numbers and unresolved pronouns.
    var entity: Int?
    /// The phrase's own display name (numbers: their text; pronouns: their word).
    var ownName: String
    /// For numbers: key and type (not tracked).
    var numberKey: String?
    var numberType: EntityType?
    /// Set when the phrase is a pronoun or description resolved to ``entity``.
    var resolvedFrom: String?
}

/// The running state of the resolver over one article: entities mentioned so far, acronyms defined,
/// and the resolution of every noun phrase of every sentence.
struct ArticleState {
    let overrides: AliasOverrides
    var entities = [TrackedEntity]()
    var acronyms = [String: Int]()
    /// Per sentence: phrases, token → phrase index, and each phrase's resolution.
    var phrases = [[NounPhrase]]()
    var owners = [[Int]]()
    var resolutions = [[PhraseResolution]]()
    /// Per sentence: role phrases linked to a person (phrase index → role), see ``linkRoles``.
    var roles = [[Int: RoleLink]]()
    var sentences = [AnalyzedSentence]()
    /// Index of the phrase being resolved in the current sentence.
    var currentPhrase = 0
    /// The last sentence whose names are the article's topic: the headline (sentence 0) and the first
    /// sentence with a verb after it (a dateline such as `BENGALURU, March 3, 2025 —` has none).
    let topicSentence: Int

    init(overrides: AliasOverrides, sentences: [AnalyzedSentence]) {
        self.overrides = overrides
        self.sentences = sentences
        phrases = Array(repeating: [], count: sentences.count)
        owners = Array(repeating: [], count: sentences.count)
        resolutions = Array(repeating: [], count: sentences.count)
        roles = Array(repeating: [:], count: sentences.count)
        topicSentence = sentences.indices.dropFirst().first { sentences[$0].tags.contains(where: \.isVerb) } ?? 1
    }

    /// Index of the tracked entity with this key, if any.
    func entity(withKey key: String) -> Int? { entities.firstIndex { $0.key == key } }

    /// The most recent tracked name the one- or two-word `words` can be short for: a person whose name
    /// ends with them (surname) or an organization or untyped name that starts with them.
    func shortFormTarget(_ words: [String], type: EntityType) -> Int? {
        var best: Int?
        for (index, entity) in entities.enumerated()
        where entity.isProperName && !entity.isSplit && entity.words.count > words.count {
            let isSurname = entity.type == .person && Array(entity.words.suffix(words.count)) == words
                && (type == .person || type == .other)
            let isShortForm = entity.type != .person && entity.type != .location
                && Array(entity.words.prefix(words.count)) == words && type != .person && type != .location
            guard isSurname || isShortForm else { continue }
            if let current = best, (entities[current].lastSentence, entities[current].lastToken)
                > (entity.lastSentence, entity.lastToken) { continue }
            best = index
        }
        return best
    }

    /// A partial entity (`Wu` seen before `Eddie Wu`) that the fuller name `words` completes.
    func partialCompleted(by words: [String], type: EntityType) -> Int? {
        entities.lastIndex { entity in
            guard entity.isPartial, !entity.isSplit, entity.words.count < words.count else { return false }
            if type == .person { return Array(words.suffix(entity.words.count)) == entity.words }
            return type != .location && Array(words.prefix(entity.words.count)) == entity.words
        }
    }
}
