import Testing
@testable import LoomLanguage

/// The post-parse repair of a finite clause's subject read as the preceding verb's object.
@Suite struct ParseRepairTests {
    /// Rows `word TAG head label` (1-based heads, 0 for the root), repaired, as `head label` per word.
    func repaired(_ rows: String) -> [String] {
        let items = rows.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let tags = items.map { PennTag(name: $0[1])! }
        var heads = items.map { Int32($0[2])! - 1 }
        var labels = items.map { DependencyLabel(name: $0[3])! }
        ParseRepair.apply(words: items.map { $0[0] }, tags: tags, heads: &heads, labels: &labels)
        return zip(heads, labels).map { "\($0 + 1) \($1.name)" }
    }

    @Test func objectBeforeAFiniteClauseBecomesItsSubject() {
        let result = repaired("""
            Lin NNP 2 nsubj
            said VBD 0 root
            the DT 4 det
            plant NN 2 obj
            would MD 6 aux
            make VB 2 ccomp
            parts NNS 6 obj
            . . 2 punct
            """)
        #expect(result[3] == "6 nsubj")
        #expect(result[5] == "2 ccomp")
        #expect(result[0] == "2 nsubj" && result[6] == "6 obj")
    }

    @Test func unmarkedAdverbialClauseBecomesAComplement() {
        let result = repaired("""
            He PRP 2 nsubj
            said VBD 0 root
            the DT 4 det
            start NN 2 obj
            should MD 7 aux
            not RB 7 advmod
            lead VB 2 advcl
            . . 2 punct
            """)
        #expect(result[3] == "7 nsubj")
        #expect(result[6] == "2 ccomp")
    }

    @Test func infinitiveAfterAnInfinitiveTakingVerbIsItsComplement() {
        let rows = """
            Armstrong NNP 2 nsubj
            agreed VBD 0 root
            in IN 4 case
            principle NN 2 obl
            to TO 6 mark
            sell VB 2 advcl
            its PRP$ 8 nmod:poss
            operations NNS 6 obj
            . . 2 punct
            """
        #expect(repaired(rows)[5] == "2 xcomp")
        // `in order to` and an infinitive after the verb's object stay adverbial.
        let order = rows.replacing("principle NN 2 obl", with: "order NN 2 obl")
        #expect(repaired(order)[5] == "2 advcl")
        let object = rows.replacing("principle NN 2 obl", with: "counsel NN 2 obj")
        #expect(repaired(object)[5] == "2 advcl")
    }

    @Test func passiveClauseTakesAPassiveSubject() {
        let result = repaired("""
            She PRP 2 nsubj
            said VBD 0 root
            the DT 4 det
            plant NN 2 obj
            was VBD 6 aux:pass
            sold VBN 2 ccomp
            . . 2 punct
            """)
        #expect(result[3] == "6 nsubj:pass")
    }

    @Test func reportedClauseMovesUnderTheBareReportingVerb() {
        let result = repaired("""
            They PRP 2 nsubj
            told VBD 0 root
            reporters NNS 2 iobj
            that IN 6 mark
            they PRP 6 nsubj
            hoped VBD 2 ccomp
            jobs NNS 9 nsubj
            would MD 9 aux
            go VB 2 ccomp
            . . 2 punct
            """)
        #expect(result[8] == "6 ccomp")
        #expect(result[5] == "2 ccomp")
    }

    @Test func conjoinedObjectBeforeASubjectlessVerbIsItsSubject() {
        let result = repaired("""
            Alibaba NNP 2 nsubj
            rose VBD 0 root
            3 CD 4 nummod
            percent NN 2 obj
            and CC 7 cc
            other JJ 7 amod
            groups NNS 4 conj
            also RB 9 advmod
            advanced VBD 2 conj
            . . 2 punct
            """)
        #expect(result[6] == "9 nsubj")
        #expect(result[4] == "9 cc")
        #expect(result[8] == "2 conj")
    }

    /// `Lisa Tsai , who founded Prairie Wind and remains its chief executive , will join the board .`
    /// as the parser read it: the relative clause's second verb as root, the main verb its complement.
    @Test func openingRelativeClauseClosesAtItsComma() {
        let result = repaired("""
            Lisa NNP 9 nsubj
            Tsai NNP 1 flat
            , , 5 punct
            who WP 5 nsubj
            founded VBD 1 acl:relcl
            Prairie NNP 7 compound
            Wind NNP 5 obj
            and CC 9 cc
            remains VBZ 0 root
            its PRP$ 12 nmod:poss
            chief JJ 12 amod
            executive NN 15 nsubj
            , , 12 punct
            will MD 15 aux
            join VB 9 ccomp
            the DT 17 det
            board NN 15 obj
            . . 9 punct
            """)
        #expect(result[14] == "0 root")
        #expect(result[0] == "15 nsubj")
        #expect(result[8] == "5 conj")
        #expect(result[11] == "9 obj")
        #expect(result[17] == "15 punct")
        #expect(result[16] == "15 obj")
    }

    /// `Mary Smith , who joined the bank , will retire .` with the main verb hung on the relative clause.
    @Test func mainVerbHungInsideTheRelativeClauseBecomesTheRoot() {
        let result = repaired("""
            Mary NNP 0 root
            Smith NNP 1 flat
            , , 5 punct
            who WP 5 nsubj
            joined VBD 1 acl:relcl
            the DT 7 det
            bank NN 5 obj
            , , 10 punct
            will MD 10 aux
            retire VB 5 parataxis
            . . 1 punct
            """)
        #expect(result[9] == "0 root")
        #expect(result[0] == "10 nsubj")
        #expect(result[10] == "10 punct")
        #expect(result[4] == "1 acl:relcl")
    }

    /// `Lindqvist , who joined BP , has been under pressure .`: the main predicate after the closing
    /// comma is a noun with a tensed auxiliary and copula, hung inside the relative clause.
    @Test func copularMainPredicateAfterTheRelativeClauseBecomesTheRoot() {
        let result = repaired("""
            Lindqvist NNP 0 root
            , , 1 punct
            who WP 4 nsubj
            joined VBD 1 acl:relcl
            BP NNP 4 obj
            , , 10 punct
            has VBZ 10 aux
            been VBN 10 cop
            under IN 10 case
            pressure NN 4 obl
            . . 1 punct
            """)
        #expect(result[9] == "0 root")
        #expect(result[0] == "10 nsubj")
        #expect(result[3] == "1 acl:relcl")
        #expect(result[10] == "10 punct")
    }

    /// `founded by oilman Frank Delgado , who ran it .` with `ran` read as an adverbial clause of `founded`.
    @Test func whoClauseHungOnAVerbIsARelativeClauseOfTheNounBeforeIt() {
        let result = repaired("""
            Harborview NNP 3 nsubj:pass
            was VBD 3 aux:pass
            founded VBN 0 root
            by IN 5 case
            oilman NN 3 obl:agent
            Frank NNP 5 appos
            Delgado NNP 6 flat
            , , 10 punct
            who WP 10 nsubj
            ran VBD 3 advcl
            it PRP 10 obj
            . . 3 punct
            """)
        #expect(result[9] == "6 acl:relcl")
        #expect(result[7] == "10 punct")
        #expect(result[8] == "10 nsubj")
    }

    /// `approve a line that will connect the airport` with `connect` read as a complement of `approve`.
    @Test func thatClauseHungOnAVerbIsARelativeClauseOfTheNounBeforeIt() {
        let result = repaired("""
            approve VB 0 root
            a DT 3 det
            line NN 1 obj
            that WDT 6 nsubj
            will MD 6 aux
            connect VB 1 ccomp
            the DT 8 det
            airport NN 6 obj
            """)
        #expect(result[5] == "3 acl:relcl")
        #expect(result[3] == "6 nsubj")
    }

