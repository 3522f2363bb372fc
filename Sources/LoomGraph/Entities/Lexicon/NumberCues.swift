/// Words and symbols that type numeric expressions as MONEY, PERCENT or DATE.
enum NumberCues {
    /// Currency symbols, as whole tokens or as a token's first character (`$53`, `€45`).
    static let currencySymbols: Set<Character> = ["$", "€", "£", "¥", "₹", "₩", "₽", "₣"]

    /// Currency words and codes (lower-case).
    static let currencyWords: Set<String> = [
        "dollar", "dollars", "usd", "us$", "yuan", "renminbi", "rmb", "cny", "euro", "euros", "eur", "pound",
        "pounds", "sterling", "gbp", "yen", "jpy", "franc", "francs", "chf", "rupee", "rupees", "inr", "won",
        "krw", "ruble", "rubles", "rouble", "roubles", "peso", "pesos", "real", "reais", "krona", "kronor",
        "krone", "kroner", "dkk", "sek", "nok", "rand", "lira", "dirham", "dirhams", "riyal", "riyals",
        "cent", "cents", "pence", "hk$", "a$", "c$", "s$",
    ]

    /// Percent words (lower-case); the `%` sign is checked separately.
    static let percentWords: Set<String> = ["percent", "per cent", "pct", "percentage", "%"]

    /// Month names and their usual abbreviations (lower-case).
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug",
        "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    ]

    /// Weekday names and other date words (lower-case).
    static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon.", "tue.",
        "wed.", "thu.", "fri.", "sat.", "sun.", "today", "yesterday", "tomorrow", "year", "day",
        "month", "week", "decade", "century", "weekend", "spring", "summer", "autumn", "winter",
        "q1", "q2", "q3", "q4", "h1", "h2", "fy",
    ]

    /// Scale words that belong to a number (`53 billion`).
    static let scaleWords: Set<String> = [
        "hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "m", "k", "dozen",
    ]
}
