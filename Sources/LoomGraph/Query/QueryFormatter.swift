import Foundation

/// Renders query results for the command line: an aligned table, TSV or JSON (see ``OutputFormat``).
public enum QueryFormatter {
    /// Edges with subject, relation, object, count and confidence; evidence (file:line and sentence)
    /// under each edge in a table, one row per evidence item in TSV.
    public static func edges(_ matches: [EdgeMatch], format: OutputFormat) -> String {
        if format == .json { return json(matches) }
        let withEvidence = matches.contains { !$0.evidence.isEmpty }
        var table = TextTable(edgeHeaders(prefix: [], evidence: withEvidence && format == .tsv))
        for match in matches { append(match, prefix: [], to: &table, format: format) }
        return table.render(format)
    }

    /// A neighborhood: one row per edge with its distance from the center.
    public static func neighborhood(_ neighborhood: Neighborhood, format: OutputFormat) -> String {
        if format == .json { return json(neighborhood) }
        let withEvidence = neighborhood.edges.contains { !$0.edge.evidence.isEmpty }
        var table = TextTable(edgeHeaders(prefix: ["distance"], evidence: withEvidence && format == .tsv))
        for item in neighborhood.edges { append(item.edge, prefix: [String(item.distance)], to: &table, format: format) }
        var text = table.render(format)
        if neighborhood.truncated && format == .table { text += "(stopped at the edge limit; raise --limit for more)\n" }
        return text
    }

    /// Paths: one row per hop, numbered by path; `<-` marks a hop that goes against the edge direction.
    public static func paths(_ paths: [RelationPath], format: OutputFormat) -> String {
        if format == .json { return json(paths) }
        let withEvidence = paths.contains { $0.hops.contains { !$0.edge.evidence.isEmpty } }
        var table = TextTable(edgeHeaders(prefix: ["path", "hop", "direction"], evidence: withEvidence && format == .tsv))
        for (number, path) in paths.enumerated() {
            for (index, hop) in path.hops.enumerated() {
                append(hop.edge, prefix: [String(number + 1), String(index + 1), hop.forward ? "->" : "<-"], to: &table, format: format)
            }
        }
        return table.render(format)
    }

    /// Entities with type, mention count, degree and aliases.
    public static func entities(_ nodes: [GraphNode], format: OutputFormat) -> String {
        if format == .json { return json(nodes) }
        var table = TextTable(["entity", "type", "mentions", "degree", "aliases"])
        for node in nodes {
            let aliases = node.aliases.map { "\($0.text) (\($0.count))" }.joined(separator: "; ")
            table.append([node.label, node.type.rawValue, String(node.mentionCount), String(node.degree), aliases])
        }
        return table.render(format)
    }

    /// Statistics as `section / name / value` rows.
    public static func statistics(_ stats: StoreStatistics, format: OutputFormat) -> String {
        if format == .json { return json(stats) }
        var table = TextTable(["section", "name", "count"])
        for (name, value) in [
            ("documents", stats.documents), ("sentences", stats.sentences), ("entities", stats.entities),
            ("edges", stats.edges), ("mentions", stats.mentions), ("relations", stats.relations),
        ] {
            table.append(["total", name, String(value)])
        }
        for item in stats.entitiesByType { table.append(["entities by type", item.name, String(item.count)]) }
        for item in stats.topEntities {
            table.append(["top entities", "\(item.name) (\(item.type?.rawValue ?? "?"))", String(item.count)])
        }
        for item in stats.topRelations { table.append(["top relations", item.name, String(item.count)]) }
        return table.render(format)
    }

    /// Pretty JSON with sorted keys, ending in a newline.
    public static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// ` (Title, 2025-03-01)` from the document's metadata, or nothing.
    static func source(_ evidence: Evidence) -> String {
        let parts = [evidence.title, evidence.published.map { String($0.prefix(10)) }].compactMap { $0 }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    private static func edgeHeaders(prefix: [String], evidence: Bool) -> [String] {
        prefix + ["subject", "relation", "object", "count", "confidence"] + (evidence ? ["file", "line", "title", "published", "sentence"] : [])
    }

    private static func append(_ match: EdgeMatch, prefix: [String], to table: inout TextTable, format: OutputFormat) {
        let cells = prefix + [
            match.subject.label, match.relation, match.object.label, String(match.count),
            String(format: "%.2f", match.confidence),
        ]
        if format == .tsv && table.headers.count > cells.count {
            if match.evidence.isEmpty { table.append(cells + ["", "", "", "", ""]) }
            for item in match.evidence {
                table.append(cells + [item.document, String(item.line), item.title ?? "", item.published ?? "", item.sentence])
            }
        } else {
            table.append(cells, details: match.evidence.map { "\($0.document):\($0.line)\(source($0))  \($0.sentence)" })
        }
    }
}