    /// `Opponents , led by council member Greg Whitcomb , argued` with the agent read as an object.
    @Test func objectOpeningWithByIsTheAgent() {
        let result = repaired("""
            Opponents NNS 10 nsubj
            , , 3 punct
            led VBN 1 acl
            by IN 6 case
            council NN 6 compound
            member NN 7 nmod:desc
            Greg NNP 3 obj
            Whitcomb NNP 7 flat
            , , 1 punct
            argued VBD 0 root
            . . 10 punct
            """)
        #expect(result[6] == "3 obl:agent")
        #expect(result[3] == "7 case")
    }

    /// `a leak at sites that was reported` with the clause on `sites`: `was` agrees with `leak`.
    @Test func relativeClauseMovesToTheNounItsVerbAgreesWith() {
        func tree(_ auxiliary: String) -> [String] {
            repaired("""
                They PRP 2 nsubj
                found VBD 0 root
                a DT 4 det
                leak NN 2 obj
                at IN 6 case
                sites NNS 4 nmod
                that WDT 9 nsubj:pass
                \(auxiliary) VBD 9 aux:pass
                reported VBN 6 acl:relcl
                . . 2 punct
                """)
        }
        #expect(tree("was")[8] == "4 acl:relcl")
        // With `were` the clause agrees with `sites` and stays.
        #expect(tree("were")[8] == "6 acl:relcl")
    }

    /// `approved a line that will connect the port , ending a dispute .` with `ending` under `connect`.
    @Test func trailingParticipleMovesFromARelativeClauseToTheMainVerb() {
        let result = repaired("""
            They PRP 2 nsubj
            approved VBD 0 root
            a DT 4 det
            line NN 2 obj
            that WDT 7 nsubj
            will MD 7 aux
            connect VB 4 acl:relcl
            the DT 9 det
            port NN 7 obj
            , , 11 punct
            ending VBG 7 advcl
            a DT 13 det
            dispute NN 11 obj
            . . 2 punct
            """)
        #expect(result[10] == "2 advcl")
        #expect(result[9] == "11 punct")
    }

    /// `Brekke , 58 , took over .` read with the name as root and `took` beside it.
    @Test func mainVerbBesideAnOpeningAppositionBecomesTheRoot() {
        let result = repaired("""
            Brekke NNP 0 root
            , , 3 punct
            58 CD 1 appos
            , , 5 punct
            took VBD 1 parataxis
            over RP 5 compound:prt
            . . 1 punct
            """)
        #expect(result[4] == "0 root")
        #expect(result[0] == "5 nsubj")
        #expect(result[2] == "1 appos")
        #expect(result[6] == "5 punct")
    }

    /// `expects the fine to reduce profit` with the infinitive as a clausal subject of `fine`.
    @Test func infinitiveUnderAnObjectIsTheVerbsOpenComplement() {
        let result = repaired("""
            The DT 2 det
            bank NN 3 nsubj
            expects VBZ 0 root
            the DT 5 det
            fine JJ 3 obj
            to TO 7 mark
            reduce VB 5 csubj
            profit NN 7 obj
            . . 3 punct
            """)
        #expect(result[6] == "3 xcomp")
        #expect(result[4] == "3 obj")
    }

    /// `Net income more than doubled to $ 610 million .` with `more` as the root.
    @Test func moreThanBeforeAVerbQualifiesTheVerb() {
        let result = repaired("""
            Net JJ 2 amod
            income NN 3 obl:unmarked
            more JJR 0 root
            than IN 5 mark
            doubled VBD 3 advcl
            to IN 7 case
            $ $ 5 obl
            . . 3 punct
            """)
        #expect(result[4] == "0 root")
        #expect(result[1] == "5 nsubj")
        #expect(result[2] == "5 advmod")
        #expect(result[3] == "3 fixed")
        #expect(result[7] == "5 punct")
    }

    /// `Revenue rose 38 percent to $ 2.9 billion in the three months ended Oct. 31 .`
    @Test func whereAChangeWentBelongsToTheVerb() {
        let result = repaired("""
            Revenue NN 2 nsubj
            rose VBD 0 root
            38 CD 4 nummod
            percent NN 2 obj
            to IN 6 case
            $ $ 4 nmod
            2.9 CD 8 compound
            billion CD 6 nummod
            in IN 12 case
            the DT 12 det
            three CD 12 nummod
            months NNS 4 nmod
            ended VBN 4 acl
            Oct. NNP 13 obj
            31 CD 14 nummod
            . . 2 punct
            """)
        #expect(result[5] == "2 obl")
        #expect(result[11] == "2 obl")
        #expect(result[12] == "12 acl")
    }

    /// `Qorvane reported revenue on Wednesday .` with the weekday modifying `revenue`.
    @Test func weekdayOnAnObjectDatesTheVerb() {
        let result = repaired("""
            Qorvane NNP 2 nsubj
            reported VBD 0 root
            revenue NN 2 obj
            on IN 5 case
            Wednesday NNP 3 nmod
            . . 2 punct
            """)
        #expect(result[4] == "2 obl")
    }

    /// `A judge on Friday blocked the plan .` with the weekday modifying the subject; after the verb it stays.
    @Test func weekdayOnASubjectBeforeTheVerbDatesTheVerb() {
        let rows = """
            A DT 2 det
            judge NN 5 nsubj
            on IN 4 case
            Friday NNP 2 nmod
            blocked VBD 0 root
            plans NNS 5 obj
            . . 5 punct
            """
        #expect(repaired(rows)[3] == "5 obl")
        // A subject after its verb (`Stop , said the judge on Friday .`) keeps the weekday: left alone.
        let after = repaired("""
            Stop VB 3 ccomp
            , , 3 punct
            said VBD 0 root
            the DT 5 det
            judge NN 3 nsubj
            on IN 7 case
            Friday NNP 5 nmod
            . . 3 punct
            """)
        #expect(after[6] == "5 nmod")
    }

    /// `Founded in 2006 by engineers , Qorvane employs people .` with `employs` under `engineers`.
    @Test func mainClauseAfterAnOpeningParticipleBecomesTheRoot() {
        let result = repaired("""
            Founded VBN 0 root
            in IN 3 case
            2006 CD 1 obl
            by IN 5 case
            engineers NNS 1 obl:agent
            , , 5 punct
            Qorvane NNP 8 nsubj
            employs VBZ 5 acl:relcl
            people NNS 8 obj
            . . 1 punct
            """)
        #expect(result[7] == "0 root")
        #expect(result[0] == "8 advcl")
        #expect(result[6] == "8 nsubj")
        #expect(result[9] == "8 punct")
        #expect(result[5] == "1 punct")
    }

    /// `Having returned to the division , they gained promotion .` and `Following the decision ,
    /// the station closed .` with the main clause under the opening phrase.
    @Test func mainClauseAfterAnOpeningPerfectParticipleOrPhraseBecomesTheRoot() {
        let having = repaired("""
            Having VBG 2 aux
            returned VBN 0 root
            to IN 4 case
            division NN 2 obl
            , , 7 punct
            they PRP 7 nsubj
            gained VBD 2 parataxis
            promotion NN 7 obj
            . . 2 punct
            """)
        #expect(having[6] == "0 root" && having[1] == "7 advcl" && having[5] == "7 nsubj")
        let following = repaired("""
            Following VBG 3 case
            the DT 3 det
            decision NN 0 root
            to TO 5 mark
            replace VB 3 acl
            them PRP 5 obj
            with IN 8 case
            buses NNS 5 obl
            , , 12 punct
            the DT 11 det
            station NN 12 nsubj
            closed VBD 8 acl:relcl
            . . 3 punct
            """)
        #expect(following[11] == "0 root" && following[2] == "12 obl" && following[10] == "12 nsubj")
    }

