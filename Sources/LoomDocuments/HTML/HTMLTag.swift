/// The HTML elements the extractor distinguishes; everything else is `.other` (treated as inline).
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, script, style, noscript, template, svg, math, iframe, object, embed
    case canvas, video, audio, picture, source
    case div, p, span, a, br, hr, img, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre, code
    case table, thead, tbody, tfoot, tr, td, th, caption
    case section, article, main, header, footer, nav, aside, figure, figcaption, address, details, summary
    case form, fieldset, legend, input, textarea, select, option, button, label
    case time, center

    /// Looks a tag up by its lower-case name bytes (libxml2's HTML parser lower-cases element names).
    static func lookup(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var pointer = name
        while pointer.pointee != 0 {
            hash = (hash ^ UInt64(pointer.pointee)) &* 0x100_0000_01b3
            pointer += 1
        }
        return lookupTable[hash] ?? .other
    }

    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    private static let names: [(String, HTMLTag)] = [
        ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta),
        ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template),
        ("svg", .svg), ("math", .math), ("iframe", .iframe), ("object", .object), ("embed", .embed),
        ("canvas", .canvas), ("video", .video), ("audio", .audio), ("picture", .picture), ("source", .source),
        ("div", .div), ("p", .p), ("span", .span), ("a", .a), ("br", .br), ("hr", .hr), ("img", .img),
        ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6), ("ul", .ul), ("ol", .ol),
        ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd), ("blockquote", .blockquote), ("pre", .pre),
        ("code", .code), ("table", .table), ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot),
        ("tr", .tr), ("td", .td), ("th", .th), ("caption", .caption), ("section", .section),
        ("article", .article), ("main", .main), ("header", .header), ("footer", .footer), ("nav", .nav),
        ("aside", .aside), ("figure", .figure), ("figcaption", .figcaption), ("address", .address),
        ("details", .details), ("summary", .summary), ("form", .form), ("fieldset", .fieldset),
        ("legend", .legend), ("input", .input), ("textarea", .textarea), ("select", .select),
        ("option", .option), ("button", .button), ("label", .label), ("time", .time), ("center", .center),
    ]
    private static let lookupTable: [UInt64: HTMLTag] = Dictionary(
        uniqueKeysWithValues: names.map { (hash($0.0), $0.1) })

    /// Elements whose whole subtree never contributes text (code, media, widgets, document head).
    var isDropped: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
             .video, .audio, .picture, .source, .textarea, .select, .option, .button, .input:
            return true
        default: return false
        }
    }

    /// Page furniture that is dropped from article text wherever it appears (`header` too, unless it
    /// sits inside `article`/`main`, where it holds the headline and standfirst; forms are judged by
    /// their inputs in conditional cleaning, since some sites wrap the whole page in one).
    var isFurniture: Bool {
        switch self {
        case .nav, .footer, .aside, .fieldset, .figcaption: return true
        default: return false
        }
    }

    /// Elements that start a new text block (a line break in rendered text).
    var isBlock: Bool {
        switch self {
        case .html, .body, .div, .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd,
             .blockquote, .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .section, .article,
             .main, .header, .footer, .nav, .aside, .figure, .figcaption, .address, .details, .summary, .form,
             .fieldset, .legend, .center, .img:
            return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// A container whose direct text reads as a paragraph of its own (Readability turns it into `<p>`).
    var isContainer: Bool {
        switch self {
        case .div, .section, .article, .main, .body, .center, .blockquote, .details, .html: return true
        default: return false
        }
    }

    /// Starting score of a candidate container, by tag.
    var baseScore: Double {
        switch self {
        case .div: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }
}
