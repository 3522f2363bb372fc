import Testing
import LoomExtraction
import LoomLanguage
@testable import LoomGraph

/// One test per resolver rule added for issue 6 (possessive keys, type evidence, titles, roles,
/// mis-tagged names, acronyms tagged as common nouns, head-noun descriptions).
@Suite struct EntityRuleTests {
    private func article(_ clauses: [(String, String, String)]) -> [ResolvedTriple] {
        SentenceBuilder.resolve(clauses.enumerated().map { number, clause in
            let (sentence, triple) = ClauseBuilder.clause(clause.0, clause.1, clause.2, index: number)
            return (sentence, [triple])
        })
    }

    /// `Lee said a cut was likely before the end`: the reported clause is the object, not its copular noun `end`.
    @Test func aClauseWithACopularNounHeadStaysAClause() {
        let sentence = SentenceBuilder.sentence(
            "Lee/NNP/2/nsubj said/VBD/0/root a/DT/4/det cut/NN/9/nsubj was/VBD/9/cop likely/RB/9/advmod before/IN/9/case the/DT/9/det end/NN/2/ccomp")
        let triple = SentenceBuilder.triple(sentence, "Lee", "said", "a cut was likely before the end")
        let result = SentenceBuilder.resolve([(sentence, [triple])])
        #expect(result.first?.object.name == "cut was likely before the end")
        #expect(result.first?.object.type == .other)
    }

    /// `Two of the seven members voted for a cut`: the node is the part of the group, not the number `Two`.
    @Test func aNumberWithAnOfPhraseIsAPartOfTheGroup() {
        let result = article([("Two/CD/- of/IN/case@3 the/DT/det@3 members/NNS/nmod@0", "backed", "cuts/NNS/-")])
        #expect(result.first?.subject.name == "Two of the members")
        #expect(result.first?.subject.type == .other)
    }

    @Test func possessiveKeysOnThePossessorsEntityNotItsSurfaceName() {
        let long = article([
            ("Meta/NNP/compound Platforms/NNPS/compound Inc./NNP/-", "built", "a/DT/det campus/NN/-"),
            ("Meta/NNP/nmod:poss@2 's/POS/case@0 shares/NNS/-", "rose", "sharply/NN/-"),
        ])
        let other = article([
            ("Meta/NNP/compound Platforms/NNPS/-", "opened", "an/DT/det office/NN/-"),
            ("Meta/NNP/compound Platforms/NNPS/nmod:poss@3 ’s/POS/case@1 shares/NNS/-", "fell", "slightly/NN/-"),
        ])
        #expect(long[1].subject.key == other[1].subject.key)
        #expect(long[1].subject.key.contains("meta platforms"))
        #expect(long[1].subject.name == "Meta's shares")
    }

    @Test func typeFollowsTheStrongestEvidenceAcrossMentions() {
        let result = article([
            ("Kestrel/NNP/-", "hired", "workers/NNS/-"),
            ("Kestrel/NNP/compound Motors/NNPS/compound Inc./NNP/-", "built", "a/DT/det plant/NN/-"),
        ])
        #expect(result[0].subject.type == .organization)
        #expect(result[0].subject.typeStrength == .designator)
        var tracked = TrackedEntity(key: "apple", name: "Apple", type: .location, strength: .context, isProperName: true,
                                    isPlural: false, sentence: 0, token: 0, role: .subject)
        tracked.retype(.organization, strength: .designator)
        #expect(tracked.type == .organization)
        tracked.retype(.location, strength: .lexicon)  // weaker evidence does not win back
        #expect(tracked.type == .organization)
    }

