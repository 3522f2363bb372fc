import Testing
@testable import LoomGraph

/// Articles that tempt false merges; each article is resolved separately, as the pipeline does, and
/// the keys are compared across them as the store would.
@Suite struct FalseMergeFixtureTests {
    private func article(_ clauses: [(String, String, String)]) -> [ResolvedTriple] {
        SentenceBuilder.resolve(clauses.enumerated().map { number, clause in
            let (sentence, triple) = ClauseBuilder.clause(clause.0, clause.1, clause.2, index: number)
            return (sentence, [triple])
        })
    }

    @Test func peopleSharingASurnameInDifferentArticlesStayApart() {
        let alibaba = article([
            ("Chief/NNP/compound Executive/NNP/compound Eddie/NNP/compound Wu/NNP/-", "outlined", "a/DT/det plan/NN/-"),
            ("Chairman/NNP/compound Joe/NNP/compound Tsai/NNP/-", "backed", "Wu/NNP/-"),
            ("Wu/NNP/-", "thanked", "Tsai/NNP/-"),
        ])
        let apples = article([
            ("Mary/NNP/compound Wu/NNP/-", "leads", "the/DT/det Northwest/NNP/compound Fruit/NNP/compound Council/NNP/-"),
            ("Wu/NNP/-", "expects", "a/DT/det larger/JJR/amod harvest/NN/-"),
        ])
        #expect(alibaba[0].subject.key == "eddie wu")
        #expect(alibaba[1].subject.key == "joe tsai")
        #expect(alibaba[1].object.key == "eddie wu")
        #expect(alibaba[2].subject.key == "eddie wu")
        #expect(alibaba[2].object.key == "joe tsai")
        #expect(apples[0].subject.key == "mary wu")
        #expect(apples[1].subject.key == "mary wu")
        #expect(apples[0].object.type == .organization)
        let allWuKeys = Set((alibaba + apples).flatMap { [$0.subject, $0.object] }.map(\.key).filter { $0.hasSuffix("wu") })
        #expect(allWuKeys == ["eddie wu", "mary wu"])
    }

    @Test func appleTheCompanyIsNotAppleTheFruit() {
        let company = article([
            ("Apple/NNP/compound Inc./NNP/-", "moved", "assembly/NN/-"),
            ("Apple/NNP/-", "expanded", "production/NN/-"),
        ])
        let fruit = article([
            ("Growers/NNS/-", "picked", "the/DT/det apple/NN/-"),
            ("Buyers/NNS/-", "bought", "apples/NNS/-"),
        ])
        #expect(company[0].subject.key == "apple")
        #expect(company[1].subject.key == "apple")
        #expect(company[0].subject.type == .organization)
        #expect(company[1].subject.type == .organization)
        #expect(fruit[0].object.type == .other)
        #expect(fruit[0].object.key == "~apple")
        #expect(fruit[1].object.key == "~apple")
        #expect(fruit[0].object.key != company[0].subject.key)
    }

    @Test func metaFullNameAndShortForm() {
        let full = article([
            ("Meta/NNP/compound Platforms/NNPS/compound Inc./NNP/-", "built", "a/DT/det campus/NN/-"),
            ("Meta/NNP/-", "hired", "workers/NNS/-"),
        ])
        let short = article([("Meta/NNP/-", "released", "a/DT/det model/NN/-")])
        #expect(full[0].subject.key == "meta platforms")
        #expect(full[1].subject.key == "meta platforms")
        #expect(!full[1].subject.isPartialName)
        // In an article that never gives the full name, `Meta` is a partial name the store may join to
        // the one entity it fits.
        #expect(short[0].subject.key == "meta")
        #expect(short[0].subject.isPartialName)
        #expect(EntityKey.isPartialMatch(short[0].subject.key, of: full[0].subject.key))
    }

    @Test func amazonAndAlibabaForms() {
        let amazon = article([
            ("Amazon.com/NNP/compound Inc./NNP/-", "opened", "a/DT/det hub/NN/-"),
            ("Amazon.com/NNP/-", "hired", "workers/NNS/-"),
        ])
        let alibaba = article([
            ("Alibaba/NNP/compound Group/NNP/compound Holding/NNP/compound Ltd./NNP/-", "pledged", "380/CD/compound@1 billion/CD/nummod@2 yuan/NN/-"),
            ("Alibaba/NNP/- 's/POS/case", "has", "a/DT/det cloud/NN/compound division/NN/-"),
        ])
        let other = article([("Alibaba/NNP/-", "bought", "shares/NNS/-")])
        #expect(amazon[0].subject.key == amazon[1].subject.key)
        #expect(amazon[0].subject.name == "Amazon.com Inc.")
        #expect(amazon[1].subject.name == "Amazon.com")
        #expect(alibaba[0].subject.key == "alibaba")
        #expect(alibaba[1].subject.key == "alibaba")
        #expect(alibaba[1].subject.name == "Alibaba")
        #expect(alibaba[0].object.type == .money)
        #expect(other[0].subject.key == "alibaba")
    }

    @Test func aliasOverridesMergeAndSplit() throws {
        let aliases = try AliasOverrides(parsing: "Meta = Meta Platforms\n!Wu\n")
        let clauses = [
            ("Eddie/NNP/compound Wu/NNP/-", "met", "analysts/NNS/-"),
            ("Wu/NNP/-", "praised", "Meta/NNP/-"),
        ]
        let result = SentenceBuilder.resolve(clauses.enumerated().map { number, clause in
            let (sentence, triple) = ClauseBuilder.clause(clause.0, clause.1, clause.2, index: number)
            return (sentence, [triple])
        }, aliases: aliases)
        #expect(result[1].object.key == "meta platforms")
        #expect(result[1].subject.key != "eddie wu")
        #expect(!result[1].subject.isPartialName)
    }
}
