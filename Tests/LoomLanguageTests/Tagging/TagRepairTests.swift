import Testing
@testable import LoomLanguage

/// The post-passes over the trained tagger's output for news text.
@Suite struct TagRepairTests {
    @Test func currencySignsAreTaggedDollar() {
        let words = ["raised", "€", "45", "million", "and", "HK$", "3", "and", "US$", "2", "and", "£", "6"]
        let tags: [PennTag] = [.VBD, .CD, .CD, .CD, .CC, .NNP, .CD, .CC, .NN, .CD, .CC, .NN, .CD]
        let repaired = CurrencyTagRepair.apply(words: words, tags: tags)
        #expect(repaired[1] == .dollar && repaired[5] == .dollar && repaired[8] == .dollar && repaired[11] == .dollar)
        #expect(repaired[2] == .CD && repaired[0] == .VBD)
    }

    @Test(arguments: ["EUR", "$5", "a$", "ABCD$", "", "%"])
    func otherWordsAreNotCurrencySigns(_ word: String) {
        #expect(!CurrencyTagRepair.isCurrencySign(word))
    }

    @Test func verbAfterModalIsTaggedBaseForm() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["The", "deal", "would", "double", "the", "utility", "'s", "capacity", "."]
        let tags: [PennTag] = [.DT, .NN, .MD, .RB, .DT, .NN, .POS, .NN, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[3] == .VB)
        // An adverb between stays an adverb; so does a word the dictionary knows as an adverb.
        let still = ["It", "would", "still", "somehow", "work", "."]
        let stillTags: [PennTag] = [.PRP, .MD, .RB, .RB, .VB, .period]
        #expect(VerbTagRepair.apply(words: still, tags: stillTags, tagger: tagger) == stillTags)
        let well = ["We", "may", "as", "well", "go", "."]
        let wellTags: [PennTag] = [.PRP, .MD, .RB, .RB, .VB, .period]
        #expect(VerbTagRepair.apply(words: well, tags: wellTags, tagger: tagger) == wellTags)
        // A noun that is no verb is left alone.
        let noun = ["They", "will", "tomorrow", "the", "plan", "."]
        let nounTags: [PennTag] = [.PRP, .MD, .NN, .DT, .NN, .period]
        #expect(VerbTagRepair.apply(words: noun, tags: nounTags, tagger: tagger) == nounTags)
    }

    @Test func wordAfterAndInAModalVerbPhraseIsABaseFormVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["It", "would", "cut", "600", "jobs", "and", "close", "two", "clinics", "."]
        let tags: [PennTag] = [.PRP, .MD, .VB, .CD, .NNS, .CC, .JJ, .CD, .NNS, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[6] == .VB)
        // After a tensed verb the modal's phrase has ended.
        let ended = ["It", "would", "cut", "jobs", "that", "were", "old", "and", "close", "the", "rest", "."]
        let endedTags: [PennTag] = [.PRP, .MD, .VB, .NNS, .WDT, .VBD, .JJ, .CC, .JJ, .DT, .NN, .period]
        #expect(VerbTagRepair.apply(words: ended, tags: endedTags, tagger: tagger)[8] == .JJ)
    }

    @Test func openingParticipleWithObjectInAVerblessSentenceIsPastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["Harbor", "Light", "last", "raised", "money", "in", "2023", "."]
        let tags: [PennTag] = [.NNP, .NNP, .RB, .VBN, .NN, .IN, .CD, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[3] == .VBD)
        // After a common noun (a reduced relative: `Money raised last year went …`), or with a `by`
        // phrase after it, the participle stays.
        let reduced = ["Money", "raised", "last", "year", "went", "to", "schools", "."]
        let reducedTags: [PennTag] = [.NN, .VBN, .JJ, .NN, .VBD, .IN, .NNS, .period]
        #expect(VerbTagRepair.apply(words: reduced, tags: reducedTags, tagger: tagger) == reducedTags)
        let passive = ["Harbor", "Light", "acquired", "by", "rival", "."]
        let passiveTags: [PennTag] = [.NNP, .NNP, .VBN, .IN, .NN, .period]
        #expect(VerbTagRepair.apply(words: passive, tags: passiveTags, tagger: tagger) == passiveTags)
    }

    @Test func participleAfterAnOpeningDeterminerPhraseIsPastTenseWhenNoVerbFollows() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["The", "council", "also", "named", "Priya", "Raman", "director", "."]
        let tags: [PennTag] = [.DT, .NN, .RB, .VBN, .NNP, .NNP, .NN, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[3] == .VBD)
        // A reduced relative with the main verb after it stays a participle.
        let possessive = ["Norway", "'s", "financial", "regulator", "fined", "Nordvik", "Bank", "."]
        let possessiveTags: [PennTag] = [.NNP, .POS, .JJ, .NN, .VBN, .NNP, .NNP, .period]
        #expect(VerbTagRepair.apply(words: possessive, tags: possessiveTags, tagger: tagger)[4] == .VBD)
        let reduced = ["The", "firm", "named", "Priya", "Raman", "CEO", "was", "sold", "."]
        let reducedTags: [PennTag] = [.DT, .NN, .VBN, .NNP, .NNP, .NNP, .VBD, .VBN, .period]
        #expect(VerbTagRepair.apply(words: reduced, tags: reducedTags, tagger: tagger) == reducedTags)
    }

    @Test func verblessSentenceGetsItsVerbAfterTheSubject() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["The", "company", "forecast", "revenue", "of", "$", "3", "billion", "."]
        let tags: [PennTag] = [.DT, .NN, .IN, .NN, .IN, .dollar, .CD, .CD, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[2] == .VBD)
        // A fragment without a period or a determiner stays as it is.
        let fragment = ["Best", "wishes", "to", "all"]
        let fragmentTags: [PennTag] = [.JJS, .NNS, .IN, .DT]
        #expect(VerbTagRepair.apply(words: fragment, tags: fragmentTags, tagger: tagger) == fragmentTags)
    }

    @Test func endedBetweenAPeriodAndADateIsAParticiple() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["Sales", "rose", "in", "the", "quarter", "ended", "Sept.", "30", "."]
        let tags: [PennTag] = [.NNS, .VBD, .IN, .DT, .NN, .VBD, .NNP, .CD, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[5] == .VBN)
    }

    @Test func verbAfterAParentheticalIsTheMainVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["The", "drug", ",", "known", "as", "CT-417", ",", "targets", "a", "protein", "."]
        let tags: [PennTag] = [.DT, .NN, .comma, .VBN, .IN, .NNP, .comma, .NNS, .DT, .NN, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[7] == .VBZ)
        // A list of nouns stays: `The drug , the dose , costs and side effects`.
        let list = ["The", "drug", ",", "the", "dose", ",", "costs", "and", "risks", "."]
        let listTags: [PennTag] = [.DT, .NN, .comma, .DT, .NN, .comma, .NNS, .CC, .NNS, .period]
        #expect(VerbTagRepair.apply(words: list, tags: listTags, tagger: tagger) == listTags)
        // A relative clause between the commas has a tensed verb of its own.
        let relative = ["The", "deal", ",", "which", "was", "approved", ",", "values", "Kestrel", "at", "$", "34", "."]
        let relativeTags: [PennTag] = [.DT, .NN, .comma, .WDT, .VBD, .VBN, .comma, .NNS, .NNP, .IN, .dollar, .CD, .period]
        #expect(VerbTagRepair.apply(words: relative, tags: relativeTags, tagger: tagger)[7] == .VBZ)
        // After a relative clause the verb may take a preposition, but not `of`.
        let calls = ["The", "plan", ",", "which", "was", "drafted", ",", "calls", "for", "two", "berths", "."]
        let callsTags: [PennTag] = [.DT, .NN, .comma, .WDT, .VBD, .VBN, .comma, .NNS, .IN, .CD, .NNS, .period]
        #expect(VerbTagRepair.apply(words: calls, tags: callsTags, tagger: tagger)[7] == .VBZ)
        var costs = calls
        costs[7] = "costs"
        costs[8] = "of"
        #expect(VerbTagRepair.apply(words: costs, tags: callsTags, tagger: tagger)[7] == .NNS)
    }

    @Test func openingPluralNounReadAsAVerbBeforeTheVerbIsANoun() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["Nurses", "last", "went", "on", "strike", "."]
        #expect(VerbTagRepair.apply(words: words, tags: [.VBZ, .RB, .VBD, .IN, .NN, .period], tagger: tagger)[0] == .NNS)
        // A verb before its object stays (`Says he will …` has no tensed verb right after it).
        let says = ["Says", "he", "will", "go", "."]
        let saysTags: [PennTag] = [.VBZ, .PRP, .MD, .VB, .period]
        #expect(VerbTagRepair.apply(words: says, tags: saysTags, tagger: tagger) == saysTags)
    }

    @Test func participleAfterAReportingVerbAndItsSubjectIsPastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["He", "said", "the", "company", "expected", "to", "spend", "more", "."]
        let tags: [PennTag] = [.PRP, .VBD, .DT, .NN, .VBN, .TO, .VB, .JJR, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[4] == .VBD)
    }

    @Test func participleWithAPossessiveObjectIsPastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["the", "company", "cut", "its", "forecast"]
        #expect(VerbTagRepair.apply(words: words, tags: [.DT, .NN, .VBN, .PRPS, .NN], tagger: tagger)[2] == .VBD)
        // Without a determiner the noun may be a bare plural inside a longer phrase: left alone.
        let bare = ["lucky", "breaks", "headed", "your", "way"]
        let bareTags: [PennTag] = [.JJ, .NNS, .VBN, .PRPS, .NN]
        #expect(VerbTagRepair.apply(words: bare, tags: bareTags, tagger: tagger) == bareTags)
    }

    @Test func verbReadAsANounOfTheOpeningPhraseIsTheVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        func repaired(_ sentence: String, _ tags: [PennTag]) -> [PennTag] {
            VerbTagRepair.apply(words: sentence.split(separator: " ").map(String.init), tags: tags, tagger: tagger)
        }
        // Before a possessive.
        #expect(repaired("The PBOC set its rate , a sign", [.DT, .NN, .NN, .PRPS, .NN, .comma, .DT, .NN])[2] == .VBD)
        // In a full sentence without a verb, with a name read as an adjective.
        #expect(repaired("The Fed cut rates again .", [.DT, .JJ, .NN, .NNS, .RB, .period]) == [.DT, .NNP, .VBD, .NNS, .RB, .period])
        #expect(repaired("The oil price rises sharply .", [.DT, .NN, .NN, .NNS, .RB, .period])[3] == .VBZ)
        // A verbless fragment ending in a preposition phrase, a sentence with a verb, a first noun: left alone.
        let fragment: [PennTag] = [.DT, .JJS, .NN, .NNS, .IN, .NN, .period]
        #expect(repaired("The best pizza places in town .", fragment) == fragment)
        let withVerb: [PennTag] = [.DT, .NN, .NN, .NNS, .VBD, .RB, .period]
        #expect(repaired("The oil price rises came fast .", withVerb) == withVerb)
        let firstNoun: [PennTag] = [.DT, .NNS, .PRPS, .NN, .period]
        #expect(repaired("The sets their price .", firstNoun) == firstNoun)
    }

    @Test func singularDemonstrativeSubjectMakesTheSWordItsVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        func repaired(_ sentence: String, _ tags: [PennTag]) -> [PennTag] {
            AgreementTagRepair.apply(words: sentence.split(separator: " ").map(String.init), tags: tags, tagger: tagger)
        }
        #expect(repaired("This often results in deaths .", [.DT, .RB, .NNS, .IN, .NNS, .period])[2] == .VBZ)
        #expect(repaired("That amounts to $ 350 billion .", [.DT, .NNS, .IN, .dollar, .CD, .CD, .period])[1] == .VBZ)
        // A plural demonstrative takes the plural noun; so does `that` as a complementizer.
        let those: [PennTag] = [.DT, .NNS, .IN, .NNS, .VBD, .JJ, .period]
        #expect(repaired("Those amounts in dollars were large .", those) == those)
        let said: [PennTag] = [.PRP, .VBD, .IN, .NNS, .IN, .NNP, .VBD, .JJ, .period]
        #expect(repaired("He said that results in Europe were strong .", said) == said)
    }

    @Test func sWordAfterAPossessiveIsAPluralNoun() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["His", "works", "span", "a", "wide", "range", "."]
        let tags: [PennTag] = [.PRPS, .VBZ, .VBP, .DT, .JJ, .NN, .period]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[1] == .NNS)
        // After a pronoun subject the verb stays a verb.
        let he = ["He", "works", "hard", "."]
        let heTags: [PennTag] = [.PRP, .VBZ, .RB, .period]
        #expect(AgreementTagRepair.apply(words: he, tags: heTags, tagger: tagger) == heTags)
    }

    @Test func reportingVerbClosingTheSentenceIsPastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["It", "will", "build", "a", "plant", ",", "the", "company", "announced", "on", "Wednesday", "."]
        let tags: [PennTag] = [.PRP, .MD, .VB, .DT, .NN, .comma, .DT, .NN, .VBN, .IN, .NNP, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[8] == .VBD)
        // With an object after it the participle may modify the noun (`, the plan announced a cut`
        // is rare; `, the figures reported by …` keeps its participle).
        let by = ["It", "fell", ",", "the", "figures", "reported", "by", "the", "bank", "show", "."]
        let byTags: [PennTag] = [.PRP, .VBD, .comma, .DT, .NNS, .VBN, .IN, .DT, .NN, .VBP, .period]
        #expect(VerbTagRepair.apply(words: by, tags: byTags, tagger: tagger)[5] == .VBN)
    }

    @Test func nounAfterCommaWhichIsTheRelativeClausesVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["panels", "for", "projects", ",", "which", "account", "for", "most", "sales", "."]
        let tags: [PennTag] = [.NNS, .IN, .NNS, .comma, .WDT, .NN, .IN, .JJS, .NNS, .period]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[5] == .VBP)
    }

    @Test func thatBeforeASingularNounWithoutAVerbIsADeterminer() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["She", "rejected", "that", "estimate", "and", "left", "."]
        let tags: [PennTag] = [.PRP, .VBD, .IN, .NN, .CC, .VBD, .period]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[2] == .DT)
        let clause = ["She", "said", "that", "growth", "slowed", "."]
        let clauseTags: [PennTag] = [.PRP, .VBD, .IN, .NN, .VBD, .period]
        #expect(AgreementTagRepair.apply(words: clause, tags: clauseTags, tagger: tagger) == clauseTags)
        let later = ["She", "estimated", "that", "assembly", "in", "India", "costs", "more", "."]
        let laterTags: [PennTag] = [.PRP, .VBD, .IN, .NN, .IN, .NNP, .VBZ, .JJR, .period]
        #expect(AgreementTagRepair.apply(words: later, tags: laterTags, tagger: tagger) == laterTags)
    }

    @Test func sWordEndingASubordinateClauseIsItsVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["They", "froze", "hiring", "until", "demand", "recovers", "."]
        let tags: [PennTag] = [.PRP, .VBD, .NN, .IN, .NN, .NNS, .period]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[5] == .VBZ)
        // Without a subordinator the noun phrase stays (`cut demand forecasts .`).
        let plain = ["They", "cut", "demand", "forecasts", "."]
        let plainTags: [PennTag] = [.PRP, .VBD, .NN, .NNS, .period]
        #expect(AgreementTagRepair.apply(words: plain, tags: plainTags, tagger: tagger) == plainTags)
    }

    @Test func participleAfterTheSubjectAndItsPrepositionalPhraseIsPastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["The", "clinics", "in", "Millbrook", "and", "Cedar", "Falls", "treated", "nearly", "30,000", "patients", "."]
        let tags: [PennTag] = [.DT, .NNS, .IN, .NNP, .CC, .NNP, .NNP, .VBN, .RB, .CD, .NNS, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[7] == .VBD)
        // With a tensed verb later the participle is a reduced relative (`acquired by Meta makes`).
        let relative = ["The", "firm", "in", "Ohio", "acquired", "a", "unit", "makes", "parts", "."]
        let relativeTags: [PennTag] = [.DT, .NN, .IN, .NNP, .VBN, .DT, .NN, .VBZ, .NNS, .period]
        #expect(VerbTagRepair.apply(words: relative, tags: relativeTags, tagger: tagger)[4] == .VBN)
    }

    @Test func baseVerbReadAsTheLastNounAfterLetIsTheInfinitive() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["It", "would", "let", "the", "utility", "meet", "rising", "demand", "."]
        let tags: [PennTag] = [.PRP, .MD, .VB, .DT, .NN, .NN, .VBG, .NN, .period]
        let repaired = VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)
        #expect(repaired[5] == .VB && repaired[6] == .JJ)
        // After other verbs the noun compound stays (`approved the utility plan today`).
        let approved = ["They", "approved", "the", "utility", "plan", "today", "."]
        let approvedTags: [PennTag] = [.PRP, .VBD, .DT, .NN, .NN, .NN, .period]
        #expect(VerbTagRepair.apply(words: approved, tags: approvedTags, tagger: tagger) == approvedTags)
    }

    @Test func adjectiveBetweenAnArticleAndAVerbIsANoun() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["The", "fine", "will", "cost", "the", "bank", "."]
        let tags: [PennTag] = [.DT, .JJ, .MD, .VB, .DT, .NN, .period]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[1] == .NN)
        // An adjective that is no noun stays (`The happy will win`).
        let quick = ["The", "happy", "will", "win", "."]
        let quickTags: [PennTag] = [.DT, .JJ, .MD, .VB, .period]
        #expect(AgreementTagRepair.apply(words: quick, tags: quickTags, tagger: tagger) == quickTags)
    }

    @Test func baseVerbAfterADeterminerIsANoun() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["He", "left", "that", "post", "to", "become", "commander", "."]
        let tags: [PennTag] = [.PRP, .VBD, .DT, .VB, .TO, .VB, .NN, .period]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[3] == .NN)
        // `that` after a noun is a relative pronoun: its verb stays a verb.
        let issues = ["issues", "that", "matter", "to", "voters"]
        let issueTags: [PennTag] = [.NNS, .DT, .VB, .IN, .NNS]
        #expect(AgreementTagRepair.apply(words: issues, tags: issueTags, tagger: tagger) == issueTags)
    }

    @Test func homeBetweenACopulaAndToIsANoun() {
        let words = ["The", "forest", "is", "home", "to", "salmon", "."]
        let tags: [PennTag] = [.DT, .NN, .VBZ, .RB, .IN, .NN, .period]
        #expect(IdiomTagRepair.apply(words: words, tags: tags)[3] == .NN)
        let went = ["They", "went", "home", "to", "rest", "."]
        let wentTags: [PennTag] = [.PRP, .VBD, .RB, .TO, .VB, .period]
        #expect(IdiomTagRepair.apply(words: went, tags: wentTags) == wentTags)
    }

    @Test func aboutBetweenAVerbAndANumberIsAnAdverb() {
        let words = ["would", "recall", "about", "310,000", "vehicles"]
        #expect(IdiomTagRepair.apply(words: words, tags: [.MD, .VB, .IN, .CD, .NNS])[2] == .RB)
        let calling = ["were", "calling", "about", "one", "board"]
        let callingTags: [PennTag] = [.VBD, .VBG, .IN, .CD, .NN]
        #expect(IdiomTagRepair.apply(words: calling, tags: callingTags) == callingTags)
    }

    @Test func sinceBetweenHaveAndAParticipleIsAnAdverb() {
        let words = ["She", "has", "since", "sold", "the", "unit", "."]
        #expect(IdiomTagRepair.apply(words: words, tags: [.PRP, .VBZ, .IN, .VBN, .DT, .NN, .period])[2] == .RB)
        let noun = ["It", "has", "grown", "since", "March", "."]
        let nounTags: [PennTag] = [.PRP, .VBZ, .VBN, .IN, .NNP, .period]
        #expect(IdiomTagRepair.apply(words: noun, tags: nounTags) == nounTags)
    }

    @Test func subjectBeforeToAfterACommaIsAnAdjective() {
        let words = ["close", "in", "May", ",", "subject", "to", "approval"]
        #expect(IdiomTagRepair.apply(words: words, tags: [.VB, .IN, .NNP, .comma, .NN, .IN, .NN])[4] == .JJ)
        let noun = ["the", "subject", "to", "discuss"]
        let nounTags: [PennTag] = [.DT, .NN, .TO, .VB]
        #expect(IdiomTagRepair.apply(words: noun, tags: nounTags) == nounTags)
    }

    @Test func pastFormAfterAnElidedPossessiveBeforeAnAmountIsTheVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["while", "Kestrel", "'s", "rose", "22", "percent", "."]
        #expect(VerbTagRepair.apply(words: words, tags: [.IN, .NNP, .POS, .NN, .CD, .NN, .period], tagger: tagger)[3] == .VBD)
        let garden = ["Kestrel", "'s", "rose", "garden", "bloomed", "."]
        let gardenTags: [PennTag] = [.NNP, .POS, .NN, .NN, .VBD, .period]
        #expect(VerbTagRepair.apply(words: garden, tags: gardenTags, tagger: tagger) == gardenTags)
    }

    @Test func herBeforeANounReadAsAVerbIsPossessive() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["Velora", "did", "not", "disclose", "her", "pay", "."]
        let repaired = VerbTagRepair.apply(words: words, tags: [.NNP, .VBD, .RB, .VB, .PRP, .VB, .period], tagger: tagger)
        #expect(repaired[4] == .PRPS && repaired[5] == .NN)
        // After a verb that takes a bare infinitive, `her` is the object.
        let letHer = ["They", "let", "her", "go", "."]
        let letTags: [PennTag] = [.PRP, .VBD, .PRP, .VB, .period]
        #expect(VerbTagRepair.apply(words: letHer, tags: letTags, tagger: tagger) == letTags)
    }

    @Test func ingFormRightAfterHaveBeforeANounModifiesTheNoun() {
        let words = ["The", "unit", "had", "operating", "profit", "of", "$", "5", "million", "."]
        let tags: [PennTag] = [.DT, .NN, .VBD, .VBG, .NN, .IN, .dollar, .CD, .CD, .period]
        #expect(IdiomTagRepair.apply(words: words, tags: tags)[3] == .NN)
        // After a possessive `'s` the -ing form stays (`Enron 's working gas`), as after `been`.
        let possessive = ["Enron", "'s", "working", "gas"]
        let possessiveTags: [PennTag] = [.NNP, .POS, .VBG, .NN]
        #expect(IdiomTagRepair.apply(words: possessive, tags: possessiveTags) == possessiveTags)
        let progressive = ["It", "has", "been", "operating", "plants"]
        let progressiveTags: [PennTag] = [.PRP, .VBZ, .VBN, .VBG, .NNS]
        #expect(IdiomTagRepair.apply(words: progressive, tags: progressiveTags) == progressiveTags)
    }

    @Test func participleAfterAnOpeningPhraseAndTheSubjectIsPastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["Rather", "than", "cutting", "jobs", ",", "the", "company", "reduced", "hours", "at", "its", "plants", "."]
        let tags: [PennTag] = [.RB, .IN, .VBG, .NNS, .comma, .DT, .NN, .VBN, .NNS, .IN, .PRPS, .NNS, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[7] == .VBD)
        // A tensed verb later keeps the participle a modifier (`the money raised last year went to …`).
        let modifier = ["In", "May", ",", "the", "money", "raised", "funds", "went", "up", "."]
        let modifierTags: [PennTag] = [.IN, .NNP, .comma, .DT, .NN, .VBN, .NNS, .VBD, .RP, .period]
        #expect(VerbTagRepair.apply(words: modifier, tags: modifierTags, tagger: tagger)[5] == .VBN)
    }

    @Test func openingAdjectiveConjoinedWithADeterminerPhraseIsAName() {
        let words = ["Eastern", "and", "its", "creditors", "are", "in", "talks", "."]
        let tags: [PennTag] = [.JJ, .CC, .PRPS, .NNS, .VBP, .IN, .NNS, .period]
        #expect(ProperNounRepair.apply(words: words, tags: tags)[0] == .NNP)
        // Before a singular or past verb the adjective stays (`Overpriced and the doctor acted …`).
        let adjective = ["Overpriced", "and", "the", "doctor", "acted", "arrogant", "."]
        let adjectiveTags: [PennTag] = [.JJ, .CC, .DT, .NN, .VBD, .JJ, .period]
        #expect(ProperNounRepair.apply(words: adjective, tags: adjectiveTags) == adjectiveTags)
    }

    @Test func thatBeforeAPluralNounPhraseAndItsVerbIsAComplementizer() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["said", "it", "was", "ambitious", "but", "that", "French", "bakery", "brands", "were", "popular"]
        let tags: [PennTag] = [.VBD, .PRP, .VBD, .JJ, .CC, .DT, .JJ, .NN, .NNS, .VBD, .JJ]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[5] == .IN)
        // Before a singular noun `that` stays a determiner (`rejected that estimate and …`).
        let singular = ["rejected", "that", "estimate", "and", "left"]
        let singularTags: [PennTag] = [.VBD, .DT, .NN, .CC, .VBD]
        #expect(AgreementTagRepair.apply(words: singular, tags: singularTags, tagger: tagger)[1] == .DT)
    }

    @Test func ordinalAfterAPossessiveStandsForItsNoun() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["would", "be", "the", "group", "'s", "first", "in", "Asia"]
        let tags: [PennTag] = [.MD, .VB, .DT, .NN, .POS, .RB, .IN, .NNP]
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[5] == .NN)
    }

    @Test func activityNounInANounPhraseIsANoun() {
        let words = ["revenue", "at", "its", "cloud", "computing", "unit", "rose"]
        let tags: [PennTag] = [.NN, .IN, .PRPS, .NN, .VBG, .NN, .VBD]
        #expect(IdiomTagRepair.apply(words: words, tags: tags)[4] == .NN)
        let title = ["Managing", "director", "Rachel", "Hughes", "said"]
        #expect(IdiomTagRepair.apply(words: title, tags: [.VBG, .NN, .NNP, .NNP, .VBD])[0] == .NN)
        // After a plural noun the -ing form can be a verb (`investors trading shares`).
        let verb = ["investors", "trading", "shares", "lost"]
        let verbTags: [PennTag] = [.NNS, .VBG, .NNS, .VBD]
        #expect(IdiomTagRepair.apply(words: verb, tags: verbTags) == verbTags)
    }

    @Test func endedBetweenAPeriodAndInAndAMonthIsAParticiple() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["in", "the", "year", "ended", "in", "March", ",", "sales", "rose", "."]
        let tags: [PennTag] = [.IN, .DT, .NN, .VBD, .IN, .NNP, .comma, .NNS, .VBD, .period]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[3] == .VBN)
    }

    @Test func sFormAfterTheSubjectOfATitleCaseHeadlineIsItsVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["State", "Senate", "Passes", "Bill", "Capping", "Insulin", "Costs"]
        let tags: [PennTag] = [.NNP, .NNP, .NNPS, .NNP, .VBG, .NNP, .NNPS]
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[2] == .VBZ)
        // Of two -s forms in a row the first ends the name (`Baltic Freight Lines Orders Twelve Ships`).
        let lines = ["Baltic", "Freight", "Lines", "Orders", "Twelve", "Ships"]
        let linesTags = VerbTagRepair.apply(words: lines, tags: [.NNP, .NNP, .NNPS, .NNPS, .CD, .NNS], tagger: tagger)
        #expect(linesTags[2] == .NNPS && linesTags[3] == .VBZ)
        // Not in a signature or a list of names (`Enron Wholesale Services , Inc.`, `Wei 's Magic Cubes`).
        let signature = ["Enron", "Net", "Works", ",", "LLC", "Houston"]
        let signatureTags: [PennTag] = [.NNP, .NNP, .NNPS, .comma, .NNP, .NNP]
        #expect(VerbTagRepair.apply(words: signature, tags: signatureTags, tagger: tagger) == signatureTags)
        let name = ["Posted", "by", "Anthony", "Beavers", "to", "Cognitive", "Science", "News"]
        let nameTags: [PennTag] = [.VBN, .IN, .NNP, .NNP, .IN, .NNP, .NNP, .NNP]
        #expect(VerbTagRepair.apply(words: name, tags: nameTags, tagger: tagger) == nameTags)
    }

    @Test func designatorMakesANameOfTheWordBefore() {
        let words = ["Meta", "Platforms", "Inc.", "rose"]
        let repaired = ProperNounRepair.apply(words: words, tags: [.NNP, .NNS, .NNP, .VBD])
        #expect(repaired == [.NNP, .NNPS, .NNP, .VBD])
    }

    /// Splits `He said that wage growth remained` into words and tags (`word/TAG` tokens).
    private func tagged(_ text: String) -> ([String], [PennTag]) {
        var words = [String](), tags = [PennTag]()
        for token in text.split(separator: " ") {
            let parts = token.split(separator: "/", omittingEmptySubsequences: false)
            words.append(parts.dropLast().joined(separator: "/"))
            tags.append(PennTag(name: String(parts.last!))!)
        }
        return (words, tags)
    }

    @Test func thatAfterAReportingVerbBeforeASingularSubjectIsAComplementizer() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("He/PRP said/VBD that/DT wage/NN growth/NN remained/VBD strong/JJ ./.")
        #expect(AgreementTagRepair.apply(words: words, tags: tags, tagger: tagger)[2] == .IN)
        // After other verbs a singular noun keeps its demonstrative (`rejected that estimate and said`).
        let (other, otherTags) = tagged("She/PRP liked/VBD that/DT plan/NN because/IN it/PRP worked/VBD ./.")
        #expect(AgreementTagRepair.apply(words: other, tags: otherTags, tagger: tagger)[2] == .DT)
    }

    @Test func pastFormBetweenACommaAndByIsAParticiple() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("Inflation/NN slowed/VBD ,/, helped/VBD by/IN lower/JJR prices/NNS ./.")
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[3] == .VBN)
        // Without a verb before the comma it may be the clause's own verb.
        let (opening, openingTags) = tagged("Yesterday/NN ,/, helped/VBD by/IN friends/NNS ./.")
        #expect(VerbTagRepair.apply(words: opening, tags: openingTags, tagger: tagger)[2] == .VBD)
    }

    @Test func sFormAfterAnOpeningAdjectiveIsAPluralNoun() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("Even/RB short/JJ walks/VBZ after/IN meals/NNS appeared/VBD to/TO help/VB ./.")
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[2] == .NNS)
        let (reported, reportedTags) = tagged("She/PRP added/VBD that/IN short/JJ walks/VBZ after/IN meals/NNS helped/VBD ./.")
        #expect(VerbTagRepair.apply(words: reported, tags: reportedTags, tagger: tagger)[4] == .NNS)
        // With no tensed verb after it, the -s word is the sentence's verb (`Such talk sells papers`).
        let (verb, verbTags) = tagged("Cheap/JJ sells/VBZ well/RB ./.")
        #expect(VerbTagRepair.apply(words: verb, tags: verbTags, tagger: tagger)[1] == .VBZ)
    }

    @Test func lowerAfterAnInfinitiveVerbAndToIsAVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("Walks/NNS appeared/VBD to/TO lower/JJR blood/NN pressure/NN ./.")
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[3] == .VB)
        // After a verb of change `to` is a preposition (`cut rates to lower levels`).
        let (change, changeTags) = tagged("They/PRP cut/VBD rates/NNS to/TO lower/JJR levels/NNS ./.")
        #expect(VerbTagRepair.apply(words: change, tags: changeTags, tagger: tagger)[4] == .JJR)
    }

    @Test func participleAfterASubordinatorAndItsSubjectIsThePastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("Two/CD were/VBD hurt/VBN after/IN a/DT roof/NN collapsed/VBN in/IN Alden/NNP ./.")
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[6] == .VBD)
        // A participle followed by the clause's verb modifies the noun (`after the plan approved by X was rejected`).
        let (modifier, modifierTags) = tagged("after/IN the/DT plan/NN approved/VBN by/IN X/NNP was/VBD rejected/VBN ./.")
        #expect(VerbTagRepair.apply(words: modifier, tags: modifierTags, tagger: tagger)[3] == .VBN)
    }

    @Test func secondVerbAfterAHeadlinesCommaIsAVerb() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("Central/NNP Bank/NNP Holds/NNP Rates/NNPS ,/, Signals/NNPS Cut/VB Later/RBR This/DT Year/NN")
        let repaired = VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)
        #expect(repaired[2] == .VBZ && repaired[5] == .VBZ && repaired[6] == .NN)
    }

    @Test func lowerCaseTitleBeforeANameIsACommonNoun() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("when/WRB captain/NNP Owen/NNP Blake/NNP headed/VBD in/IN ./.")
        #expect(ProperNounRepair.apply(words: words, tags: tags, tagger: tagger)[1] == .NN)
        // Calendar words and short particles can open a name (`al Qaeda`, `saturday Night Live`).
        let (name, nameTags) = tagged("on/IN saturday/NNP Night/NNP Live/NNP and/CC al/NNP Qaeda/NNP")
        #expect(ProperNounRepair.apply(words: name, tags: nameTags, tagger: tagger) == nameTags)
    }

    @Test func participleAfterAndSharesAPlainPastTense() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let (words, tags) = tagged("They/PRP wore/VBD counters/NNS and/CC filled/VBN in/RP forms/NNS ./.")
        #expect(VerbTagRepair.apply(words: words, tags: tags, tagger: tagger)[4] == .VBD)
        // After a passive participle the second is a participle too (`was founded and based in`).
        let (passive, passiveTags) = tagged("It/PRP was/VBD founded/VBN and/CC based/VBN in/IN Paris/NNP ./.")
        #expect(VerbTagRepair.apply(words: passive, tags: passiveTags, tagger: tagger)[4] == .VBN)
    }
}