    @Test func storeRetypesOnlyOnStrongerEvidence() throws {
        let store = try StoreFixture.store()
        let weak = EntityMention(surface: "Kestrel", name: "Kestrel", key: "kestrel", type: .location, typeStrength: .context)
        let strong = EntityMention(surface: "Kestrel Motors Inc.", name: "Kestrel Motors Inc.", key: "kestrel",
                                   type: .organization, typeStrength: .designator)
        let weakAgain = EntityMention(surface: "Kestrel", name: "Kestrel", key: "kestrel", type: .location,
                                      typeStrength: .lexicon)
        let worker = StoreFixture.mention("workers", type: .other)
        try StoreFixture.ingest(store, "a.txt", [StoreFixture.triple(weak, "hired", worker)])
        try StoreFixture.ingest(store, "b.txt", [StoreFixture.triple(strong, "hired", worker)])
        try StoreFixture.ingest(store, "c.txt", [StoreFixture.triple(weakAgain, "hired", worker)])
        let graph = try store.graph()
        #expect(graph.nodes.first { $0.label.hasPrefix("Kestrel") }?.type == .organization)
    }

    @Test func aTitleAloneIsNotAnEntityAndATitleRunIsNotSplit() {
        let result = article([
            ("Chief/NNP/compound Financial/NNP/compound Officer/NNP/compound David/NNP/compound Chen/NNP/-", "said",
             "profit/NN/-"),
            ("Chief/NNP/-", "approved", "a/DT/det plan/NN/-"),
        ])
        #expect(result.count == 1)
        #expect(result[0].subject.name == "David Chen")
        #expect(result[0].subject.type == .person)
    }

    @Test func aRoleInAppositionIsThePersonAndBecomesARoleRelation() {
        // `Monica Reyes, Kestrel's chief executive, said …`
        let sentence = SentenceBuilder.sentence(
            "Kestrel/NNP/2/compound Motors/NNP/0/root hired/VBD/2/dep ./NN/2/punct", index: 0)
        let spec = "Monica/NNP/2/compound Reyes/NNP/8/nsubj ,/,/7/punct Kestrel/NNP/7/nmod:poss 's/POS/4/case "
            + "chief/JJ/7/amod executive/NN/2/appos ,/,/7/punct said/VBD/0/root profit/NN/8/obj ./././punct"
        let second = SentenceBuilder.sentence(spec.replacingOccurrences(of: "././punct", with: "./8/punct"), index: 1)
        let appos = SentenceBuilder.triple(second, "Monica Reyes", "said", "Kestrel 's chief executive")
        var isTriple = appos
        isTriple.rule = "appos"
        let said = SentenceBuilder.triple(second, "Kestrel 's chief executive", "said", "profit")
        let result = SentenceBuilder.resolve([(sentence, []), (second, [isTriple, said])])
        #expect(result.count == 2)
        #expect(result[0].triple.relationKey == "be chief executive of")
        #expect(result[0].subject.key == "monica reyes")
        #expect(result[0].object.key == "kestrel motors")
        #expect(result[1].subject.key == "monica reyes")
    }

    @Test func aRoleAsPredicateOfAPersonBecomesARoleRelation() {
        // `Prairie Wind Holdings hired staff. Lisa Tsai founded it and remains its chief executive.`
        let first = SentenceBuilder.sentence(
            "Prairie/NNP/3/compound Wind/NNP/3/compound Holdings/NNP/4/nsubj hired/VBD/0/root staff/NN/4/obj ./././punct"
                .replacingOccurrences(of: "././punct", with: "./4/punct"), index: 0)
        let spec = "Lisa/NNP/2/compound Tsai/NNP/3/nsubj founded/VBD/0/root it/PRP/3/obj and/CC/6/cc "
            + "remains/VBZ/3/conj its/PRP$/9/nmod:poss chief/JJ/9/amod executive/NN/6/xcomp ./././punct"
        let second = SentenceBuilder.sentence(spec.replacingOccurrences(of: "././punct", with: "./3/punct"), index: 1)
        let remains = SentenceBuilder.triple(second, "Lisa Tsai", "remains", "its chief executive")
        let result = SentenceBuilder.resolve([(first, []), (second, [remains])])
        #expect(result.count == 1)
        #expect(result.first?.triple.relationKey == "be chief executive of")
        #expect(result.first?.subject.key == "lisa tsai")
        #expect(result.first?.object.key == "prairie wind")  // `Holdings` is a designator, not part of the key
    }

