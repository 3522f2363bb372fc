/// The pronouns the resolver knows and what they can refer to.
enum Pronouns {
    enum Reference: Sendable { case masculine, feminine, neuter, plural, relative, unresolvable }

    static func reference(of word: String) -> Reference {
        switch word.lowercased() {
        case "he", "him", "his", "himself": return .masculine
        case "she", "her", "hers", "herself": return .feminine
        case "it", "its", "itself": return .neuter
        case "they", "them", "their", "theirs", "themselves": return .plural
        case "which", "who", "whom", "whose", "that": return .relative
        // I, we, you, one: the speaker or reader; this, another, both … standing alone: a statement or
        // an unnamed set. None is an entity.
        default: return .unresolvable
        }
    }

    /// Indefinite pronouns tagged as nouns: never entities.
    static let indefinite: Set<String> = [
        "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "no-one",
        "somebody", "anybody", "everybody", "nobody",
    ]

    static func isPlural(_ word: String) -> Bool { reference(of: word) == .plural }
}
