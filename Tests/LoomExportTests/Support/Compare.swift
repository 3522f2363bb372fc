import Testing

/// Compares what a reader gave back with what was written, reporting each difference briefly (labels
/// can be 20 KB long, so whole values are not printed).
enum Compare {
    static func brief(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { s -> String in
            s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value >= 0xFFF0 ? "\\u{\(String(s.value, radix: 16))}" : String(s)
        }
        let joined = scalars.joined()
        return joined.count > 80 ? "\(joined.prefix(60))… (\(text.unicodeScalars.count) scalars)" : joined
    }

    static func strings(_ read: [String], _ expected: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(read.count == expected.count, "\(what): \(read.count) values read, \(expected.count) written", sourceLocation: sourceLocation)
        for (i, (r, e)) in zip(read, expected).enumerated() where r != e {
            Issue.record("\(what)[\(i)]: read \"\(brief(r))\", wrote \"\(brief(e))\"", sourceLocation: sourceLocation)
        }
    }

    static func graphs(_ read: ReadBackGraph, _ expected: ReadBackGraph, sourceLocation: SourceLocation = #_sourceLocation) {
        strings(read.nodes.map(\.id), expected.nodes.map(\.id), "node id", sourceLocation: sourceLocation)
        strings(read.nodes.map(\.label), expected.nodes.map(\.label), "node label", sourceLocation: sourceLocation)
        strings(read.nodes.map(\.type), expected.nodes.map(\.type), "node type", sourceLocation: sourceLocation)
        strings(read.nodes.flatMap(\.aliases), expected.nodes.flatMap(\.aliases), "alias", sourceLocation: sourceLocation)
        #expect(read.nodes.map(\.degree) == expected.nodes.map(\.degree), sourceLocation: sourceLocation)
        #expect(read.nodes.map(\.mentions) == expected.nodes.map(\.mentions), sourceLocation: sourceLocation)
        strings(read.edges.map(\.source), expected.edges.map(\.source), "edge source", sourceLocation: sourceLocation)
        strings(read.edges.map(\.target), expected.edges.map(\.target), "edge target", sourceLocation: sourceLocation)
        strings(read.edges.map(\.label), expected.edges.map(\.label), "edge label", sourceLocation: sourceLocation)
        strings(read.edges.map(\.relationKey), expected.edges.map(\.relationKey), "relation key", sourceLocation: sourceLocation)
        strings(read.edges.flatMap(\.sources), expected.edges.flatMap(\.sources), "source", sourceLocation: sourceLocation)
        #expect(read.edges.map(\.count) == expected.edges.map(\.count), sourceLocation: sourceLocation)
        #expect(read.edges.map(\.confidence) == expected.edges.map(\.confidence), sourceLocation: sourceLocation)
    }
}