    @Test func aRoleAsPredicateInARelativeClauseBelongsToTheName() {
        // `Prairie Wind Holdings hired staff. Lisa Tsai, who founded it and remains its chief executive, left.`
        let first = SentenceBuilder.sentence(
            "Prairie/NNP/3/compound Wind/NNP/3/compound Holdings/NNP/4/nsubj hired/VBD/0/root staff/NN/4/obj ./4/punct", index: 0)
        let spec = "Lisa/NNP/2/compound Tsai/NNP/14/nsubj ,/,/5/punct who/WP/5/nsubj founded/VBD/2/acl:relcl it/PRP/5/obj "
            + "and/CC/8/cc remains/VBZ/5/conj its/PRP$/11/nmod:poss chief/JJ/11/amod executive/NN/8/xcomp ,/,/5/punct "
            + "then/RB/14/advmod left/VBD/0/root ./14/punct"
        let second = SentenceBuilder.sentence(spec, index: 1)
        let remains = SentenceBuilder.triple(second, "Lisa Tsai", "remains", "its chief executive")
        let result = SentenceBuilder.resolve([(first, []), (second, [remains])])
        #expect(result.first?.triple.relationKey == "be chief executive of")
        #expect(result.first?.subject.key == "lisa tsai")
        #expect(result.first?.object.key == "prairie wind")
    }

    @Test(arguments: [("Amazon.com", "ADD", true), ("Álvarez", "ADD", true), ("someone@example.com", "ADD", false),
                      ("PBOC", "NN", true), ("CEO", "NN", false), ("apple", "NN", false)])
    func mistaggedNames(text: String, tag: String, expected: Bool) {
        #expect(NameRuns.isMistaggedName(text, tag: PennTag(name: tag)!) == expected)
    }

    @Test func anXBasedModifierIsNotAName() {
        let result = article([
            ("Maison/NNP/compound Lefèvre/NNP/compound SA/NNP/-", "opened", "shops/NNS/-"),
            ("The/DT/det Lyon-based/NNP/amod company/NN/-", "hired", "bakers/NNS/-"),
        ])
        #expect(result[1].subject.key == "maison lefevre")
    }

    @Test func aDescriptionFindsTheNameEndingWithItsHeadNoun() {
        let result = article([
            ("Mary/NNP/compound Wu/NNP/-", "leads", "the/DT/det Northwest/NNP/compound Fruit/NNP/compound Council/NNP/-"),
            ("Pacific/NNP/compound Cold/NNP/compound Storage/NNP/compound LLC/NNP/-", "operates", "warehouses/NNS/-"),
            ("The/DT/det council/NN/-", "said", "costs/NNS/-"),
        ])
        #expect(result[2].subject.key == "northwest fruit council")
    }
}

@Suite struct ArticleLocalKeyTests {
    @Test func commonNounsAreKeyedPerDocumentNamedPossessivesAreNot() throws {
        let store = try StoreFixture.store()
        func common(_ name: String, key: String) -> EntityMention {
            var mention = EntityMention(surface: name, name: name, key: key, type: .other)
            mention.isArticleLocal = !key.contains("<")
            return mention
        }
        let site = common("site", key: "~site")
        let shares = common("Meta's shares", key: "~<meta platforms>'s share")
        let jobs = StoreFixture.mention("150 jobs", type: .quantity)
        try StoreFixture.ingest(store, "a.txt", [StoreFixture.triple(site, "will create", jobs),
                                                 StoreFixture.triple(shares, "rose", jobs, sentence: 1)])
        try StoreFixture.ingest(store, "b.txt", [StoreFixture.triple(site, "will create", jobs),
                                                 StoreFixture.triple(shares, "rose", jobs, sentence: 1)])
        let graph = try store.graph()
        #expect(graph.nodes.filter { $0.label == "site" }.count == 2)
        #expect(graph.nodes.filter { $0.label == "Meta's shares" }.count == 1)
    }
}
