import CLibXML2

/// The attributes of one element that the extractor uses. Names are compared as bytes and values
/// become Swift strings only when the element needs them (meta, script, html, time).
struct LibXMLAttributes {
    var className: [UInt8] = []
    var id: [UInt8] = []
    var isHidden = false
    var hasUnlikelyRole = false
    var isAuthor = false
    var metaName: String?
    var content: String?
    var type: String?
    var lang: String?
    var datetime: String?
    /// `pubdate` attribute or `itemprop="datePublished"`.
    var isPublishedTime = false

    private static let unlikelyRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    ]

    init(_ node: xmlNodePtr, tag: HTMLTag) {
        var attribute = node.pointee.properties
        let wantsStrings = tag == .meta || tag == .script || tag == .html || tag == .time
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name else { continue }
            let valuePointer = current.pointee.children?.pointee.content
            func value() -> String { valuePointer.map { String(cString: $0) } ?? "" }
            func lowerBytes() -> [UInt8] {
                guard let valuePointer else { return [] }
                let buffer = UnsafeBufferPointer(start: valuePointer, count: Int(xmlStrlen(valuePointer)))
                return buffer.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            }
            switch name.pointee {
            case 0x63:  // c
                if Self.equals(name, "class") { className = lowerBytes() }
                else if wantsStrings, Self.equals(name, "content") { content = value() }
            case 0x69:  // i
                if Self.equals(name, "id") { id = lowerBytes() }
                else if Self.equals(name, "itemprop") {
                    let property = value()
                    if property.lowercased() == "author" { isAuthor = true }
                    if property.lowercased() == "datepublished" { isPublishedTime = true }
                    if wantsStrings, metaName == nil { metaName = property }
                }
            case 0x68:  // h
                if Self.equals(name, "hidden") { isHidden = true }
            case 0x61:  // a
                if Self.equals(name, "aria-hidden"), value().lowercased() == "true" { isHidden = true }
            case 0x73:  // s
                if Self.equals(name, "style") {
                    let style = lowerBytes().filter { $0 != 0x20 }
                    if ClassHints.contains(style, Self.displayNone) || ClassHints.contains(style, Self.visibilityHidden) {
                        isHidden = true
                    }
                }
            case 0x72:  // r
                if Self.equals(name, "role") { hasUnlikelyRole = Self.unlikelyRoles.contains(value().lowercased()) }
                else if Self.equals(name, "rel"), value().lowercased() == "author" { isAuthor = true }
            case 0x6E, 0x70:  // n, p
                if wantsStrings, Self.equals(name, "name") || Self.equals(name, "property") { metaName = value() }
                else if Self.equals(name, "pubdate") { isPublishedTime = true }
            case 0x74:  // t
                if wantsStrings, Self.equals(name, "type") { type = value() }
            case 0x6C:  // l
                if wantsStrings, Self.equals(name, "lang") { lang = value() }
            case 0x64:  // d
                if wantsStrings, Self.equals(name, "datetime") { datetime = value() }
            default:
                break
            }
        }
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    /// Whether a NUL-terminated name equals an ASCII literal.
    private static func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        for index in 0 ..< count where name[index] != bytes[index] { return false }
        return name[count] == 0
    }
}
