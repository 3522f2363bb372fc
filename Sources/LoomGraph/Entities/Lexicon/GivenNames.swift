/// Common given names from many languages, lower-cased, compiled for Loom to recognise people by their
/// first name (`Eddie Wu`, `Søren Brandt`). Names used by both sexes appear in both sets; the sets
/// only steer `he`/`she`, so a missing name just means "unknown".
enum GivenNames {
    /// True when `word` (any case) is a known given name.
    static func contains(_ word: String) -> Bool {
        let lower = word.lowercased()
        return male.contains(lower) || female.contains(lower)
    }

    /// The grammatical gender suggested by a given name, or nil when unknown or used by both.
    static func gender(of word: String) -> Gender? {
        let lower = word.lowercased()
        switch (male.contains(lower), female.contains(lower)) {
        case (true, false): return .male
        case (false, true): return .female
        default: return nil
        }
    }

    static let male: Set<String> = [
        // English and Irish
        "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "andy", "anthony", "arthur",
        "ben", "benjamin", "bill", "bob", "brian", "bruce", "carl", "charles", "charlie", "chris",
        "christopher", "colin", "craig", "dan", "daniel", "dave", "david", "dennis", "donald", "doug",
        "douglas", "ed", "eddie", "edward", "eric", "frank", "fred", "gary", "george", "gerald", "graham",
        "greg", "gregory", "harry", "henry", "howard", "ian", "jack", "jacob", "james", "jason", "jeff",
        "jeffrey", "jeremy", "jerry", "jim", "joe", "john", "jonathan", "joseph", "josh", "justin", "keith",
        "ken", "kenneth", "kevin", "larry", "liam", "mark", "martin", "matt", "matthew", "michael", "mike",
        "neil", "nick", "nicholas", "oliver", "patrick", "paul", "peter", "phil", "philip", "ralph",
        "richard", "rick", "rob", "robert", "roger", "ronald", "ryan", "sam", "samuel", "scott", "sean",
        "simon", "stephen", "steve", "steven", "stuart", "ted", "thomas", "tim", "timothy", "todd", "tom",
        "tony", "walter", "warren", "william", "marcus", "brad", "elon", "jensen", "satya", "sundar",
        // German, Dutch, Nordic
        "hans", "jürgen", "klaus", "stefan", "wolfgang", "dieter", "uwe", "lars", "henrik", "søren",
        "soren", "anders", "nils", "jan", "pieter", "willem", "johan", "magnus", "olaf", "sven", "erik",
        "mikael", "jens", "bjørn", "fritz", "markus", "matthias",
        // Romance languages
        "josé", "jose", "juan", "carlos", "luis", "miguel", "pedro", "pablo", "javier", "diego", "antonio",
        "francesco", "giuseppe", "marco", "luca", "giovanni", "alessandro", "pierre", "jean", "jacques",
        "françois", "francois", "louis", "philippe", "nicolas", "laurent", "olivier", "andré", "andre",
        "joão", "joao", "rafael", "sergio", "fernando", "emmanuel",
        // Slavic, Greek, Middle East, Africa
        "ivan", "dmitry", "sergei", "vladimir", "andrzej", "piotr", "tomasz", "nikos", "mohammed",
        "muhammad", "ahmed", "ali", "omar", "hassan", "yusuf", "mustafa", "kwame", "chinedu", "tunde",
        // Asia
        "hiroshi", "takeshi", "kenji", "akira", "masayoshi", "tadashi", "wei", "jun", "ming", "hao",
        "jian", "xi", "li", "rajesh", "amit", "rahul", "arjun", "vijay", "sanjay", "mukesh", "gautam",
        "jin-ho", "min-jun", "seung", "hyun",
    ]

    static let female: Set<String> = [
        // English and Irish
        "alice", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne", "barbara", "betty", "carol",
        "caroline", "catherine", "charlotte", "christine", "claire", "deborah", "denise", "diana", "dana",
        "donna", "dorothy", "elizabeth", "ellen", "emily", "emma", "grace", "hannah", "heather", "helen",
        "jane", "janet", "jennifer", "jessica", "joan", "julia", "julie", "karen", "kate", "katherine",
        "kelly", "kim", "laura", "lauren", "linda", "lisa", "lucy", "margaret", "maria", "mary", "megan",
        "melissa", "michelle", "monica", "nancy", "natalie", "nicole", "olivia", "pamela", "patricia",
        "rachel", "rebecca", "ruth", "sandra", "sarah", "sharon", "sophie", "stephanie", "susan", "teresa",
        "victoria", "wendy", "abigail", "sheryl", "ursula", "gina", "mira", "nadia",
        // European
        "anja", "birgit", "greta", "ingrid", "karin", "sabine", "ulrike", "astrid", "freja", "sigrid",
        "hélène", "helene", "léa", "lea", "aurélie", "aurelie", "marie", "camille", "isabelle",
        "nathalie", "giulia", "francesca", "chiara", "sofia", "lucía", "lucia", "carmen", "elena",
        "isabel", "ana", "beatriz", "inês", "ines", "olga", "irina", "natalia", "katarzyna", "agnieszka",
        // Asia, Middle East, Africa
        "priya", "anjali", "sunita", "deepa", "aiko", "yuki", "keiko", "mei", "ying", "xiaoming", "fatima",
        "aisha", "leila", "amina", "ngozi", "ji-woo", "soo-jin",
    ]

    enum Gender: Sendable { case male, female }
}
