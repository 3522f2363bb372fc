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
    private var hintCache: [[UInt8]: ClassHints] = [:]

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
        let attributes = Attributes(node)
        if !attributes.className.isEmpty || !attributes.id.isEmpty {
            let key = attributes.className + [0] + attributes.id
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

/// The attributes of one element that the extractor uses.
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

    init(_ node: xmlNodePtr) {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let namePointer = current.pointee.name else { continue }
            let valuePointer = current.pointee.children?.pointee.content
            let name = String(cString: namePointer)
            func value() -> String { valuePointer.map { String(cString: $0) } ?? "" }
            func lowerBytes() -> [UInt8] {
                guard let valuePointer else { return [] }
                let buffer = UnsafeBufferPointer(start: valuePointer, count: Int(xmlStrlen(valuePointer)))
                return buffer.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            }
            switch name {
            case "class": className = lowerBytes()
            case "id": id = lowerBytes()
            case "hidden": isHidden = true
            case "aria-hidden": if value().lowercased() == "true" { isHidden = true }
            case "style":
                let style = value().lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { isHidden = true }
            case "role": hasUnlikelyRole = Self.unlikelyRoles.contains(value().lowercased())
            case "rel": if value().lowercased() == "author" { isAuthor = true }
            case "itemprop":
                let property = value()
                if property.lowercased() == "author" { isAuthor = true }
                if metaName == nil { metaName = property }
            case "name", "property": metaName = value()
            case "content": content = value()
            case "type": type = value()
            case "lang": lang = value()
            case "datetime": datetime = value()
            default: break
            }
        }
    }
}
