/// How strong the evidence for an entity's type is. An entity takes the type of its strongest
/// evidence across mentions (ties keep the earlier type), in an article and in the store: `Apple` (no
/// evidence, OTHER) becomes ORGANIZATION at `Apple Inc.`; a place cue (`in Kestrel`) does not outweigh
/// a later `Kestrel Motors Inc.`.
public enum TypeEvidence: Int, Sendable, Comparable, Codable {
    /// No evidence: the OTHER of an unknown name.
    case none = 0
    /// Context: a place cue (`in X`), a pronoun (`he`) or a description (`the company`) referring to it.
    case context = 1
    /// A list: a known place or given name, an apposition with a person noun.
    case lexicon = 2
    /// A designator in the name: a legal suffix or organization word (`Inc.`, `Bank`), a title (`Mr.`,
    /// `Chief Executive`).
    case designator = 3

    public static func < (lhs: TypeEvidence, rhs: TypeEvidence) -> Bool { lhs.rawValue < rhs.rawValue }
}