    /// `The Food and Drug Administration granted status .` read as two subjects.
    @Test func nameWithAndEndingInAnOrganizationWordIsOneName() {
        let result = repaired("""
            The DT 2 det
            Food NN 6 nsubj
            and CC 6 cc
            Drug NNP 5 compound
            Administration NNP 6 nsubj
            granted VBD 0 root
            status NN 6 obj
            . . 6 punct
            """)
        #expect(result[4] == "6 nsubj")
        #expect(result[1] == "5 compound")
        #expect(result[2] == "2 cc")
        #expect(result[0] == "5 det")
        // Two names each with a determiner stay two.
        let two = repaired("""
            The DT 2 det
            Treasury NNP 6 nsubj
            and CC 5 cc
            the DT 5 det
            Fed NNP 2 conj
            agreed VBD 0 root
            . . 6 punct
            """)
        #expect(two[4] == "2 conj")
    }

    /// `dropped their demand that the money be offset` with the content clause read as relative.
    @Test func clauseWithAThatComplementizerIsAContentClause() {
        let result = repaired("""
            They PRP 2 nsubj
            dropped VBD 0 root
            the DT 4 det
            demand NN 2 obj
            that WDT 8 mark
            the DT 7 det
            money NN 8 nsubj:pass
            offset VBN 4 acl:relcl
            . . 2 punct
            """)
        #expect(result[7] == "4 acl")
    }

    /// `The bill sets aside $ 3 billion .` with `aside` modifying the amount.
    @Test func particleBeforeTheObjectIsTheVerbs() {
        let result = repaired("""
            The DT 2 det
            bill NN 3 nsubj
            sets VBZ 0 root
            aside RB 5 advmod
            $ $ 3 obj
            3 CD 5 nummod
            . . 3 punct
            """)
        #expect(result[3] == "3 compound:prt")
    }

    /// `Under the bill , cities with many residents would receive grants .`
    @Test func subjectOpeningWithAPrepositionGivesWayToTheNounBeforeIt() {
        let result = repaired("""
            Under IN 3 case
            the DT 3 det
            bill NN 10 obl
            , , 5 punct
            cities NNS 3 conj
            with IN 8 case
            many JJ 8 amod
            residents NNS 10 nsubj
            would MD 10 aux
            receive VB 0 root
            grants NNS 10 obj
            . . 10 punct
            """)
        #expect(result[4] == "10 nsubj")
        #expect(result[7] == "5 nmod")
    }

    /// `held steady after the Bank said it would cut rates` with `after the Bank` an oblique of `said`.
    @Test func clauseAfterASubordinatorReadAsAnObliqueIsAnAdverbialClause() {
        let result = repaired("""
            Prices NNS 2 nsubj
            held VBD 0 root
            steady RB 2 advmod
            after IN 6 case
            the DT 6 det
            Bank NNP 7 obl
            said VBD 2 conj
            it PRP 10 nsubj
            would MD 10 aux
            cut VB 7 ccomp
            rates NNS 10 obj
            . . 2 punct
            """)
        #expect(result[6] == "2 advcl")
        #expect(result[5] == "7 nsubj")
        #expect(result[3] == "7 mark")
    }

    /// `paid a penalty after regulators found that …` with `after regulators` modifying `penalty`.
    @Test func clauseAfterASubordinatorReadAsANounModifierIsAnAdverbialClause() {
        let result = repaired("""
            It PRP 2 nsubj
            paid VBD 0 root
            a DT 4 det
            penalty NN 2 obj
            after IN 6 case
            regulators NNS 4 nmod
            found VBD 2 conj
            fraud NN 7 obj
            . . 2 punct
            """)
        #expect(result[6] == "2 advcl")
        #expect(result[5] == "7 nsubj")
        #expect(result[4] == "7 mark")
        #expect(result[3] == "2 obj")
    }

    /// `The Cupertino , California-based company did not comment .` read as two subjects.
    @Test func placeBasedDescriptionReadAsTwoSubjectsTakesTheHead() {
        let result = repaired("""
            The DT 2 det
            Cupertino NNP 7 nsubj
            , , 2 punct
            California-based NNP 5 compound
            company NN 7 nsubj
            did VBD 7 aux
            comment VB 0 root
            . . 7 punct
            """)
        #expect(result[4] == "7 nsubj")
        #expect(result[1] == "5 compound")
        #expect(result[0] == "5 det")
    }

    /// `Lisa Tsai , who founded X and remains its chief executive , will join the board .` with the
    /// root right but `executive` taken as the subject of `join`.
    @Test func predicateBetweenTheCommasHungOutsideReturnsToTheRelativeClause() {
        let result = repaired("""
            Lisa NNP 13 nsubj
            Tsai NNP 1 flat
            , , 5 punct
            who WP 5 nsubj
            founded VBD 1 acl:relcl
            Wind NNP 5 obj
            and CC 8 cc
            remains VBZ 5 conj
            its PRP$ 10 nmod:poss
            executive NN 13 nsubj
            , , 10 punct
            will MD 13 aux
            join VB 0 root
            the DT 15 det
            board NN 13 obj
            . . 13 punct
            """)
        #expect(result[9] == "8 obj")
        #expect(result[0] == "13 nsubj")
        #expect(result[12] == "0 root")
    }

    /// `costs for flour , butter and energy` with `butter and energy` read as an apposition.
    @Test func listReadAsAnAppositionIsAList() {
        let result = repaired("""
            They PRP 2 nsubj
            faced VBD 0 root
            costs NNS 2 obj
            for IN 5 case
            flour NN 3 nmod
            , , 7 punct
            butter NN 3 appos
            and CC 9 cc
            energy NN 7 conj
            . . 2 punct
            """)
        #expect(result[6] == "5 conj")
        #expect(result[8] == "5 conj")
    }

    /// `investors bet that spending on AI would lift earnings` with `would lift` cut off `spending`.
    @Test func thatGerundBeforeASubjectlessVerbIsItsSubject() {
        let result = repaired("""
            Shares NNS 2 nsubj
            rose VBD 0 root
            as IN 5 mark
            investors NNS 5 nsubj
            bet VBP 11 advcl
            that IN 7 mark
            spending VBG 5 ccomp
            on IN 9 case
            AI NNP 7 obl
            would MD 11 aux
            lift VB 2 conj
            earnings NNS 11 obj
            . . 2 punct
            """)
        #expect(result[10] == "5 ccomp")
        #expect(result[4] == "2 advcl")
        #expect(result[6] == "11 csubj")
        #expect(result[5] == "11 mark")
    }

    /// `failed to consider how logging would affect water` with `would affect` cut off `logging`.
    @Test func howGerundBeforeASubjectlessVerbIsItsSubject() {
        let result = repaired("""
            Officials NNS 2 nsubj
            failed VBD 0 root
            to TO 4 mark
            consider VB 2 xcomp
            how WRB 6 advmod
            logging VBG 4 ccomp
            would MD 8 aux
            affect VB 2 ccomp
            water NN 8 obj
            . . 2 punct
            """)
        #expect(result[7] == "4 ccomp")
        #expect(result[5] == "8 csubj")
        #expect(result[4] == "8 advmod")
    }

    /// `recalled cars because a bracket that holds the belts can crack` with `the belts` as the
    /// subject of `crack` and `because a bracket` its oblique, or `crack` a second relative clause.
    @Test func relativeClauseBeforeThePredicateOfItsNounIsClosed() {
        let oblique = repaired("""
            It PRP 2 nsubj
            recalled VBD 0 root
            cars NNS 2 obj
            because IN 6 case
            a DT 6 det
            bracket NN 12 obl
            that WDT 8 nsubj
            holds VBZ 6 acl:relcl
            the DT 10 det
            belts NNS 12 nsubj
            can MD 12 aux
            crack VB 2 parataxis
            . . 2 punct
            """)
        let relative = repaired("""
            It PRP 2 nsubj
            recalled VBD 0 root
            cars NNS 2 obj
            because IN 6 case
            a DT 6 det
            bracket NN 2 obl
            that WDT 8 nsubj
            holds VBZ 6 acl:relcl
            the DT 10 det
            belts NNS 12 nsubj
            can MD 12 aux
            crack VB 6 acl:relcl
            . . 2 punct
            """)
        for result in [oblique, relative] {
            #expect(result[9] == "8 obj")
            #expect(result[11] == "2 advcl")
            #expect(result[5] == "12 nsubj")
            #expect(result[3] == "12 mark")
        }
    }

