/// A Universal Dependencies relation label (with the English subtypes used by UD English EWT).
///
/// Backed by a small integer so that label sequences are flat byte arrays on hot paths.
public enum DependencyLabel: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case root, punct, nsubj, nsubjPass, nsubjOuter, csubj, csubjPass, csubjOuter, expl
    case obj, iobj, ccomp, xcomp, obl, oblAgent, oblUnmarked, oblTmod, oblNpmod
    case advcl, advclRelcl, advmod, aux, auxPass, cop, mark, discourse, vocative
    case nmod, nmodPoss, nmodUnmarked, nmodDesc, nmodTmod, nmodNpmod
    case appos, nummod, acl, aclRelcl, amod, det, detPredet, detPoss, caseMarker, clf
    case compound, compoundPrt, flat, flatForeign, fixed
    case conj, cc, ccPreconj, list, parataxis, orphan, goeswith, reparandum, dislocated, dep

    /// The label as written in CoNLL-U (`nsubj:pass`, `case`, `acl:relcl` …).
    public var name: String { Self.names[Int(rawValue)] }

    public var description: String { name }

    /// The universal part before any `:` subtype (`nsubj` for `nsubj:pass`).
    public var universal: String {
        let full = name
        if let colon = full.firstIndex(of: ":") { return String(full[..<colon]) }
        return full
    }

    /// Parses a CoNLL-U label. An unknown subtype falls back to its universal label; an unknown
    /// label gives nil.
    public init?(name: String) {
        if let label = Self.byName[name] {
            self = label
        } else if let colon = name.firstIndex(of: ":"), let label = Self.byName[String(name[..<colon])] {
            self = label
        } else {
            return nil
        }
    }

    private static let names: [String] = [
        "root", "punct", "nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "csubj:outer", "expl",
        "obj", "iobj", "ccomp", "xcomp", "obl", "obl:agent", "obl:unmarked", "obl:tmod", "obl:npmod",
        "advcl", "advcl:relcl", "advmod", "aux", "aux:pass", "cop", "mark", "discourse", "vocative",
        "nmod", "nmod:poss", "nmod:unmarked", "nmod:desc", "nmod:tmod", "nmod:npmod",
        "appos", "nummod", "acl", "acl:relcl", "amod", "det", "det:predet", "det:poss", "case", "clf",
        "compound", "compound:prt", "flat", "flat:foreign", "fixed",
        "conj", "cc", "cc:preconj", "list", "parataxis", "orphan", "goeswith", "reparandum", "dislocated", "dep",
    ]

    private static let byName: [String: DependencyLabel] = {
        var table = [String: DependencyLabel]()
        for label in DependencyLabel.allCases { table[label.name] = label }
        return table
    }()

    /// Nominal or clausal subjects, active or passive (not expletives).
    public var isSubject: Bool {
        switch self {
        case .nsubj, .nsubjPass, .nsubjOuter, .csubj, .csubjPass, .csubjOuter: return true
        default: return false
        }
    }

    /// Oblique arguments and modifiers (`obl` and its subtypes).
    public var isOblique: Bool {
        switch self {
        case .obl, .oblAgent, .oblUnmarked, .oblTmod, .oblNpmod: return true
        default: return false
        }
    }
}
