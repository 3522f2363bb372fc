/// Chooses the antecedent of a pronoun or definite description among the entities an article has
/// mentioned before it.
///
/// Compatibility: `he`/`she` → PERSON (not of the other gender by given name), or an untyped name of
/// two or three words;
/// `it` → a singular non-person; `they` → a plural phrase (+6), an ORGANIZATION or (−6) an untyped one-word
/// name; a description → its
/// class's type (an untyped one-word name also fits an organization description, at −12). Among compatible entities
/// the score prefers recency (−10 per sentence back, at most 3 sentences for pronouns and 5 for
/// descriptions), subjects (+6) over objects (+3), names (+3), organizations for `it` (+8), entities
/// mentioned often (+1 per mention, up to 5) and names introduced in the headline or first sentence
/// after any dateline (+3, the article's topic); ties go to the most recent mention.
struct Antecedents {
    enum Want: Sendable {
        case pronoun(Pronouns.Reference)
        case description(EntityType, plural: Bool)
    }

    /// - Parameter topical: the phrase is a description an article uses for its own topic, such as
    ///   `the Cupertino, California-based company`: names from the headline or first sentence score
    ///   +40 (such descriptions vary the name of the company the article is about).
    /// - Parameter topicSentence: names introduced up to this sentence are the article's topic.
    static func best(
        for want: Want, among entities: [TrackedEntity], sentence: Int, token: Int, topicSentence: Int = 1, topical: Bool = false
    ) -> Int? {
        var best: (index: Int, score: Int, sentence: Int, token: Int)?
        let window: Int
        if case .description = want { window = 5 } else { window = 3 }
        for (index, entity) in entities.enumerated() {
            let distance = sentence - entity.lastSentence
            guard distance >= 0, distance <= window, distance > 0 || entity.lastToken < token else { continue }
            guard let bonus = compatibility(want, entity) else { continue }
            var score = -10 * distance + bonus + min(entity.mentions, 5)
            score += entity.isProperName && entity.originSentence <= topicSentence ? (topical ? 40 : 3) : 0  // the article's topic
            score += entity.lastRole == .subject ? 6 : entity.lastRole == .object ? 3 : 0
            score += entity.isProperName ? 3 : 0
            if let current = best,
               current.score > score
                || current.score == score
                    && (current.sentence, current.token) > (entity.lastSentence, entity.lastToken) {
                continue
            }
            best = (index, score, entity.lastSentence, entity.lastToken)
        }
        return best?.index
    }

    /// The entity a headline's description names (`Lyon Bakery Chain`): the headline is read after the
    /// body, so instead of the latest entity before it, the best compatible name the article
    /// introduces by its topic sentence (most mentions, then the earliest).
    static func topic(for want: Want, among entities: [TrackedEntity], topicSentence: Int) -> Int? {
        var best: (index: Int, score: Int)?
        for (index, entity) in entities.enumerated() where entity.isProperName && entity.originSentence <= topicSentence {
            guard let bonus = compatibility(want, entity) else { continue }
            let score = bonus + min(entity.mentions, 5)
            if let current = best, current.score >= score { continue }
            best = (index, score)
        }
        return best?.index
    }

    /// Nil when incompatible, else a type bonus.
    static func compatibility(_ want: Want, _ entity: TrackedEntity) -> Int? {
        let untypedName = entity.type == .other && entity.isProperName
        switch want {
        case .pronoun(.masculine), .pronoun(.feminine):
            if entity.isPlural { return nil }
            if entity.type == .person {
                if case .pronoun(.masculine) = want, entity.gender == .female { return nil }
                if case .pronoun(.feminine) = want, entity.gender == .male { return nil }
                return 0
            }
            // An untyped full name (`Sergey Brin`) may be a person; a one-word one (`Hamas`) is not offered.
            return untypedName && (2...3).contains(entity.words.count) ? -4 : nil
        case .pronoun(.neuter):
            guard !entity.isPlural else { return nil }
            switch entity.type {
            case .organization: return 8
            // `The central bank of Veldoria kept its rate`: a phrase headed by an organization noun is
            // as good an antecedent as a named organization (and better than the country inside it).
            case .other where !entity.isProperName && NameCues.descriptionTypes[entity.headLemma ?? ""] == .organization: return 8
            case .other: return 0
            case .location: return -2
            default: return nil
            }
        case .pronoun(.plural):
            if entity.type == .organization { return 0 }
            if untypedName && !entity.isPlural && entity.words.count == 1 { return -6 }  // `Google … They`
            return entity.isPlural && entity.type != .person ? 6 : nil
        case .pronoun:
            return nil
        case .description(let type, let plural):
            guard plural == entity.isPlural || type == .organization && !plural else { return nil }
            if entity.type == type { return entity.isProperName ? 4 : 0 }
            // An untyped one-word name may be a company (`Voltaris`); an untyped multi-word one is as
            // likely a person (`Sergey Brin`), so it is not offered.
            return untypedName && type == .organization && entity.words.count == 1 ? -12 : nil
        }
    }
}