    /// `Kestrel , founded in 2015 by engineers , sells tools .` with the participle as root and
    /// `sells` a relative clause of `engineers`.
    @Test func openingParticipleBetweenCommasHangsOnTheNameUnderTheMainVerb() {
        let result = repaired("""
            Kestrel NNP 3 nsubj:pass
            , , 3 punct
            founded VBN 0 root
            in IN 5 case
            2015 CD 3 obl
            by IN 7 case
            engineers NNS 3 obl:agent
            , , 9 punct
            sells VBZ 7 acl:relcl
            tools NNS 9 obj
            . . 3 punct
            """)
        #expect(result[8] == "0 root")
        #expect(result[0] == "9 nsubj")
        #expect(result[2] == "1 acl")
        #expect(result[6] == "3 obl:agent" && result[9] == "9 obj" && result[10] == "9 punct")
    }

    /// `to buy data analytics company Kestrel Labs for $2 billion` with the name run an oblique
    /// without preposition; a weekday after the object stays.
    @Test func nameRunAfterTheObjectJoinsIt() {
        let result = repaired("""
            They PRP 2 nsubj
            buy VBP 0 root
            data NN 4 compound
            analytics NNS 2 obj
            company NN 7 compound
            Kestrel NNP 7 compound
            Labs NNPS 2 obl
            for IN 9 case
            $ $ 7 nmod
            2 CD 9 nummod
            . . 2 punct
            """)
        #expect(result[6] == "2 obj")
        #expect(result[3] == "7 compound")
        #expect(result[8] == "2 obl")
        let weekday = repaired("""
            They PRP 2 nsubj
            bought VBD 0 root
            shares NNS 2 obj
            Monday NNP 2 obl:unmarked
            . . 2 punct
            """)
        #expect(weekday[3] == "2 obl:unmarked")
    }

    /// `while Kestrel 's rose 22 percent` with the possessive on the verb; a pronoun possessive stays.
    @Test func elidedPossessiveOfATensedVerbIsItsSubject() {
        let result = repaired("""
            while IN 4 mark
            Kestrel NNP 4 nmod:poss
            's POS 2 case
            rose VBD 0 root
            22 CD 6 nummod
            percent NN 4 obj
            . . 4 punct
            """)
        #expect(result[1] == "4 nsubj")
        let pronoun = repaired("""
            His PRP$ 2 nmod:poss
            works VBZ 0 root
            span NN 2 obj
            . . 2 punct
            """)
        #expect(pronoun[0] == "2 nmod:poss")
    }

    /// `rose to 61 percent from 52 percent` with `52` the oblique and its `percent` hung on the first.
    @Test func numberBeforePercentIsItsCount() {
        let result = repaired("""
            Turnout NN 2 nsubj
            rose VBD 0 root
            to IN 4 case
            61 CD 5 nummod
            percent NN 2 obj
            from IN 7 case
            52 CD 2 obl
            percent NN 5 nmod
            . . 2 punct
            """)
        #expect(result[7] == "2 obl")
        #expect(result[6] == "8 nummod")
        #expect(result[5] == "8 case")
        #expect(result[4] == "2 obj" && result[3] == "5 nummod")
    }

    /// `About 800 have crossed the lines` with `800` read as the verb's number modifier.
    @Test func numberBeforeASubjectlessVerbIsItsSubject() {
        let rows = """
            About RB 2 advmod
            800 CD 4 nummod
            have VBP 4 aux
            crossed VBN 0 root
            the DT 6 det
            lines NNS 4 obj
            . . 4 punct
            """
        #expect(repaired(rows)[1] == "4 nsubj")
        // A verb with a subject keeps the number as it is.
        let subject = rows.replacing("have VBP 4 aux", with: "they PRP 4 nsubj")
        #expect(repaired(subject)[1] == "4 nummod")
    }

    /// `The champions were Kilmacud Crokes , who were knocked out` with three subjects of `knocked`.
    @Test func copulaBetweenSubjectsOfARelativeClauseIsItsOwnClause() {
        let rows = """
            The DT 2 det
            champions NNS 9 nsubj:pass
            were VBD 9 aux:pass
            Kilmacud NNP 9 nsubj:pass
            Crokes NNP 4 flat
            , , 9 punct
            who WP 9 nsubj:pass
            were VBD 9 aux:pass
            knocked VBN 0 root
            out RP 9 compound:prt
            . . 9 punct
            """
        let result = repaired(rows)
        #expect(result[3] == "0 root")
        #expect(result[1] == "4 nsubj" && result[2] == "4 cop")
        #expect(result[8] == "4 acl:relcl" && result[6] == "9 nsubj:pass" && result[7] == "9 aux:pass")
        // Two subjects (the pronoun and one noun) are left to the other rules.
        let two = rows.replacing("champions NNS 9 nsubj:pass", with: "champions NNS 9 obl")
        #expect(repaired(two)[3] == "9 nsubj:pass")
    }

    /// `Arminius , leader of the Cherusci , now had a free hand` with `Arminius` a compound of `leader`.
    @Test func compoundBeforeACommaIsTheHeadOfAnApposition() {
        let rows = """
            Arminius NNP 3 compound
            , , 3 punct
            leader NN 8 nsubj
            of IN 5 case
            Cherusci NNP 3 nmod
            , , 8 punct
            now RB 8 advmod
            had VBD 0 root
            a DT 10 det
            hand NN 8 obj
            . . 8 punct
            """
        let result = repaired(rows)
        #expect(result[0] == "8 nsubj" && result[2] == "1 appos" && result[1] == "3 punct")
        // A list of names (`Science , Math , and Technology Academy`) is not an apposition.
        let list = """
            Science NNP 3 compound
            , , 3 punct
            Math NN 7 compound
            , , 7 punct
            and CC 7 cc
            Technology NNP 7 compound
            Academy NNP 8 nsubj
            teaches VBZ 0 root
            """
        #expect(repaired(list)[0] == "3 compound")
    }

    /// `The buyers , these analysts added , could be foreign` with both subjects on `added`.
    @Test func subjectBeforeAParentheticalReporterMovesToTheReportedClause() {
        let rows = """
            The DT 2 det
            buyers NNS 6 nsubj
            , , 2 punct
            these DT 5 det
            analysts NNS 6 nsubj
            added VBD 0 root
            , , 10 punct
            could MD 10 aux
            be VB 10 cop
            foreign JJ 6 ccomp
            . . 6 punct
            """
        let result = repaired(rows)
        #expect(result[1] == "10 nsubj" && result[4] == "6 nsubj" && result[2] == "6 punct")
        // Without the comma after the first subject, nothing moves.
        let noComma = rows.replacing(", , 2 punct", with: "all DT 2 det")
        #expect(repaired(noComma)[1] == "6 nsubj")
    }

    /// `, while the mutiny had led to …` with `while the mutiny` as an oblique of `led`, a conjunct.
    @Test func subordinatorBeforeAuxiliariesOpensAnAdverbialClause() {
        let result = repaired("""
            Army NNP 2 nsubj
            held VBD 0 root
            , , 5 punct
            while IN 5 case
            mutiny NN 7 obl
            had VBD 7 aux
            led VBN 2 conj
            to IN 9 case
            war NN 7 obl
            . . 2 punct
            """)
        #expect(result[6] == "2 advcl" && result[4] == "7 nsubj" && result[3] == "7 mark" && result[2] == "7 punct")
    }

