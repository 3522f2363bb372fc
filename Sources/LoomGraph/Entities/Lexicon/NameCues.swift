/// Words that tell what kind of entity a proper name or a description denotes. All lower-case, with
/// trailing periods kept where the abbreviation is usually written with one (lookups try both).
enum NameCues {
    /// Legal-form suffixes stripped from organization keys (`Alibaba Group Holding Ltd.` → `alibaba`).
    static let corporateSuffixes: Set<String> = [
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited",
        "llc", "l.l.c.", "plc", "p.l.c.", "lp", "l.p.", "llp", "ag", "sa", "s.a.", "se", "nv", "n.v.", "bv",
        "b.v.", "gmbh", "kgaa", "a/s", "as", "asa", "ab", "oyj", "spa", "s.p.a.", "srl", "pte", "pty",
        "k.k.", "bhd", "sarl", "group", "holding", "holdings", "& co", "& co.",
    ]

    /// Words that make a proper name an organization wherever they appear in it (not stripped from keys,
    /// except those also in ``corporateSuffixes``).
    static let organizationWords: Set<String> = corporateSuffixes.union([
        "company", "bank", "banque", "banco", "banca", "bancorp", "university", "college", "institute", "agency", "ministry",
        "department", "council", "association", "authority", "commission", "committee", "exchange",
        "partners", "capital", "securities", "investments", "management", "fund", "trust", "research",
        "motors", "airlines", "airways", "lines", "shipping", "logistics", "foods", "energy", "power",
        "electric", "telecom", "communications", "pharmaceuticals", "technologies", "technology",
        "systems", "software", "labs", "laboratories", "industries", "engineering", "manufacturing",
        "platforms", "services", "solutions", "network", "networks", "media", "entertainment", "studios",
        "federation", "union", "organization", "organisation", "foundation", "society", "reserve",
        "parliament", "congress", "senate", "court", "police", "army", "navy", "party", "government",
        "club", "team", "cooperative", "insurance", "assurance", "financial", "realty", "properties",
        "hospital", "school", "press", "times", "post", "journal", "news", "bureau", "office", "board",
    ])

    /// Titles and roles that mark the following name as a person; dropped from the display name.
    static let personTitles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
        "president", "vice", "chairman", "chairwoman", "chair", "chief", "executive", "officer", "ceo",
        "cfo", "coo", "cto", "cio", "founder", "co-founder", "cofounder", "director", "managing",
        "governor", "gov.", "senator", "sen.", "rep.", "representative", "minister", "premier", "secretary",
        "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "general", "gen.",
        "commissioner", "chancellor", "deputy", "spokesman", "spokeswoman", "spokesperson", "analyst",
        "economist", "head", "manager", "treasurer", "pm", "financial", "operating", "technology", "st.",
        "state", "commerce", "finance", "foreign", "prime", "senior", "economy", "trade",
    ]

    /// Titles that mark a person on their own (the rest of ``personTitles`` only do so next to a name).
    static let strongTitles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "president",
        "chairman", "chairwoman", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "governor", "senator",
        "minister", "premier", "secretary", "mayor", "judge", "king", "queen", "prince", "princess", "pope",
        "chancellor", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "officer",
        "executive", "director", "manager", "pm",
    ]

    /// Whether `words` are only a title or role (`Chief`, `Vice President`, `Chief Financial Officer`,
    /// `Mr.`), with no name: such a phrase never becomes an entity.
    static func isTitleOnly(_ words: [String]) -> Bool {
        !words.isEmpty && words.allSatisfy { word in
            let lower = word.lowercased()
            return personTitles.contains(lower) || strongTitles.contains(lower) || lower == "of" || lower == "&"
        }
    }

    /// Head nouns of definite descriptions (`the company`, `the e-commerce pioneer`) and the entity
    /// type they refer to. Not `venture`/`partnership` (`the joint venture` is usually a new entity, not
    /// one of its owners) nor `government` (a country's government, not the last organization named).
    static let descriptionTypes: [String: EntityType] = {
        var table = [String: EntityType]()
        for word in [
            "company", "firm", "group", "giant", "retailer", "maker", "pioneer", "startup", "start-up",
            "carrier", "lender", "bank", "insurer", "reinsurer", "utility", "carmaker", "automaker",
            "chipmaker", "manufacturer", "supplier", "conglomerate", "business", "operator", "producer",
            "developer", "brand", "chain", "airline", "platform", "owner", "buyer", "seller", "investor",
            "corporation", "multinational", "regulator", "agency", "ministry", "exchange",
            "bakery", "brewer", "miner", "shipper", "unit", "subsidiary", "division",
            "council", "association", "commission", "authority", "federation", "institute", "university",
        ] { table[word] = .organization }
        for word in [
            "executive", "chief", "founder", "billionaire", "minister", "president", "spokesman",
            "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "economist", "analyst",
            "entrepreneur", "tycoon", "official", "governor", "manager", "businessman", "businesswoman",
            "ceo", "man", "woman", "leader", "investor", "banker", "chancellor", "mayor", "senator",
        ] where table[word] == nil { table[word] = .person }
        for word in ["city", "country", "nation", "state", "region", "province", "town", "village", "capital",
                     "island", "territory", "county", "port"] {
            table[word] = .location
        }
        return table
    }()

    /// Last words that make a proper name a place (`Richland Parish`, `Montgomery County`).
    static let placeDesignators: Set<String> = ["county", "parish", "province", "prefecture", "borough", "township", "canton"]

    /// Prepositions and verbs that introduce a place (`based in X`, `headquartered in X`).
    static let locationCueWords: Set<String> = ["based", "headquartered", "located", "born", "near"]
}
