import CLibXML2

/// The only place that talks to libxml2: parses HTML bytes and copies the tree into flat Swift arrays
/// (`HTMLTree`), walking it iteratively so that very deep nesting cannot overflow the stack.
enum LibXMLParser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` (in `encoding`, a name libxml2 knows such as "UTF-8" or "windows-1252").
    /// Returns nil only when libxml2 produces no document at all.
    static func parse(_ bytes: [UInt8], encoding: String) -> HTMLTree? {
        guard initialized, !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var builder = TreeBuilder()
        builder.tree.nodes.reserveCapacity(bytes.count / 48)
        builder.tree.text.reserveCapacity(bytes.count / 4)
        builder.walk(document.pointee.children)
        return builder.tree
    }
}

/// Copies a libxml2 tree into an `HTMLTree`.
private struct TreeBuilder {
    var tree = HTMLTree()
    private var hintCache: [UInt64: ClassHints] = [:]

    mutating func walk(_ first: xmlNodePtr?) {
        var stack: [Int32] = [-1]
        var current = first
        var sawBody = false
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = Int32(tree.nodes.count)
                descend = visitElement(node, parent: stack[stack.count - 1])
                if !sawBody, tree.nodes[Int(index)].tag == .body {
                    tree.body = index
                    sawBody = true
                }
                if descend, node.pointee.children != nil { stack.append(index) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendText(node.pointee.content, parent: stack[stack.count - 1])
            default:
                break
            }
            if descend, let child = node.pointee.children {
                current = child
                continue
            }
            current = nil
            var climbing: xmlNodePtr? = node
            while let step = climbing {
                if let next = step.pointee.next {
                    current = next
                    break
                }
                guard let parent = step.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                stack.removeLast()
                climbing = parent
            }
        }
    }

    private mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>?, parent: Int32) {
        guard let content, parent >= 0 else { return }
        let length = Int(xmlStrlen(content))
        guard length > 0 else { return }
        let start = Int32(tree.text.count)
        tree.text.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
        tree.nodes.append(HTMLNode(tag: .text, parent: parent, textStart: start, textEnd: Int32(tree.text.count)))
    }

    /// Adds the element and records what it tells about the page; returns whether to walk its children.
    private mutating func visitElement(_ node: xmlNodePtr, parent: Int32) -> Bool {
        let tag = node.pointee.name.map { HTMLTag.lookup($0) } ?? .other
        let index = Int32(tree.nodes.count)
        var element = HTMLNode(tag: tag, parent: parent)
        let attributes = Attributes(node, tag: tag)
        if !attributes.className.isEmpty || !attributes.id.isEmpty {
            let key = Self.fingerprint(attributes.className, attributes.id)
            if let cached = hintCache[key] {
                element.hints = cached
            } else {
                let hints = ClassHints.analyze(className: attributes.className, id: attributes.id)
                hintCache[key] = hints
                element.hints = hints
            }
        }
        if attributes.isHidden { element.hints.flags |= ClassHints.hidden }
        if attributes.hasUnlikelyRole { element.hints.flags |= ClassHints.unlikelyRole }
        tree.nodes.append(element)
        if attributes.isAuthor { tree.info.authorNodes.append(index) }
        switch tag {
        case .title:
            if tree.info.title == nil { tree.info.title = Self.childText(node) }
            return false
        case .meta:
            if let name = attributes.metaName, let content = attributes.content {
                tree.info.meta.append((name.lowercased(), content))
            }
            return false
        case .script:
            if attributes.type?.lowercased().contains("ld+json") == true, let json = Self.childText(node) {
                tree.info.jsonLD.append(json)
            }
            return false
        case .html:
            if tree.info.language == nil { tree.info.language = attributes.lang }
        case .time:
            if let datetime = attributes.datetime { tree.info.times.append((index, datetime)) }
        case .head:
            return true
        default:
            break
        }
        return !tag.isDropped && !attributes.isHidden
    }

    /// 64-bit FNV-1a of class and id, the cache key for their hints.
    private static func fingerprint(_ className: [UInt8], _ id: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in className { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        for byte in id { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Concatenated text of the direct text/CDATA children.
    private static func childText(_ node: xmlNodePtr) -> String? {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content,
                current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE
            {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            child = current.pointee.next
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}

/// The attributes of one element that the extractor uses. Names are compared as bytes and values
/// become Swift strings only when the element needs them (meta, script, html, time).
private struct Attributes {
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