    /// `11 years after the FASB , the entities were supposed to …` with two subjects.
    @Test func openingTimeSpanBeforeTheSubjectDatesTheClause() {
        let rows = """
            11 CD 2 nummod
            years NNS 8 nsubj:pass
            after IN 4 case
            FASB NNP 2 nmod
            , , 8 punct
            the DT 7 det
            entities NNS 8 nsubj:pass
            supposed VBN 0 root
            . . 8 punct
            """
        #expect(repaired(rows)[1] == "8 obl:tmod" && repaired(rows)[6] == "8 nsubj:pass")
        // Not a span of time: left to the parser.
        #expect(repaired(rows.replacing("years NNS", with: "firms NNS"))[1] == "8 nsubj:pass")
    }

    /// `Admissions numbered 51 last year` read as a noun with a tensed verb as its modifier, and the
    /// number as counting the years.
    @Test func tensedModifierOfARootNounIsTheVerb() {
        let result = repaired("""
            Admissions NNS 0 root
            numbered VBD 1 acl
            51 CD 5 nummod
            last JJ 5 amod
            year NN 2 obl:unmarked
            . . 1 punct
            """)
        #expect(result[1] == "0 root" && result[0] == "2 nsubj" && result[5] == "2 punct")
        #expect(result[2] == "2 obj" && result[4] == "2 obl:tmod")
        // A participle modifies its noun (`Admissions recorded last year`).
        let participle = repaired("""
            Admissions NNS 0 root
            recorded VBN 1 acl
            last JJ 4 amod
            year NN 2 obl:unmarked
            """)
        #expect(participle[1] == "1 acl")
    }

    /// `offered grants worth $410 million` with the amount as a second object of `offered`.
    @Test func amountAfterWorthIsWorthsObject() {
        let result = repaired("""
            Michigan NNP 3 nsubj
            has VBZ 3 aux
            offered VBN 0 root
            grants NNS 3 obj
            worth JJ 4 amod
            $ $ 3 obj
            410 CD 6 nummod
            . . 3 punct
            """)
        #expect(result[5] == "5 obj" && result[3] == "3 obj")
    }

    /// `Finance director François Girard said` / `My assistant Joanne Rozycki has` with two subjects.
    @Test func titleBeforeANameIsNotASecondSubject() {
        let bare = repaired("""
            Finance NN 2 compound
            director NN 5 nsubj
            François NNP 4 compound
            Girard NNP 5 nsubj
            said VBD 0 root
            . . 5 punct
            """)
        #expect(bare[1] == "4 nmod:desc" && bare[3] == "5 nsubj")
        let determined = repaired("""
            My PRP$ 2 nmod:poss
            assistant NN 5 nsubj
            Joanne NNP 4 compound
            Rozycki NNP 5 nsubj
            has VBZ 0 root
            . . 5 punct
            """)
        #expect(determined[3] == "2 appos" && determined[1] == "5 nsubj")
        // A phrase with a preposition is no title (`with their cooperation Korea can become …`).
        let phrase = repaired("""
            with IN 2 case
            cooperation NN 4 nsubj
            Korea NNP 4 nsubj
            become VB 0 root
            """)
        #expect(phrase[1] == "4 nsubj")
    }

    /// `Northwind Bank profit rose` with `Northwind Bank` and `profit` as two subjects.
    @Test func nameBeforeANounIsItsCompound() {
        let rows = """
            Northwind NNP 4 nsubj
            Bank NNP 1 flat
            profit NN 4 nsubj
            rose VBD 0 root
            12 CD 6 nummod
            percent NN 4 obj
            """
        let result = repaired(rows)
        #expect(result[0] == "3 compound" && result[2] == "4 nsubj")
        // A determiner between them starts another phrase: two subjects stay two.
        let determined = repaired("""
            Northwind NNP 4 nsubj
            the DT 3 det
            profit NN 4 nsubj
            rose VBD 0 root
            """)
        #expect(determined[0] == "4 nsubj")
    }

    /// `slowed to 2.8 percent in September , helped by lower food and energy prices` with `helped` on
    /// the month and `prices` conjoined to `helped`.
    @Test func agentParticipleAfterADateModifiesTheClause() {
        let result = repaired("""
            Inflation NN 2 nsubj
            slowed VBD 0 root
            in IN 4 case
            September NNP 2 obl
            , , 6 punct
            helped VBN 4 acl
            by IN 9 case
            lower JJR 9 amod
            food NN 6 obl:agent
            and CC 12 cc
            energy NN 12 compound
            prices NNS 6 conj
            """)
        #expect(result[5] == "2 advcl")
        #expect(result[11] == "9 conj")
    }

    /// `Even short walks after meals appeared to lower blood pressure` with `after meals appeared` as the only clause.
    @Test func nounBeforeTheRootsSubordinatorIsItsSubject() {
        let result = repaired("""
            short JJ 2 amod
            walks NNS 5 obl:unmarked
            after IN 5 mark
            meals NNS 5 nsubj
            appeared VBD 0 root
            to TO 7 mark
            lower VB 5 xcomp
            pressure NN 7 obj
            """)
        #expect(result[1] == "5 nsubj" && result[3] == "2 nmod" && result[2] == "4 case")
        // A fronted clause after a comma keeps its subordinator (`Walks , after meals appeared …` is no subject).
        let comma = repaired("""
            Walks NNS 6 obl:unmarked
            , , 6 punct
            after IN 6 mark
            meals NNS 6 nsubj
            had VBD 6 aux
            appeared VBN 0 root
            """)
        #expect(comma[0] == "6 obl:unmarked")
    }

    /// `The participants , most of whom lived in small towns , wore …` / `has 300 stores , two of which are in Paris`.
    @Test func quantifiedRelativePronounBelongsToItsQuantifier() {
        let result = repaired("""
            He PRP 2 nsubj
            has VBZ 0 root
            300 CD 4 nummod
            stores NNS 2 obj
            , , 6 punct
            two CD 11 nsubj
            of IN 8 case
            which WDT 6 nmod
            are VBP 11 cop
            in IN 11 case
            Paris NNP 2 obl
            . . 2 punct
            """)
        #expect(result[10] == "4 acl:relcl" && result[5] == "11 nsubj" && result[7] == "6 nmod" && result[6] == "8 case")
        let opening = repaired("""
            The DT 2 det
            participants NNS 0 root
            , , 7 punct
            most JJS 7 nsubj
            of IN 6 case
            whom WP 7 nsubj
            lived VBD 2 acl:relcl
            in IN 9 case
            towns NNS 7 obl
            , , 11 punct
            wore VBD 7 conj
            counters NNS 11 obj
            . . 2 punct
            """)
        #expect(opening[10] == "0 root" && opening[1] == "11 nsubj" && opening[5] == "4 nmod" && opening[3] == "7 nsubj")
    }

    /// `people who walk more may also be healthier in ways the questionnaires did not capture`.
    @Test func adverbAndBareRelativeClauseJoinTheirClauses() {
        let result = repaired("""
            people NNS 7 nsubj
            who WP 3 nsubj
            walk VBP 1 acl:relcl
            more RBR 7 advmod
            may MD 7 aux
            be VB 7 cop
            healthier JJR 0 root
            in IN 9 case
            ways NNS 7 obl
            the DT 11 det
            questionnaires NNS 13 nsubj
            did VBD 13 aux
            capture VB 7 parataxis
            . . 7 punct
            """)
        #expect(result[3] == "3 advmod")
        #expect(result[12] == "9 acl:relcl")
    }

