import Testing
@testable import LoomGraph

/// One rule per row: the subject group is typed and named as expected.
@Suite struct EntityTypingTests {
    struct Row: Sendable, CustomStringConvertible {
        var subject: String
        var type: EntityType
        var name: String
        var prefix = ""
        var description: String { name }
    }

    static let subjects: [Row] = [
        // corporate suffixes and designators
        Row(subject: "Alibaba/NNP/compound Group/NNP/compound Holding/NNP/compound Ltd./NNP/-", type: .organization,
            name: "Alibaba Group Holding Ltd."),
        Row(subject: "Entergy/NNP/compound Louisiana/NNP/compound LLC/NNP/-", type: .organization,
            name: "Entergy Louisiana LLC"),
        Row(subject: "Northwind/NNP/compound Bank/NNP/-", type: .organization, name: "Northwind Bank"),
        Row(subject: "Stanford/NNP/compound University/NNP/-", type: .organization, name: "Stanford University"),
        Row(subject: "the/DT/det Northwest/NNP/compound Fruit/NNP/compound Council/NNP/-", type: .organization,
            name: "Northwest Fruit Council"),
        Row(subject: "General/NNP/compound Motors/NNPS/-", type: .organization, name: "General Motors"),
        Row(subject: "Bank/NNP/- of/IN/case@3 North/NNP/compound@3 Dakota/NNP/nmod@0", type: .organization,
            name: "Bank of North Dakota"),
        // titles and given names
        Row(subject: "Chief/NNP/compound Executive/NNP/compound Officer/NNP/compound Eddie/NNP/compound Wu/NNP/-",
            type: .person, name: "Eddie Wu"),
        Row(subject: "President/NNP/compound Xi/NNP/compound Jinping/NNP/-", type: .person, name: "Xi Jinping"),
        Row(subject: "Mr./NNP/compound Hebert/NNP/-", type: .person, name: "Hebert"),
        Row(subject: "Dr./NNP/compound Amara/NNP/compound Osei/NNP/-", type: .person, name: "Amara Osei"),
        Row(subject: "Søren/NNP/compound Brandt/NNP/-", type: .person, name: "Søren Brandt"),
        Row(subject: "José/NNP/compound Álvarez/NNP/-", type: .person, name: "José Álvarez"),
        Row(subject: "Priya/NNP/compound Raman/NNP/-", type: .person, name: "Priya Raman"),
        Row(subject: "Olumide/NNP/compound Adeyemi/NNP/-", type: .other, name: "Olumide Adeyemi"),
        // places
        Row(subject: "Hong/NNP/compound Kong/NNP/-", type: .location, name: "Hong Kong"),
        Row(subject: "Zürich/NNP/-", type: .location, name: "Zürich"),
        Row(subject: "Switzerland/NNP/-", type: .location, name: "Switzerland"),
        Row(subject: "La./NNP/-", type: .location, name: "La."),
        Row(subject: "RICHLAND/NNP/compound PARISH/NNP/-", type: .location, name: "RICHLAND PARISH"),
        Row(subject: "Montgomery/NNP/compound County/NNP/-", type: .location, name: "Montgomery County"),
        Row(subject: "Banque/NNP/compound Rhône-Alpes/NNP/-", type: .organization, name: "Banque Rhône-Alpes"),
        // numbers
        Row(subject: "$/$/- 53/CD/compound@2 billion/CD/nummod@0", type: .money, name: "$53 billion"),
        Row(subject: "380/CD/compound@1 billion/CD/nummod@2 yuan/NN/-", type: .money, name: "380 billion yuan"),
        Row(subject: "1.2/CD/compound@1 billion/CD/nummod@2 euros/NNS/-", type: .money, name: "1.2 billion euros"),
        Row(subject: "13/CD/nummod percent/NN/-", type: .percent, name: "13 percent"),
        Row(subject: "4.5/CD/nummod %/NN/-", type: .percent, name: "4.5%"),
        Row(subject: "Feb./NNP/- 24/CD/nummod@0 ,/,/punct@0 2025/CD/nummod@0", type: .date, name: "Feb. 24, 2025"),
        Row(subject: "2025/CD/-", type: .date, name: "2025"),
        Row(subject: "2025-03-01/CD/-", type: .date, name: "2025-03-01"),
        Row(subject: "Monday/NNP/-", type: .date, name: "Monday"),
        Row(subject: "last/JJ/amod year/NN/-", type: .date, name: "last year"),
        Row(subject: "Today/NN/-", type: .date, name: "Today"),
        Row(subject: "2,260/CD/nummod megawatts/NNS/-", type: .quantity, name: "2,260 megawatts"),
        Row(subject: "500/CD/nummod jobs/NNS/-", type: .quantity, name: "500 jobs"),
        // common nouns
        Row(subject: "the/DT/det apple/NN/-", type: .other, name: "apple"),
        Row(subject: "the/DT/det cloud/NN/compound division/NN/-", type: .other, name: "cloud division"),
    ]

    @Test(arguments: subjects)
    func typesSubject(row: Row) throws {
        let (sentence, triple) = ClauseBuilder.clause(row.subject, "announced", "plans/NNS/-", prefix: row.prefix)
        let resolved = SentenceBuilder.resolve([(sentence, [triple])])
        let mention = try #require(resolved.first?.subject)
        #expect(mention.type == row.type)
        #expect(mention.name == row.name)
    }

    static let locationCues: [(String, EntityType)] = [
        ("based/VBN/amod in/IN/case", .location),
        ("headquartered/VBN/amod in/IN/case", .location),
        ("near/IN/case", .location),
    ]

    @Test(arguments: locationCues)
    func placeCueTypesUnknownName(cue: String, type: EntityType) throws {
        // `… opened plants based in Wakanda .` — the cue makes an unknown name a place.
        let cueTokens = cue.split(separator: " ").map { $0.split(separator: "/") }
        var spec = "Kestrel/NNP/2/nsubj opened/VBD/0/root plants/NNS/2/obj"
        for token in cueTokens { spec += " \(token[0])/\(token[1])/\(4 + cueTokens.count)/\(token[2])" }
        spec += " Wakanda/NNP/3/nmod ././2/punct"
        let sentence = SentenceBuilder.sentence(spec)
        let triple = SentenceBuilder.triple(sentence, "Kestrel", "opened", "Wakanda")
        let mention = try #require(SentenceBuilder.resolve([(sentence, [triple])]).first?.object)
        #expect(mention.type == type)
    }

    @Test func appositionWithRoleNounMakesAPerson() throws {
        // `Its president , Kofi Mensah , said …`
        let sentence = SentenceBuilder.sentence(
            "Its/PRP$/2/nmod:poss president/NN/7/nsubj ,/,/5/punct Kofi/NNP/5/compound Mensah/NNP/2/appos ,/,/5/punct said/VBD/0/root growth/NN/7/obj ././7/punct")
        let triple = SentenceBuilder.triple(sentence, "Kofi Mensah", "said", "growth")
        let mention = try #require(SentenceBuilder.resolve([(sentence, [triple])]).first?.subject)
        #expect(mention.type == .person)
    }
}
