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
        let attributes = LibXMLAttributes(node, tag: tag)
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
            if let datetime = attributes.datetime {
                let marked = attributes.isPublishedTime
                    || ClassHints.contains(attributes.className, Array("publish".utf8))
                tree.info.times.append((index, datetime, marked))
            }
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