    /// `were treated for injuries after a roof collapsed in Port Alden` with `collapsed` conjoined without `and`.
    @Test func subordinatedNounModifierOpensTheClauseWhenAnObliqueEndsThereToo() {
        let result = repaired("""
            people NNS 3 nsubj:pass
            were VBD 3 aux:pass
            treated VBN 0 root
            for IN 5 case
            injuries NNS 3 obl
            after IN 8 case
            a DT 8 det
            roof NN 5 nmod
            collapsed VBD 3 conj
            in IN 11 case
            Alden NNP 9 obl
            """)
        #expect(result[8] == "3 advcl" && result[7] == "9 nsubj" && result[5] == "9 mark")
    }

    /// `reached the final of the Cup for the first time , beating Riverside` with the oblique and the
    /// clause on the object.
    @Test func obliquesAndClausesOfAnObjectBelongToItsVerb() {
        let result = repaired("""
            City NNP 2 nsubj
            reached VBD 0 root
            the DT 4 det
            final JJ 2 obj
            for IN 7 case
            the DT 7 det
            time NN 4 obl
            , , 9 punct
            beating VBG 4 advcl
            Riverside NNP 9 obj
            """)
        #expect(result[6] == "2 obl" && result[8] == "2 advcl")
        // The object's own modifiers (`nmod`) stay with it.
        let nmod = repaired("""
            City NNP 2 nsubj
            won VBD 0 root
            the DT 4 det
            cup NN 2 obj
            of IN 6 case
            Europe NNP 4 nmod
            """)
        #expect(nmod[5] == "4 nmod")
    }

    /// `winds of 110 kilometers an hour knocked out power , the operator said on Thursday`.
    @Test func rateIsNoSubjectAndTrailingReporterIsTheRoot() {
        let result = repaired("""
            winds NNS 7 nsubj
            of IN 4 case
            110 CD 4 nummod
            kilometers NNS 1 nmod
            an DT 6 det
            hour NN 7 nsubj
            knocked VBD 0 root
            power NN 7 obj
            , , 7 punct
            the DT 11 det
            operator NN 12 nsubj
            said VBD 7 conj
            on IN 14 case
            Thursday NNP 12 obl
            . . 12 punct
            """)
        #expect(result[5] == "4 obl:npmod")
        #expect(result[11] == "0 root" && result[6] == "12 ccomp")
        // With a conjunction it is a second statement (`… and the operator said`).
        let conjoined = repaired("""
            storms NNS 2 nsubj
            knocked VBD 0 root
            power NN 2 obj
            and CC 6 cc
            officials NNS 6 nsubj
            said VBD 2 conj
            """)
        #expect(conjoined[5] == "2 conj")
    }

    /// `Adults who walked 30 minutes a day were 28 percent less likely to be admitted`, no commas.
    @Test func mainPredicateAfterARelativeClauseWithoutCommas() {
        let result = repaired("""
            Adults NNS 0 root
            who WP 3 nsubj
            walked VBD 1 acl:relcl
            30 CD 5 nummod
            minutes NNS 11 obl:unmarked
            a DT 7 det
            day NN 5 obl:npmod
            were VBD 11 cop
            28 CD 10 nummod
            percent NN 11 nsubj
            likely JJ 3 ccomp
            to TO 14 mark
            be VB 14 aux:pass
            admitted VBN 11 xcomp
            """)
        #expect(result[10] == "0 root" && result[0] == "11 nsubj")
        #expect(result[4] == "3 obl:unmarked" && result[9] == "11 obl:npmod")
    }

    /// `through Lena Ortiz , whose shot deflected off a defender` with `deflected` conjoined to the main verb.
    @Test func clauseWithAWhoseSubjectIsARelativeClause() {
        let result = repaired("""
            City NNP 2 nsubj
            equalized VBD 0 root
            through IN 4 case
            Ortiz NNP 2 obl
            , , 7 punct
            whose WP$ 7 nmod:poss
            shot NN 8 nsubj
            deflected VBD 2 conj
            off RP 8 compound:prt
            """)
        #expect(result[7] == "4 acl:relcl")
    }

    /// `had stopped picking his rows` with `picking` read as an adverbial clause.
    @Test func gerundAfterStopIsItsComplement() {
        let rows = """
            He PRP 3 nsubj
            had VBD 3 aux
            stopped VBN 0 root
            picking VBG 3 advcl
            rows NNS 4 obj
            """
        #expect(repaired(rows)[3] == "3 xcomp")
        // After other verbs the gerund stays adverbial (`left smiling`).
        #expect(repaired(rows.replacing("stopped VBN", with: "left VBN"))[3] == "3 advcl")
    }

    /// `demand for AI services had grown` with `for AI services` as an oblique of `grown`.
    @Test func phraseBetweenSubjectAndVerbModifiesTheSubject() {
        let rows = """
            demand NN 5 nsubj
            for IN 3 case
            services NNS 5 obl
            had VBD 5 aux
            grown VBN 0 root
            . . 5 punct
            """
        #expect(repaired(rows)[2] == "1 nmod")
        // Set off by commas it is the clause's (`The firm , in a statement , said`).
        let commas = """
            firm NN 6 nsubj
            , , 4 punct
            in IN 4 case
            statement NN 6 obl
            , , 4 punct
            said VBD 0 root
            """
        #expect(repaired(commas)[3] == "6 obl")
    }

    /// `said in an interview that investors had underestimated its lead` with `that` read as the
    /// object of a relative clause of `interview`.
    @Test func thatClauseWithItsOwnObjectLeavesTheOblique() {
        let result = repaired("""
            Tsai NNP 2 nsubj
            said VBD 0 root
            in IN 4 case
            interview NN 2 obl
            that WDT 8 obj
            investors NNS 8 nsubj
            had VBD 8 aux
            underestimated VBN 4 acl:relcl
            lead NN 8 obj
            . . 2 punct
            """)
        #expect(result[7] == "2 ccomp" && result[4] == "8 mark" && result[8] == "8 obj")
    }

    /// `The first ship is due to be delivered` with the infinitive as an adverbial clause of `due`.
    @Test func infinitiveAfterDueIsItsComplement() {
        let rows = """
            ship NN 3 nsubj
            is VBZ 3 cop
            due JJ 0 root
            to TO 6 mark
            be VB 6 aux:pass
            delivered VBN 3 advcl
            . . 3 punct
            """
        #expect(repaired(rows)[5] == "3 xcomp")
        #expect(repaired(rows.replacing("due JJ", with: "late JJ"))[5] == "3 advcl")
    }

    /// `in the previous election , held in 2022` with `held` a conjunct of the main verb.
    @Test func bareParticipleAfterACommaDescribesTheNounBefore() {
        let rows = """
            Turnout NN 2 nsubj
            rose VBD 0 root
            in IN 5 case
            the DT 5 det
            election NN 2 obl
            , , 7 punct
            held VBN 2 conj
            in IN 9 case
            2022 CD 7 obl
            . . 2 punct
            """
        #expect(repaired(rows)[6] == "5 acl")
        // With a conjunction it is a conjunct (`and held`).
        #expect(repaired(rows.replacing(", , 7 punct", with: "and CC 7 cc"))[6] == "2 conj")
        // After an amount it comments on the clause (`rose to 1.35 billion francs , helped by …`).
        #expect(repaired(rows.replacing("the DT 5 det", with: "two CD 5 nummod"))[6] == "2 conj")
    }

    /// `In many of her writings , King often refers to …` with the opening phrase under `King`.
    @Test func openingPhraseBeforeACommaLeavesTheSubject() {
        let rows = """
            In IN 2 case
            many JJ 7 amod
            of IN 5 case
            her PRP$ 5 nmod:poss
            writings NNS 2 nmod
            , , 2 punct
            King NNP 9 nsubj
            often RB 9 advmod
            refers VBZ 0 root
            to IN 11 case
            sea NN 9 obl
            . . 9 punct
            """
        #expect(repaired(rows)[1] == "9 obl")
        // Without the comma the phrase may modify the subject (`In-house lawyers …` aside, rare).
        let noComma = rows.replacing(", , 2 punct", with: "the DT 7 det")
        #expect(repaired(noComma)[1] == "7 amod")
    }

