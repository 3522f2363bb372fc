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
        default: return .unresolvable  // I, we, you, one, this … : the speaker or reader, not an entity
        }
    }

    static func isPlural(_ word: String) -> Bool { reference(of: word) == .plural }
}
