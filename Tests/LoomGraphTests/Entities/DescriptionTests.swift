import Testing
@testable import LoomGraph

/// Definite descriptions with modifiers, common-noun antecedents and numeric clean-up.
@Suite struct DescriptionTests {
    typealias S = SentenceBuilder

    @Test func nonRestrictiveRelativeClauseKeepsTheDescription() throws {
        let first = ClauseBuilder.clause("Northwind/NNP/compound Bank/NNP/compound Corp./NNP/-", "reported", "profit/NN/-")
        // `The lender , which is headquartered in Chicago , raised rates .`
        let second = S.sentence(
            "The/DT/2/det lender/NN/10/nsubj ,/,/6/punct which/WDT/6/nsubj:pass is/VBZ/6/aux:pass headquartered/VBN/2/acl:relcl in/IN/8/case Chicago/NNP/6/obl ,/,/6/punct raised/VBD/0/root rates/NNS/10/obj ././10/punct",
            index: 1)
        let result = S.resolve([
            (first.0, [first.1]),
            (second, [S.triple(second, "The lender", "raised", "rates"), S.triple(second, "which", "is headquartered in", "Chicago")]),
        ])
        #expect(result[1].subject.key == "northwind bank")
        #expect(result[2].subject.key == "northwind bank")
        #expect(result[2].object.type == .location)
    }

    @Test func restrictiveModifierBlocksTheDescription() {
        let first = ClauseBuilder.clause("Northwind/NNP/compound Bank/NNP/-", "reported", "profit/NN/-")
        // `The bank that Meta uses raised rates .`
        let second = S.sentence(
            "The/DT/2/det bank/NN/6/nsubj that/WDT/5/obj Meta/NNP/5/nsubj uses/VBZ/2/acl:relcl raised/VBD/0/root rates/NNS/6/obj ././6/punct",
            index: 1)
        let result = S.resolve([(first.0, [first.1]), (second, [S.triple(second, "The bank", "raised", "rates")])])
        #expect(result[1].subject.key == "~bank")
    }

    @Test func basedModifierIsStillADescription() {
        let first = ClauseBuilder.clause("Apple/NNP/compound Inc./NNP/-", "moved", "assembly/NN/-")
        // `The Cupertino-based company declined comment .`
        let second = ClauseBuilder.clause("The/DT/det Cupertino-based/JJ/amod company/NN/-", "declined", "comment/NN/-", index: 1)
        let result = S.resolve([(first.0, [first.1]), (second.0, [second.1])])
        #expect(result[1].subject.key == "apple")
    }

    @Test func descriptionWithTheHeadOfAnEarlierModifiedCommonNounRefersToIt() {
        let article = [
            ClauseBuilder.clause("The/DT/det city/NN/compound council/NN/-", "voted", "a/DT/det plan/NN/-", index: 0),
            ClauseBuilder.clause("Harbor/NNP/compound Bank/NNP/-", "lent", "money/NN/-", index: 1),
            ClauseBuilder.clause("The/DT/det council/NN/-", "promised", "aid/NN/-", index: 2),
        ]
        let result = S.resolve(article.map { ($0.0, [$0.1]) })
        #expect(result[2].subject.key == result[0].subject.key)
        #expect(result[2].subject.key != result[1].subject.key)
    }

    @Test func anEarlierBareDescriptionThatDidNotResolveCapturesNothing() {
        let article = [
            ClauseBuilder.clause("Harbor/NNP/compound Bank/NNP/-", "lent", "money/NN/-", index: 0),
            // `Staff joined the group from a rival .` with `from a rival` read as the group's modifier.
            ClauseBuilder.clause("Staff/NN/-", "joined", "the/DT/det group/NN/- from/IN/case@4 a/DT/det@4 rival/NN/nmod@1", index: 1),
            ClauseBuilder.clause("The/DT/det group/NN/-", "hired", "staff/NN/-", index: 2),
        ]
        let result = S.resolve(article.map { ($0.0, [$0.1]) })
        #expect(result[2].subject.key == "harbor bank")
    }

    @Test func anAppositiveDescriptionTypesTheNameAndDoesNotReferElsewhere() {
        let first = ClauseBuilder.clause("Harbor/NNP/compound Bank/NNP/-", "lent", "money/NN/-")
        // `Alstom , the French train maker , built trams .`
        let second = S.sentence(
            "Alstom/NNP/7/nsubj ,/,/1/punct the/DT/5/det French/JJ/5/amod maker/NN/1/appos ,/,/1/punct built/VBD/0/root trams/NNS/7/obj ././7/punct",
            index: 1)
        let result = S.resolve([
            (first.0, [first.1]),
            (second, [S.triple(second, "Alstom", "built", "trams"), S.triple(second, "the French maker", "built", "trams")]),
        ])
        #expect(result[1].subject.key == "alstom")
        #expect(result[1].subject.type == .organization)
        #expect(result[2].subject.key != "harbor bank" && result[2].subject.key != "alstom")
    }

    @Test func pronounReferringToACommonNounGetsItsKey() {
        let first = ClauseBuilder.clause("The/DT/det cloud/NN/compound division/NN/-", "grew", "revenue/NN/-")
        let second = ClauseBuilder.clause("It/PRP/-", "hired", "engineers/NNS/-", index: 1)
        let result = S.resolve([(first.0, [first.1]), (second.0, [second.1])])
        #expect(result[1].subject.key == result[0].subject.key)
        #expect(result[1].subject.name == "cloud division")
        #expect(result[1].subject.resolvedFrom == "It")
    }

    @Test func topicCompanyOutranksAnOrganizationMentionedInPassing() {
        let article = [
            ClauseBuilder.clause("Alibaba/NNP/compound Group/NNP/-", "pledged", "investment/NN/-", index: 0),
            ClauseBuilder.clause("Alibaba/NNP/-", "expects", "demand/NN/-", index: 1),
            ClauseBuilder.clause("Alibaba/NNP/-", "plans", "data/NN/compound centers/NNS/-", index: 2),
            // `Analysts at Harbour Street Securities praised the plan .`
            ClauseBuilder.clause("Analysts/NNS/- at/IN/case@3 Harbour/NNP/compound@3 Street/NNP/compound@3 Securities/NNPS/nmod@0",
                                 "praised", "the/DT/det plan/NN/-", index: 3),
            ClauseBuilder.clause("The/DT/det firm/NN/-", "raised", "spending/NN/-", index: 4),
        ]
        let result = S.resolve(article.map { ($0.0, [$0.1]) })
        #expect(result[4].subject.key == "alibaba")
    }

    @Test(arguments: [
        ("about/RB/advmod@1 $/$/- 53/CD/compound@3 billion/CD/nummod@1", "$53 billion", EntityType.money),
        ("at/IN/case@1 least/JJS/advmod@2 380/CD/compound@3 billion/CD/nummod@4 yuan/NN/-", "380 billion yuan", .money),
        ("more/JJR/advmod@2 than/IN/fixed@0 3,000/CD/nummod@3 workers/NNS/-", "3,000 workers", .quantity),
    ])
    func approximatorsAreTrimmedFromNumbers(object: String, name: String, type: EntityType) throws {
        let (sentence, triple) = ClauseBuilder.clause("Alibaba/NNP/-", "pledged", object)
        let mention = try #require(S.resolve([(sentence, [triple])]).first?.object)
        #expect(mention.name == name)
        #expect(mention.type == type)
    }
}
