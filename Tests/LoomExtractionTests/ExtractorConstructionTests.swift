import Testing
import LoomLanguage
@testable import LoomExtraction

/// One case per construction the extractor covers, on hand-written gold parses (UD English EWT style).
@Suite struct ExtractorConstructionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var rows: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "xcomp joins the relation", rows: """
            Alibaba NNP Alibaba 2 nsubj
            pledged VBD pledge 0 root
            to TO to 4 mark
            invest VB invest 2 xcomp
            380 CD 380 6 compound
            billion CD billion 7 nummod
            yuan NN yuan 4 obj
            . . . 2 punct
            """, expected: ["Alibaba ; pledged to invest ; 380 billion yuan"]),
        Case(name: "copular adjective with an infinitive joins the relation", rows: """
            300 CD 300 2 nummod
            soldiers NNS soldier 4 nsubj
            were VBD be 4 cop
            able JJ able 0 root
            to TO to 6 mark
            reinforce VB reinforce 4 xcomp
            the DT the 8 det
            hotel NN hotel 6 obj
            . . . 4 punct
            """, expected: ["300 soldiers ; were able to reinforce ; the hotel"]),
        Case(name: "purpose infinitive of a bare verb joins the relation", rows: """
            Hazelwood NNP Hazelwood 2 nsubj
            sortied VBD sortie 0 root
            to TO to 4 mark
            protect VB protect 2 advcl
            the DT the 6 det
            carriers NNS carrier 4 obj
            . . . 2 punct
            """, expected: ["Hazelwood ; sortied to protect ; the carriers"]),
        Case(name: "purpose infinitive after a date joins the relation, the date stays an argument", rows: """
            The DT the 2 det
            council NN council 3 nsubj
            voted VBD vote 0 root
            on IN on 5 case
            Thursday NNP Thursday 3 obl
            to TO to 7 mark
            build VB build 3 advcl
            a DT a 10 det
            tram NN tram 10 compound
            line NN line 7 obj
            . . . 3 punct
            """, expected: ["The council ; voted to build ; a tram line ; on Thursday"]),
        Case(name: "purpose infinitive after a place stays apart", rows: """
            He PRP he 2 nsubj
            moved VBD move 0 root
            to IN to 4 case
            Paris NNP Paris 2 obl
            to TO to 6 mark
            study VB study 2 advcl
            law NN law 6 obj
            . . . 2 punct
            """, expected: ["He ; moved to ; Paris"]),
        Case(name: "a participle set off by commas is left out of the noun it describes", rows: """
            Sunridge NNP Sunridge 9 nsubj
            , , , 3 punct
            founded VBN found 1 acl
            in IN in 5 case
            2014 CD 2014 3 obl
            by IN by 7 case
            Delgado NNP Delgado 3 obl:agent
            , , , 1 punct
            operates VBZ operate 0 root
            farms NNS farm 9 obj
            . . . 9 punct
            """, expected: ["Sunridge ; was founded by ; Delgado ; in 2014", "Sunridge ; operates ; farms"]),
        Case(name: "a description that introduces a name without a comma gives way to the name", rows: """
            Swiss JJ Swiss 2 amod
            drugmaker NN drugmaker 6 nsubj
            Velora NNP Velora 5 compound
            Pharma NNP Pharma 5 compound
            AG NNP AG 2 appos
            appointed VBD appoint 0 root
            Okafor NNP Okafor 6 obj
            . . . 6 punct
            """, expected: ["Velora Pharma AG ; is ; Swiss drugmaker", "Velora Pharma AG ; appointed ; Okafor"]),
        Case(name: "passive participle (acl) and SVO", rows: """
            He PRP he 2 nsubj
            joined VBD join 0 root
            the DT the 4 det
            company NN company 2 obj
            co-founded VBN co-found 4 acl
            by IN by 8 case
            Jack NNP Jack 8 compound
            Ma NNP Ma 5 obl:agent
            . . . 2 punct
            """, expected: ["He ; joined ; the company co-founded by Jack Ma", "the company ; was co-founded by ; Jack Ma"]),
        Case(name: "a participle that borrows its subject takes be in the clause's tense and number", rows: """
            Stocks NNS stock 2 nsubj
            rose VBD rise 0 root
            , , , 4 punct
            leading VBG lead 2 advcl
            to IN to 6 case
            gains NNS gain 4 obl
            . . . 2 punct
            """, expected: ["Stocks ; were leading to ; gains"]),
        Case(name: "conjoined subjects split", rows: """
            Joe NNP Joe 5 nsubj
            Tsai NNP Tsai 1 flat
            and CC and 4 cc
            Wu NNP Wu 1 conj
            took VBD take 0 root
            the DT the 7 det
            helm NN helm 5 obj
            . . . 5 punct
            """, expected: ["Joe Tsai ; took ; the helm", "Wu ; took ; the helm"]),
        Case(name: "conjoined verbs inherit the subject, conjoined objects split", rows: """
            Alibaba NNP Alibaba 2 nsubj
            bought VBD buy 0 root
            shares NNS share 2 obj
            and CC and 5 cc
            sold VBD sell 2 conj
            bonds NNS bond 5 obj
            and CC and 8 cc
            loans NNS loan 6 conj
            . . . 2 punct
            """, expected: ["Alibaba ; bought ; shares", "Alibaba ; sold ; bonds", "Alibaba ; sold ; loans"]),
        Case(name: "conjoined verbs share auxiliaries and a trailing object", rows: """
            traders NNS trader 3 nsubj
            can MD can 3 aux
            buy VB buy 0 root
            and CC and 5 cc
            sell VB sell 3 conj
            stocks NNS stock 5 obj
            . . . 3 punct
            """, expected: ["traders ; can buy ; stocks", "traders ; can sell ; stocks"]),
        Case(name: "relative clause: the modified noun is the subject", rows: """
            Jack NNP Jack 7 nsubj
            Ma NNP Ma 1 flat
            , , , 5 punct
            who WP who 5 nsubj
            founded VBD found 1 acl:relcl
            Alibaba NNP Alibaba 5 obj
            retired VBD retire 0 root
            . . . 7 punct
            """, expected: ["Jack Ma ; founded ; Alibaba"]),
        Case(name: "relative clause on a predicate noun is about the subject", rows: """
            Ant NNP Ant 4 nsubj
            is VBZ be 4 cop
            a DT a 4 det
            company NN company 0 root
            that WDT that 6 nsubj
            makes VBZ make 4 acl:relcl
            chips NNS chip 6 obj
            . . . 4 punct
            """, expected: ["Ant ; is ; a company", "Ant ; makes ; chips"]),
        Case(name: "apposition", rows: """
            Eddie NNP Eddie 7 nsubj
            Wu NNP Wu 1 flat
            , , , 6 punct
            the DT the 6 det
            chief JJ chief 6 amod
            executive NN executive 1 appos
            spoke VBD speak 0 root
            . . . 7 punct
            """, expected: ["Eddie Wu ; is ; the chief executive"]),
        Case(name: "a fronted oblique keeps its preposition (SVA)", rows: """
            On IN on 2 case
            Tuesday NNP Tuesday 6 obl
            , , , 2 punct
            the DT the 5 det
            lights NNS light 6 nsubj
            went VBD go 0 root
            out RP out 6 compound:prt
            . . . 6 punct
            """, expected: ["the lights ; went out ; On Tuesday"]),
        Case(name: "a reporting verb's own clausal complement is not a trailing reporter", rows: """
            She PRP she 2 nsubj
            said VBD say 0 root
            the DT the 4 det
            campus NN campus 6 nsubj
            would MD would 6 aux
            add VB add 2 ccomp
            capacity NN capacity 6 obj
            . . . 2 punct
            """, expected: ["She ; said ; the campus would add capacity", "the campus ; would add ; capacity"]),
        Case(name: "a participle on an apposition is about the named entity", rows: """
            Alpenrück NNP Alpenrück 2 compound
            AG NNP AG 9 nsubj
            , , , 5 punct
            a DT a 5 det
            reinsurer NN reinsurer 2 appos
            based VBN base 5 acl
            in IN in 8 case
            Zürich NNP Zürich 6 obl
            raised VBD raise 0 root
            profits NNS profit 9 obj
            . . . 9 punct
            """, expected: ["Alpenrück AG ; is ; a reinsurer based in Zürich", "Alpenrück AG ; is based in ; Zürich", "Alpenrück AG ; raised ; profits"]),
        Case(name: "a trailing reporter's clause reads without the apposition's commas", rows: """
            Acme NNP Acme 7 nsubj
            , , , 4 punct
            a DT a 4 det
            bakery NN bakery 1 appos
            , , , 1 punct
            has VBZ have 7 aux
            raised VBN raise 0 root
            cash NN cash 7 obj
            , , , 12 punct
            the DT the 11 det
            company NN company 12 nsubj
            said VBD say 7 parataxis
            . . . 7 punct
            """, expected: ["Acme ; is ; a bakery", "Acme ; has raised ; cash", "the company ; said ; Acme has raised cash"]),
        Case(name: "a dateline's date is no apposition", rows: """
            SEATTLE NNP Seattle 0 root
            , , , 4 punct
            Feb. NNP Feb. 4 compound
            6 CD 6 1 appos
            , , , 6 punct
            2025 CD 2025 4 nmod:unmarked
            """, expected: []),
        Case(name: "a purpose gerund does not take the clause's subject", rows: """
            An DT a 2 det
            apple NN apple 7 nsubj
            grown VBN grow 2 acl
            for IN for 5 mark
            eating VBG eat 3 advcl
            raw JJ raw 5 xcomp
            contains VBZ contain 0 root
            tannin NN tannin 7 obj
            . . . 7 punct
            """, expected: ["An apple grown for eating raw ; contains ; tannin"]),
        Case(name: "an argument of an article alone is no argument", rows: """
            Gala NNP Gala 2 nsubj
            remain VBP remain 0 root
            the DT the 2 obj
            . . . 2 punct
            """, expected: []),
        Case(name: "a possessive inside a name with the states nothing", rows: """
            the DT the 2 det
            People NNP People 4 nmod:poss
            's POS 's 2 case
            Bank NNP Bank 7 nsubj
            of IN of 6 case
            China NNP China 4 nmod
            cut VBD cut 0 root
            rates NNS rate 7 obj
            . . . 7 punct
            """, expected: ["the People 's Bank of China ; cut ; rates"]),
        Case(name: "an object wrapped around its subject comes from a misparse", rows: """
            Net JJ net 2 amod
            income NN income 9 compound
            attributable JJ attributable 9 amod
            to IN to 5 case
            shareholders NNS shareholder 9 nsubj
            was VBD be 9 cop
            12.4 CD 12.4 8 compound
            billion CD billion 9 nummod
            yuan NN yuan 0 root
            . . . 9 punct
            """, expected: []),
        Case(name: "a title word inside a name after a capitalized adjective is no title", rows: """
            Alibaba NNP Alibaba 2 nsubj
            prepared VBD prepare 0 root
            for IN for 6 case
            Artificial JJ artificial 6 amod
            General NNP General 6 compound
            Intelligence NNP Intelligence 2 obl
            . . . 2 punct
            """, expected: ["Alibaba ; prepared for ; Artificial General Intelligence"]),
        Case(name: "a title of several compound words is stated once", rows: """
            Chief NNP Chief 4 compound
            Executive NNP Executive 4 compound
            Henrik NNP Henrik 4 compound
            Larsen NNP Larsen 5 nsubj
            said VBD say 0 root
            costs NNS cost 5 obj
            . . . 5 punct
            """, expected: ["Henrik Larsen ; is ; Chief Executive", "Chief Executive Henrik Larsen ; said ; costs"]),
        Case(name: "a title run with a qualifying word is one title", rows: """
            Chief NNP Chief 5 compound
            Financial NNP Financial 5 compound
            Officer NNP Officer 5 compound
            Helen NNP Helen 5 compound
            Park NNP Park 6 nsubj
            said VBD say 0 root
            costs NNS cost 6 obj
            . . . 6 punct
            """, expected: ["Helen Park ; is ; Chief Financial Officer", "Chief Financial Officer Helen Park ; said ; costs"]),
        Case(name: "a title run with a word read as an adjective is one title", rows: """
            Chief NNP Chief 4 compound
            Executive NNP Executive 4 amod
            Marta NNP Marta 4 compound
            Kowalski NNP Kowalski 5 nsubj
            resigned VBD resign 0 root
            . . . 5 punct
            """, expected: ["Marta Kowalski ; is ; Chief Executive"]),
        Case(name: "a title word read as an adjective of a name, alone, is part of the name", rows: """
            General NNP General 2 amod
            Motors NNPS Motors 3 nsubj
            rose VBD rise 0 root
            . . . 3 punct
            """, expected: []),
        Case(name: "a bare adjective before the verb's clause is part of the relation", rows: """
            The DT the 2 det
            court NN court 4 nsubj
            has VBZ have 4 aux
            made VBN make 0 root
            clear JJ clear 4 xcomp
            that IN that 8 mark
            it PRP it 8 nsubj
            failed VBD fail 4 ccomp
            . . . 4 punct
            """, expected: ["The court ; has made clear ; it failed"]),
        Case(name: "a starting gerund dates the clause and states nothing", rows: """
            Owners NNS owner 4 nsubj:pass
            will MD will 4 aux
            be VB be 4 aux:pass
            notified VBN notify 0 root
            starting VBG start 4 advcl
            in IN in 7 case
            April NNP April 5 obl
            . . . 4 punct
            """, expected: []),
        Case(name: "an indirect object before an open complement is the object and its doer", rows: """
            Law NN law 4 nsubj
            does VBZ do 4 aux
            not RB not 4 advmod
            allow VB allow 0 root
            the DT the 6 det
            governor NN governor 4 iobj
            to TO to 8 mark
            order VB order 4 xcomp
            an DT a 10 det
            end NN end 8 obj
            . . . 4 punct
            """, expected: ["Law ; does not allow ; the governor ; to order an end", "the governor ; to order ; an end"]),
        Case(name: "a complex preposition joins the relation", rows: """
            Norfield NNP Norfield 2 compound
            Capital NNP Capital 3 nsubj
            voted VBD vote 0 root
            in IN in 5 case
            favor NN favor 3 obl
            of IN of 8 case
            the DT the 8 det
            deal NN deal 5 nmod
            . . . 3 punct
            """, expected: ["Norfield Capital ; voted in favor of ; the deal"]),
        Case(name: "a gapped conjunct with a determiner is no second predicate", rows: """
            The DT the 2 det
            ship NN ship 4 nsubj
            is VBZ be 4 cop
            due JJ due 0 root
            in IN in 6 case
            2027 CD 2027 4 nmod
            and CC and 9 cc
            the DT the 9 det
            last JJ last 4 conj
            in IN in 11 case
            2029 CD 2029 9 obl
            . . . 4 punct
            """, expected: ["The ship ; is ; due in 2027"]),
        Case(name: "a participle naming a reporting period states nothing", rows: """
            Sales NNS sale 2 nsubj
            rose VBD rise 0 root
            in IN in 5 case
            the DT the 5 det
            quarter NN quarter 2 obl
            ended VBN end 5 acl
            Sept. NNP Sept. 6 obj
            30 CD 30 7 nummod
            . . . 2 punct
            """, expected: ["Sales ; rose in ; the quarter ended Sept. 30"]),
        Case(name: "an opening participle states its passive about the main subject, lower-cased", rows: """
            Founded VBN found 6 advcl
            in IN in 3 case
            2006 CD 2006 1 obl
            , , , 1 punct
            Qorvane NNP Qorvane 6 nsubj
            employs VBZ employ 0 root
            engineers NNS engineer 6 obj
            . . . 6 punct
            """, expected: ["Qorvane ; was founded in ; 2006", "Qorvane ; employs ; engineers"]),
        Case(name: "a free relative keeps its clause", rows: """
            Results NNS result 2 nsubj
            exceed VBP exceed 0 root
            what WP what 2 obj
            we PRP we 6 nsubj
            had VBD have 6 aux
            hoped VBN hope 3 acl:relcl
            for IN for 6 obl
            . . . 2 punct
            """, expected: ["Results ; exceed ; what we had hoped for"]),
        Case(name: "a free relative with where keeps its clause", rows: """
            She PRP she 2 nsubj
            said VBD say 0 root
            we PRP we 6 nsubj
            are VBP be 6 cop
            not RB not 6 advmod
            where WRB where 2 ccomp
            we PRP we 8 nsubj
            want VBP want 6 advcl:relcl
            . . . 2 punct
            """, expected: ["She ; said ; we are not where we want"]),
        Case(name: "a trailing reporter with a date reports the clause, and states nothing of its own", rows: """
            The DT the 2 det
            drug NN drug 3 nsubj
            slowed VBD slow 0 root
            the DT the 5 det
            disease NN disease 3 obj
            , , , 3 punct
            the DT the 8 det
            company NN company 9 nsubj
            said VBD say 3 advcl:relcl
            on IN on 11 case
            Monday NNP Monday 9 obl
            , , , 13 punct
            sending VBG send 9 advcl
            shares NNS share 13 obj
            up RP up 13 compound:prt
            . . . 3 punct
            """, expected: ["The drug ; slowed ; the disease", "the company ; said ; The drug slowed the disease ; on Monday"]),
        Case(name: "a time ago dates an intransitive clause", rows: """
            The DT the 2 det
            bill NN bill 3 nsubj
            expired VBD expire 0 root
            two CD two 5 nummod
            years NNS year 6 obl:unmarked
            ago RB ago 3 advmod
            . . . 3 punct
            """, expected: ["The bill ; expired ; two years ago"]),
        Case(name: "a place after a place", rows: """
            He PRP he 2 nsubj
            lived VBD live 0 root
            in IN in 5 case
            Montgomery NNP Montgomery 5 compound
            County NNP County 2 obl
            , , , 7 punct
            Pennsylvania NNP Pennsylvania 5 appos
            . . . 2 punct
            """, expected: ["He ; lived in ; Montgomery County", "Montgomery County ; is in ; Pennsylvania"]),
        Case(name: "an acronym in brackets is another name, not a place", rows: """
            Wu NNP Wu 2 nsubj
            praised VBD praise 0 root
            Artificial NNP Artificial 5 compound
            General NNP General 5 compound
            Intelligence NNP Intelligence 2 obj
            ( -LRB- ( 7 punct
            AGI NNP AGI 5 appos
            ) -RRB- ) 7 punct
            . . . 2 punct
            """, expected: ["Wu ; praised ; Artificial General Intelligence"]),
        Case(name: "a clause misread as an apposition gives no statement", rows: """
            The DT the 3 det
            local JJ local 3 amod
            utility NN utility 18 nsubj
            , , , 8 punct
            Entergy NNP Entergy 7 compound
            Louisiana NNP Louisiana 7 compound
            LLC NNP LLC 3 appos
            , , , 3 punct
            plans NNS plan 3 appos
            to TO to 11 mark
            build VB build 9 acl
            three CD three 14 nummod
            gas-fired JJ gas-fired 14 amod
            plants NNS plant 11 obj
            to TO to 16 mark
            supply VB supply 11 advcl
            power NN power 16 obj
            grew VBD grow 0 root
            . . . 18 punct
            """, expected: ["Entergy Louisiana LLC ; is ; The local utility"]),
        Case(name: "a name in apposition to a common noun is the subject", rows: """
            his PRP$ his 3 nmod:poss
            first JJ first 3 amod
            wife NN wife 6 nsubj
            , , , 5 punct
            Blanche NNP Blanche 3 appos
            died VBD die 0 root
            . . . 6 punct
            """, expected: ["Blanche ; is ; his first wife"]),
        Case(name: "an adjective with a fixed `to` keeps it in the relation", rows: """
            The DT the 2 det
            site NN site 4 nsubj
            is VBZ be 4 cop
            due JJ due 0 root
            to TO to 4 fixed
            start VB start 4 xcomp
            operating VBG operate 6 xcomp
            in IN in 9 case
            2026 CD 2026 7 obl
            . . . 4 punct
            """, expected: ["The site ; is due to start operating in ; 2026"]),
        Case(name: "the clause of a comparison is no statement", rows: """
            Customers NNS customer 3 nsubj
            are VBP be 3 cop
            confident JJ confident 0 root
            than IN than 6 mark
            they PRP they 6 nsubj
            were VBD be 3 advcl
            a DT a 8 det
            year NN year 9 obl:npmod
            ago RB ago 6 advmod
            . . . 3 punct
            """, expected: ["Customers ; are ; confident"]),
        Case(name: "X, CEO of Y", rows: """
            Eddie NNP Eddie 7 nsubj
            Wu NNP Wu 1 flat
            , , , 4 punct
            CEO NN CEO 1 appos
            of IN of 6 case
            Alibaba NNP Alibaba 4 nmod
            spoke VBD speak 0 root
            . . . 7 punct
            """, expected: ["Eddie Wu ; is CEO of ; Alibaba"]),
        Case(name: "title before a name", rows: """
            Chief NNP Chief 3 compound
            Executive NNP Executive 3 compound
            Officer NNP Officer 4 nmod:desc
            Eddie NNP Eddie 6 nsubj
            Wu NNP Wu 4 flat
            spoke VBD speak 0 root
            . . . 6 punct
            """, expected: ["Eddie Wu ; is ; Chief Executive Officer"]),
        Case(name: "possessive", rows: """
            Alibaba NNP Alibaba 5 nmod:poss
            's POS 's 1 case
            Hong NNP Hong 4 compound
            Kong NNP Kong 5 compound
            shares NNS share 6 nsubj
            rise VBP rise 0 root
            . . . 6 punct
            """, expected: ["Alibaba ; has ; Hong Kong shares"]),
        Case(name: "possessive in a past-tense clause", rows: """
            Alibaba NNP Alibaba 5 nmod:poss
            's POS 's 1 case
            Hong NNP Hong 4 compound
            Kong NNP Kong 5 compound
            shares NNS share 6 nsubj
            rose VBD rise 0 root
            . . . 6 punct
            """, expected: ["Alibaba ; had ; Hong Kong shares"]),
        Case(name: "copula with a noun of Y", rows: """
            Wu NNP Wu 3 nsubj
            is VBZ be 3 cop
            CEO NN CEO 0 root
            of IN of 5 case
            Alibaba NNP Alibaba 3 nmod
            . . . 3 punct
            """, expected: ["Wu ; is CEO of ; Alibaba"]),
        Case(name: "copula with a determined noun stays whole", rows: """
            Wu NNP Wu 5 nsubj
            is VBZ be 5 cop
            the DT the 5 det
            chief JJ chief 5 amod
            executive NN executive 0 root
            of IN of 7 case
            Alibaba NNP Alibaba 5 nmod
            . . . 5 punct
            """, expected: ["Wu ; is ; the chief executive of Alibaba"]),
        Case(name: "copula with a prepositional predicate", rows: """
            The DT the 2 det
            firm NN firm 5 nsubj
            is VBZ be 5 cop
            in IN in 5 case
            Hangzhou NNP Hangzhou 0 root
            . . . 5 punct
            """, expected: ["The firm ; is in ; Hangzhou"]),
        Case(name: "prepositional argument moves its preposition; time is an extra argument", rows: """
            He PRP he 2 nsubj
            taught VBD teach 0 root
            at IN at 5 case
            the DT the 5 det
            University NNP University 2 obl
            of IN of 7 case
            Connecticut NNP Connecticut 5 nmod
            from IN from 9 case
            1970 CD 1970 2 obl
            . . . 2 punct
            """, expected: ["He ; taught at ; the University of Connecticut ; from 1970"]),
        Case(name: "adverbs between auxiliary and verb stay in the relation", rows: """
            King NNP King 3 nsubj
            often RB often 3 advmod
            refers VBZ refer 0 root
            to IN to 6 case
            her PRP$ her 6 nmod:poss
            upbringing NN upbringing 3 obl
            . . . 3 punct
            """, expected: ["King ; often refers to ; her upbringing"]),
        Case(name: "phrasal verb", rows: """
            He PRP he 2 nsubj
            gave VBD give 0 root
            up RP up 2 compound:prt
            the DT the 5 det
            fight NN fight 2 obj
            . . . 2 punct
            """, expected: ["He ; gave up ; the fight"]),
        Case(name: "an adverb saying where something stands joins the relation", rows: """
            Prices NNS price 2 nsubj
            stayed VBD stay 0 root
            low RB low 2 advmod
            through IN through 6 case
            the DT the 6 det
            winter NN winter 2 obl
            . . . 2 punct
            """, expected: ["Prices ; stayed low through ; the winter"]),
        Case(name: "a verb conjoined to an open complement continues its relation", rows: """
            Construction NN construction 3 nsubj:pass
            is VBZ be 3 aux:pass
            expected VBN expect 0 root
            to TO to 5 mark
            begin VB begin 3 xcomp
            next JJ next 7 amod
            spring NN spring 5 obl:unmarked
            and CC and 10 cc
            to TO to 10 mark
            take VB take 5 conj
            three CD three 12 nummod
            years NNS year 10 obj
            . . . 3 punct
            """, expected: ["Construction ; is expected to begin ; next spring", "Construction ; is expected to take ; three years"]),
        Case(name: "a gerund of means after a passive has no subject", rows: """
            The DT the 2 det
            money NN money 5 nsubj:pass
            should MD should 5 aux
            be VB be 5 aux:pass
            spent VBN spend 0 root
            on IN on 7 mark
            repairing VBG repair 5 advcl
            roads NNS road 7 obj
            . . . 5 punct
            """, expected: []),
        Case(name: "an embedded question keeps its whether", rows: """
            Prosecutors NNS prosecutor 4 nsubj
            have VBP have 4 aux
            not RB not 4 advmod
            decided VBN decide 0 root
            whether IN whether 7 mark
            to TO to 7 mark
            bring VB bring 4 ccomp
            charges NNS charge 7 obj
            . . . 4 punct
            """, expected: ["Prosecutors ; have not decided ; whether to bring charges"]),
        Case(name: "what an object is expected to do keeps its to", rows: """
            Analysts NNS analyst 2 nsubj
            expect VBP expect 0 root
            prices NNS price 2 obj
            to TO to 5 mark
            double VB double 2 xcomp
            output NN output 5 obj
            . . . 2 punct
            """, expected: ["Analysts ; expect ; prices ; to double output", "prices ; to double ; output"]),
        Case(name: "auxiliaries, negation, money and dates", rows: """
            Alibaba NNP Alibaba 4 nsubj
            has VBZ have 4 aux
            not RB not 4 advmod
            earmarked VBN earmark 0 root
            $ $ $ 4 obj
            53 CD 53 7 compound
            billion CD billion 5 nummod
            in IN in 9 case
            2025 CD 2025 4 obl
            . . . 4 punct
            """, expected: ["Alibaba ; has not earmarked ; $ 53 billion ; in 2025"]),
        Case(name: "pronouns stay pronouns", rows: """
            She PRP she 2 nsubj
            founded VBD found 0 root
            it PRP it 2 obj
            . . . 2 punct
            """, expected: ["She ; founded ; it"]),
        Case(name: "an adverbial clause keeps its subordinator", rows: """
            Rodan NNP Rodan 2 nsubj
            taught VBD teach 0 root
            chemistry NN chemistry 2 obj
            until IN until 6 mark
            he PRP he 6 nsubj
            left VBD leave 2 advcl
            . . . 2 punct
            """, expected: ["Rodan ; taught ; chemistry ; until he left"]),
        Case(name: "a perfect participle clause states the past", rows: """
            Having VBG have 2 aux
            rejected VBN reject 7 advcl
            a DT a 4 det
            design NN design 2 obj
            , , , 2 punct
            they PRP they 7 nsubj
            voted VBD vote 0 root
            . . . 7 punct
            """, expected: ["they ; rejected ; a design"]),
        Case(name: "an age between commas stays out of the name", rows: """
            Vidal NNP Vidal 5 nsubj
            , , , 3 punct
            52 CD 52 1 amod
            , , , 1 punct
            joined VBD join 0 root
            Northfield NNP Northfield 5 obj
            . . . 5 punct
            """, expected: ["Vidal ; joined ; Northfield"]),
        Case(name: "a verb with only an adverbial clause states it", rows: """
            Northfield NNP Northfield 3 nsubj
            has VBZ have 3 aux
            struggled VBN struggle 0 root
            since IN since 7 mark
            a DT a 6 det
            program NN program 7 nsubj
            expired VBD expire 3 advcl
            . . . 3 punct
            """, expected: ["Northfield ; has struggled ; since a program expired"]),
        Case(name: "what did not happen is stated negated", rows: """
            The DT the 2 det
            bank NN bank 3 nsubj
            raised VBD raise 0 root
            rates NNS rate 3 obj
            without IN without 6 mark
            warning VBG warn 3 advcl
            customers NNS customer 6 obj
            . . . 3 punct
            """, expected: ["The bank ; raised ; rates", "The bank ; did not warn ; customers"]),
        Case(name: "a folded verb's oblique completes the relation", rows: """
            The DT the 2 det
            plant NN plant 4 nsubj
            is VBZ be 4 cop
            set JJ set 0 root
            to TO to 6 mark
            open VB open 4 xcomp
            in IN in 8 case
            2027 CD 2027 4 obl
            . . . 4 punct
            """, expected: ["The plant ; is set to open in ; 2027"]),
        Case(name: "a first name between a title and the surname is no title", rows: """
            Senator NNP Senator 2 compound
            Grace NNP Grace 3 compound
            Whitfield NNP Whitfield 4 nsubj
            spoke VBD speak 0 root
            on IN on 6 case
            Monday NNP Monday 4 obl
            . . . 4 punct
            """, expected: ["Senator Grace Whitfield ; spoke on ; Monday"]),
        Case(name: "a reported prepositional predicate keeps its preposition", rows: """
            Petrov NNP Petrov 2 nsubj
            said VBD say 0 root
            Halvard NNP Halvard 6 nsubj
            was VBD be 6 cop
            in IN in 6 case
            talks NNS talk 2 ccomp
            . . . 2 punct
            """, expected: ["Petrov ; said ; Halvard was in talks", "Halvard ; was in ; talks"]),
        Case(name: "a bare comparative after a linking verb is its complement", rows: """
            the DT the 2 det
            skirts NNS skirt 3 nsubj
            became VBD become 0 root
            longer RBR long 3 advmod
            . . . 3 punct
            """, expected: ["the skirts ; became ; longer"]),
        Case(name: "a time distance dates the clause", rows: """
            Several JJ several 2 amod
            years NNS year 3 obl:unmarked
            later RBR late 7 advmod
            the DT the 5 det
            trackage NN trackage 7 nsubj:pass
            was VBD be 7 aux:pass
            abandoned VBN abandon 0 root
            . . . 7 punct
            """, expected: ["the trackage ; was abandoned ; Several years later"]),
        Case(name: "a wh-clause after a preposition is its object", rows: """
            The DT the 2 det
            outcome NN outcome 3 nsubj
            depends VBZ depend 0 root
            on IN on 7 mark
            what WP what 7 obj
            he PRP he 7 nsubj
            does VBZ do 3 advcl
            . . . 3 punct
            """, expected: ["The outcome ; depends on ; what he does"]),
        Case(name: "no longer negates the relation", rows: """
            they PRP they 4 nsubj
            no RB no 3 advmod
            longer RBR long 4 advmod
            paid VBD pay 0 root
            for IN for 6 case
            themselves PRP themselves 4 obl
            . . . 4 punct
            """, expected: ["they ; no longer paid for ; themselves"]),
        Case(name: "a period that ended states nothing", rows: """
            sales NNS sale 2 nsubj
            rose VBD rise 0 root
            in IN in 5 case
            the DT the 5 det
            year NN year 2 obl
            that WDT that 7 nsubj
            ended VBD end 5 acl:relcl
            in IN in 9 case
            March NNP March 7 obl
            . . . 2 punct
            """, expected: ["sales ; rose in ; the year"]),
        Case(name: "a ranking ordinal completes the relation", rows: """
            Party NNP Party 2 nsubj
            came VBD come 0 root
            second RB second 2 advmod
            with IN with 5 case
            seats NNS seat 2 obl
            . . . 2 punct
            """, expected: ["Party ; came second with ; seats"]),
        Case(name: "an ordinal after a possessive states no possession", rows: """
            plant NN plant 5 nsubj
            would MD would 5 aux
            be VB be 5 cop
            group NN group 5 nmod:poss
            first NN first 0 root
            . . . 5 punct
            """, expected: ["plant ; would be ; group first"]),
        Case(name: "a relative clause on a named copular predicate is about the name", rows: """
            The DT the 2 det
            champions NNS champion 4 nsubj
            were VBD be 4 cop
            Kilmacud NNP Kilmacud 0 root
            Crokes NNP Crokes 4 flat
            , , , 9 punct
            who WP who 9 nsubj:pass
            were VBD be 9 aux:pass
            knocked VBN knock 4 acl:relcl
            out IN out 13 case
            of IN of 13 case
            the DT the 13 det
            competition NN competition 9 obl
            . . . 4 punct
            """, expected: ["The champions ; were ; Kilmacud Crokes", "Kilmacud Crokes ; were knocked out of ; the competition"]),
        Case(name: "an adverb before the preposition joins the relation", rows: """
            Ortiz NNP Ortiz 2 nsubj
            equalized VBD equalize 0 root
            just RB just 5 advmod
            before IN before 5 case
            halftime NN halftime 2 obl
            . . . 2 punct
            """, expected: ["Ortiz ; equalized just before ; halftime"]),
        Case(name: "a quantified relative pronoun picks part of the noun", rows: """
            The DT the 2 det
            participants NNS participant 12 nsubj
            , , , 7 punct
            most JJS most 7 nsubj
            of IN of 6 case
            whom WP whom 4 nmod
            lived VBD live 2 acl:relcl
            in IN in 10 case
            small JJ small 10 amod
            towns NNS town 7 obl
            , , , 7 punct
            wore VBD wear 0 root
            counters NNS counter 12 obj
            . . . 12 punct
            """, expected: ["most of the participants ; lived in ; small towns", "The participants ; wore ; counters"]),
        Case(name: "a degree adverb of a folded adjective stays in the relation", rows: """
            Smokers NNS smoker 4 nsubj
            are VBP be 4 cop
            less RBR less 4 advmod
            likely JJ likely 0 root
            to TO to 6 mark
            develop VB develop 4 xcomp
            cancer NN cancer 6 obj
            . . . 4 punct
            """, expected: ["Smokers ; are less likely to develop ; cancer"]),
    ]

    @Test(arguments: cases)
    func construction(_ c: Case) {
        let triples = Extractor().extract(from: sentence(c.rows))
        #expect(readable(triples) == c.expected)
        for t in triples {
            #expect(t.confidence > 0 && t.confidence < 1)
            #expect(!t.relationKey.isEmpty)
        }
    }
}