    /// `was delayed after a court ruled that …` with `after a court` an oblique and `ruled` a
    /// subjectless adverbial clause.
    @Test func subjectlessAdverbialClauseAfterASubordinatorPhraseTakesItsNoun() {
        let result = repaired("""
            project NN 3 nsubj:pass
            was VBD 3 aux:pass
            delayed VBN 0 root
            after IN 6 case
            a DT 6 det
            court NN 3 obl
            ruled VBD 3 advcl
            that IN 10 mark
            it PRP 10 nsubj
            erred VBD 7 ccomp
            . . 3 punct
            """)
        #expect(result[5] == "7 nsubj" && result[3] == "7 mark" && result[6] == "3 advcl")
    }

    /// `would publish its study before work begins` with `its study` the subject of `begins`.
    @Test func subjectBeforeASubordinatorIsTheObjectOfTheVerbAbove() {
        let result = repaired("""
            It PRP 3 nsubj
            would MD 3 aux
            publish VB 0 root
            its PRP$ 5 nmod:poss
            study NN 8 nsubj
            before IN 8 case
            work NN 8 compound
            begins VBZ 3 ccomp
            . . 3 punct
            """)
        #expect(result[4] == "3 obj" && result[5] == "8 mark" && result[6] == "8 nsubj" && result[7] == "3 advcl")
        // A verb that has its object keeps the clause as it is.
        let object = repaired("""
            It PRP 2 nsubj
            told VBD 0 root
            us PRP 2 obj
            its PRP$ 5 nmod:poss
            study NN 8 nsubj
            before IN 8 case
            work NN 8 compound
            begins VBZ 2 ccomp
            . . 2 punct
            """)
        #expect(object[4] == "8 nsubj")
    }

    /// `handle 30 percent more cargo` read with `percent` and `cargo` as two objects.
    @Test func amountBeforeMoreMeasuresTheComparative() {
        let result = repaired("""
            It PRP 2 nsubj
            handles VBZ 0 root
            30 CD 4 nummod
            percent NN 2 obj
            more JJR 6 amod
            cargo NN 2 obj
            . . 2 punct
            """)
        #expect(result[3] == "5 obl:npmod" && result[5] == "2 obj")
    }

    /// `After the vote , shares of Meridian , the largest tenant , rose 4 percent` with `shares` a
    /// conjunct of `vote` and `rose` hung on the apposition.
    @Test func commaConjunctAfterAnOpeningPhraseIsTheSubject() {
        let after = repaired("""
            After IN 3 case
            the DT 3 det
            vote NN 0 root
            , , 5 punct
            shares NNS 3 conj
            of IN 7 case
            Meridian NNP 5 nmod
            , , 3 punct
            the DT 11 det
            largest JJS 11 amod
            tenant NN 3 appos
            , , 13 punct
            rose VBD 11 acl
            4 CD 15 nummod
            percent NN 13 obj
            . . 3 punct
            """)
        #expect(after[12] == "0 root" && after[4] == "13 nsubj" && after[2] == "13 obl" && after[10] == "7 appos")
        let following = repaired("""
            Following VBG 11 case
            the DT 3 det
            vote NN 1 obj
            , , 5 punct
            shares NNS 3 conj
            of IN 7 case
            Meridian NNP 5 nmod
            , , 1 punct
            the DT 11 det
            largest JJS 11 amod
            tenant NN 13 obl
            , , 11 punct
            rose VBD 0 root
            4 CD 15 nummod
            percent NN 13 obj
            . . 13 punct
            """)
        // Then the opening marker leaves the apposition (moveOpeningMarkerOffApposition).
        #expect(following[4] == "13 nsubj" && following[10] == "7 appos" && following[2] == "13 obl")
    }

    /// `since a program that paid hospitals for patients expired in March` with `for patients` the
    /// subject of `expired`.
    @Test func prepositionalSubjectInsideARelativeClauseIsItsOblique() {
        let result = repaired("""
            It PRP 2 nsubj
            struggled VBD 0 root
            since IN 5 case
            a DT 5 det
            program NN 2 obl
            that WDT 7 nsubj
            paid VBD 5 acl:relcl
            hospitals NNS 7 obj
            for IN 10 case
            patients NNS 11 nsubj
            expired VBD 7 advcl
            in IN 13 case
            March NNP 11 obl
            . . 2 punct
            """)
        #expect(result[9] == "7 obl" && result[4] == "11 nsubj" && result[10] == "2 advcl" && result[2] == "11 mark")
    }

    /// `save the group $45 million` with two objects; `named him chairman` keeps them.
    @Test func firstOfTwoObjectsBeforeAnAmountIsTheIndirectObject() {
        let rows = """
            They PRP 2 nsubj
            save VBP 0 root
            the DT 4 det
            group NN 2 obj
            $ $ 2 obj
            45 CD 5 nummod
            . . 2 punct
            """
        #expect(repaired(rows)[3] == "2 iobj")
        let named = rows.replacing("$ $ 2 obj", with: "chairman NN 2 obj").replacing("45 CD 5 nummod", with: "today NN 2 obl:tmod")
        #expect(repaired(named)[3] == "2 obj")
    }

    /// `Analysts at Moody 's , which downgraded the debt , said` with the clause an `acl` of `Analysts`.
    @Test func clauseWithARelativePronounSubjectIsARelativeClauseOfTheNounBeforeIt() {
        let result = repaired("""
            Analysts NNS 9 nsubj
            at IN 7 mark
            Moody NNP 7 nmod:poss
            's POS 3 case
            , , 7 punct
            which WDT 7 nsubj
            downgraded VBD 1 acl
            debt NN 7 obj
            said VBD 0 root
            . . 9 punct
            """)
        #expect(result[6] == "3 acl:relcl" && result[2] == "1 nmod" && result[1] == "3 case")
    }

    /// `said Marcus Bell , president of the nurses ' union` with the name as the possessor of `union`.
    @Test func nameWithoutPossessiveEndingAfterAVerbIsItsSubject() {
        let result = repaired("""
            Patients NNS 3 nsubj
            will MD 3 aux
            drive VB 5 ccomp
            , , 3 punct
            said VBD 0 root
            Marcus NNP 13 nmod:poss
            Bell NNP 6 flat
            , , 9 punct
            president NN 6 appos
            of IN 11 case
            nurses NNS 13 nmod:poss
            ' POS 11 case
            union NN 5 ccomp
            . . 5 punct
            """)
        #expect(result[5] == "5 nsubj" && result[12] == "9 nmod")
    }

    /// `asked the council to raise the fare` with `to raise` a modifier of `council`.
    @Test func infinitiveOfAnObjectControlVerbsObjectIsTheVerbsComplement() {
        let rows = """
            They PRP 2 nsubj
            asked VBD 0 root
            the DT 4 det
            council NN 2 obj
            to TO 6 mark
            raise VB 4 acl
            fares NNS 6 obj
            . . 2 punct
            """
        #expect(repaired(rows)[5] == "2 xcomp")
        // `bought a house to live in`: the infinitive describes the house.
        let bought = rows.replacing("asked VBD 0 root", with: "bought VBD 0 root")
        #expect(repaired(bought)[5] == "4 acl")
    }

    /// `Council member Priya Nandakumar , who chairs the committee , proposed a cut` with `proposed`
    /// inside the relative clause.
    @Test func relativeClauseAfterATitledNameClosesAtItsComma() {
        let result = repaired("""
            Council NN 2 compound
            member NN 0 root
            Priya NNP 2 appos
            , , 6 punct
            who WP 6 nsubj
            chairs VBZ 2 acl:relcl
            committee NN 6 obj
            , , 6 punct
            proposed VBD 6 ccomp
            cuts NNS 9 obj
            . . 2 punct
            """)
        #expect(result[8] == "0 root" && result[1] == "9 nsubj" && result[5] == "2 acl:relcl")
    }

