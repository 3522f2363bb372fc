/// Countries, regions, states and major cities, lower-cased, compiled for Loom. Multi-word places are
/// written with single spaces (`hong kong`). Used to type a proper name as LOCATION.
enum Places {
    /// True when the lower-cased, space-joined `name` is a known place.
    static func contains(_ name: String) -> Bool { all.contains(name.lowercased()) }

    static let all: Set<String> = countries.union(regions).union(cities)

    static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan",
        "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria",
        "cambodia", "cameroon", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus",
        "czech republic", "czechia", "denmark", "ecuador", "egypt", "england", "estonia", "ethiopia",
        "finland", "france", "germany", "ghana", "greece", "hungary", "iceland", "india", "indonesia",
        "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "kuwait",
        "laos", "latvia", "lebanon", "libya", "lithuania", "luxembourg", "malaysia", "malta", "mexico",
        "mongolia", "morocco", "myanmar", "nepal", "netherlands", "new zealand", "nigeria", "north korea",
        "norway", "oman", "pakistan", "panama", "peru", "philippines", "poland", "portugal", "qatar",
        "romania", "russia", "saudi arabia", "scotland", "senegal", "serbia", "singapore", "slovakia",
        "slovenia", "south africa", "south korea", "korea", "spain", "sri lanka", "sudan", "sweden",
        "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey", "türkiye", "uganda",
        "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "u.k.", "united states", "us",
        "u.s.", "usa", "america", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen",
        "zambia", "zimbabwe",
    ]

    static let regions: Set<String> = [
        "europe", "asia", "africa", "north america", "south america", "latin america", "middle east",
        // AP-style state abbreviations, as datelines write them (`RICHLAND PARISH, La.`).
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.",
        "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.",
        "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.",
        "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.", "d.c.",
        "southeast asia", "east asia", "west bank", "gaza", "gaza strip", "persian gulf", "scandinavia", "the midwest", "midwest", "silicon valley",
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
        "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
        "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
        "washington state", "west virginia", "wisconsin", "wyoming", "ontario", "quebec",
        "british columbia", "bavaria", "catalonia", "lombardy", "tamil nadu", "karnataka", "maharashtra",
        "guangdong", "zhejiang", "jiangsu", "sichuan", "hokkaido", "herefordshire", "worcestershire",
        "yorkshire", "kent", "tuscany", "flanders", "wallonia", "siberia",
    ]

    static let cities: Set<String> = [
        "new york", "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio",
        "san diego", "dallas", "san francisco", "seattle", "boston", "denver", "detroit", "atlanta",
        "miami", "washington", "austin", "portland", "columbus", "cleveland", "pittsburgh", "milwaukee",
        "minneapolis", "nashville", "las vegas", "baltimore", "st. louis", "new orleans", "cupertino",
        "menlo park", "palo alto", "mountain view", "redmond", "toronto", "montreal", "vancouver",
        "mexico city", "são paulo", "sao paulo", "rio de janeiro", "buenos aires", "santiago", "lima",
        "bogotá", "bogota", "london", "paris", "berlin", "madrid", "barcelona", "rome", "milan", "munich",
        "frankfurt", "hamburg", "vienna", "zürich", "zurich", "geneva", "basel", "amsterdam", "rotterdam",
        "brussels", "antwerp", "lyon", "marseille", "lisbon", "porto", "dublin", "edinburgh", "manchester",
        "birmingham", "stockholm", "oslo", "copenhagen", "helsinki", "gdansk", "warsaw", "prague",
        "budapest", "athens", "istanbul", "moscow", "kyiv", "málaga", "malaga", "valencia", "seville",
        "hereford", "cairo", "lagos", "nairobi", "johannesburg", "cape town", "dubai", "abu dhabi", "riyadh",
        "doha", "tel aviv", "tehran", "mumbai", "new delhi", "delhi", "bengaluru", "bangalore", "chennai",
        "hyderabad", "kolkata", "karachi", "dhaka", "bangkok", "hanoi", "ho chi minh city", "jakarta",
        "kuala lumpur", "manila", "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "chengdu",
        "wuhan", "hong kong", "macau", "taipei", "seoul", "busan", "tokyo", "osaka", "kyoto", "sydney",
        "melbourne", "auckland", "lansing", "wenatchee", "yakima",
    ]
}