    /// `have diabetes , according to the department` with `department` a conjunct of `diabetes`.
    @Test func conjunctWithItsOwnPrepositionIsAnOblique() {
        let rows = """
            They PRP 2 nsubj
            have VBP 0 root
            diabetes NN 2 obj
            , , 7 punct
            according VBG 7 case
            to IN 5 fixed
            department NN 3 conj
            . . 2 punct
            """
        #expect(repaired(rows)[6] == "2 obl")
        // `such as` names members of a list: they stay conjuncts.
        let such = rows.replacing("according VBG 7 case", with: "such JJ 7 case").replacing("to IN 5 fixed", with: "as IN 5 fixed")
        #expect(repaired(such)[6] == "3 conj")
        // An apposition with its own preposition is the verb's oblique too.
        let apposition = repaired("""
            They PRP 2 nsubj
            expected VBD 0 root
            revenue NN 2 obj
            of IN 5 case
            $ $ 3 nmod
            , , 9 punct
            according VBG 9 case
            to IN 7 fixed
            data NN 5 appos
            . . 2 punct
            """)
        #expect(apposition[8] == "2 obl")
    }

    /// `He said , who knows .`: no noun before the comma, nothing to attach to.
    @Test func whoClauseAfterAVerbStays() {
        let rows = """
            He PRP 2 nsubj
            said VBD 0 root
            , , 5 punct
            who WP 5 nsubj
            knows VBZ 2 parataxis
            . . 2 punct
            """
        #expect(repaired(rows)[4] == "2 parataxis")
    }

    @Test func relativeClauseHungUnderItsPronounIsRebuilt() {
        let result = repaired("""
            a DT 3 det
            new JJ 3 amod
            fee NN 0 root
            on IN 5 case
            sales NNS 3 nmod
            that WDT 5 obj
            the DT 8 det
            company NN 6 obj
            introduced VBN 8 acl
            in IN 11 case
            2024 CD 9 obl
            """)
        #expect(result[8] == "3 acl:relcl")  // after `on`, the clause modifies `fee`
        #expect(result[7] == "9 nsubj")
        #expect(result[5] == "9 obj")
    }

    @Test func placeBasedDescriptionTakesTheHead() {
        let result = repaired("""
            The DT 2 det
            Cupertino NNP 7 nsubj
            , , 5 punct
            California-based NNP 5 compound
            company NN 2 appos
            did VBD 7 aux
            comment VB 0 root
            . . 7 punct
            """)
        #expect(result[4] == "7 nsubj")
        #expect(result[1] == "5 compound")
        #expect(result[0] == "5 det")
        #expect(result[2] == "5 punct")
    }

    @Test func adjacentNameConjunctsAreOneName() {
        let result = repaired("""
            Kestrel NNP 2 compound
            Inc. NNP 7 nsubj
            and CC 4 cc
            Voltaris NNP 2 conj
            Battery NNP 6 compound
            Group NNP 2 conj
            said VBD 0 root
            """)
        #expect(result[3] == "6 compound")
        #expect(result[2] == "6 cc")
        #expect(result[5] == "2 conj")
    }

    @Test func nameRunReadAsAListIsOneName() {
        let result = repaired("""
            Chief NNP 5 nsubj
            Executive NNP 1 flat
            Henrik NNP 1 list
            Larsen NNP 3 flat
            said VBD 0 root
            . . 5 punct
            """)
        #expect(result[0] == "4 compound" && result[1] == "4 compound" && result[2] == "4 compound")
        #expect(result[3] == "5 nsubj")
    }

    @Test func thatClauseHungOnADateIsTheVerbsComplement() {
        let result = repaired("""
            Alibaba NNP 2 nsubj
            said VBD 0 root
            on IN 4 case
            Monday NNP 2 obl
            that IN 8 mark
            it PRP 8 nsubj
            will MD 8 aux
            spend VB 4 acl:relcl
            money NN 8 obj
            on IN 12 case
            cloud NN 12 compound
            infrastructure NN 4 nmod
            . . 2 punct
            """)
        #expect(result[7] == "2 ccomp")
        #expect(result[11] == "8 obl")
        #expect(result[3] == "2 obl" && result[4] == "8 mark")
    }

    @Test func relativeClauseWithARelativePronounStays() {
        let lines = """
            He PRP 2 nsubj
            left VBD 0 root
            on IN 4 case
            Monday NNP 2 obl
            that WDT 6 nsubj
            was VBD 6 cop
            cold JJ 4 acl:relcl
            . . 2 punct
            """
        #expect(repaired(lines)[6] == "4 acl:relcl")
    }

    @Test func nameRunReadAsTwoSubjectsIsOneName() {
        let result = repaired("""
            Chief NNP 2 compound
            Executive NNP 5 nsubj
            Ingrid NNP 5 nsubj
            Solberg NNP 3 flat
            told VBD 0 root
            reporters NNS 5 iobj
            . . 5 punct
            """)
        #expect(result[0] == "4 compound" && result[1] == "4 compound" && result[2] == "4 compound")
        #expect(result[3] == "5 nsubj")
        #expect(result[5] == "5 iobj")
    }

    @Test func twoSubjectsThatAreNoOneRunStayApart() {
        let lines = """
            Sales NNS 3 nsubj
            Apple NNP 3 nsubj
            rose VBD 0 root
            . . 3 punct
            """
        #expect(repaired(lines) == ["3 nsubj", "3 nsubj", "0 root", "3 punct"])
    }

    @Test(arguments: [
        // The clause has its own subject.
        """
        He PRP 2 nsubj
        told VBD 0 root
        them PRP 2 obj
        he PRP 6 nsubj
        would MD 6 aux
        go VB 2 ccomp
        """,
        // A subordinator marks a real adverbial clause.
        """
        He PRP 2 nsubj
        sold VBD 0 root
        shares NNS 2 obj
        because IN 6 mark
        prices NNS 6 nsubj
        rose VBD 2 advcl
        """,
        // A non-finite clause borrows its subject legitimately.
        """
        He PRP 2 nsubj
        bought VBD 0 root
        shares NNS 2 obj
        hoping VBG 2 advcl
        to TO 6 mark
        profit VB 4 xcomp
        """,
        // Coordinated verbs after coordinated objects: the second verb opens with its own `and`.
        """
        He PRP 2 nsubj
        bought VBD 0 root
        apples NNS 2 obj
        and CC 5 cc
        pears NNS 3 conj
        and CC 7 cc
        sold VBD 2 conj
        them PRP 7 obj
        """,
        // Two clausal complements, the first with an object of its own.
        """
        He PRP 2 nsubj
        said VBD 0 root
        they PRP 4 nsubj
        won VBD 2 ccomp
        it PRP 4 obj
        we PRP 7 nsubj
        lost VBD 2 ccomp
        """,
        // A relative clause in the middle of the sentence is left to the parser.
        """
        They PRP 2 nsubj
        met VBD 0 root
        Mary NNP 2 obj
        , , 6 punct
        who WP 6 nsubj
        left VBD 3 acl:relcl
        , , 9 punct
        and CC 9 cc
        went VBD 2 conj
        """,
        // Not adjacent: words between the object and the clause.
        """
        He PRP 2 nsubj
        said VBD 0 root
        it PRP 2 obj
        today NN 2 obl:tmod
        would MD 6 aux
        rise VB 2 ccomp
        """,
    ])
    func otherTreesAreLeftAlone(_ rows: String) {
        let before = rows.split(separator: "\n").map { row -> String in
            let parts = row.split(separator: " ")
            return "\(parts[2]) \(parts[3])"
        }
        #expect(repaired(rows) == before)
    }
}
