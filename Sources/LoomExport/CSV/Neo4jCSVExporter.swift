import LoomGraph

/// Writes the graph as two CSV files for Neo4j's bulk importer: `nodes.csv` and `edges.csv`.
///
/// Headers:
///
///     id:ID,label,type,aliases:string[],degree:int,mentions:int,:LABEL
///     :START_ID,:END_ID,:TYPE,label,relation_key,count:int,confidence:double,sources:string[]
///
/// `:LABEL` is the entity type (`PERSON`, …); `:TYPE` is the relation key upper-snake-cased and
/// restricted to `[A-Z0-9_]` (`pledge to invest` → `PLEDGE_TO_INVEST`, `RELATED_TO` when empty).
/// Fields follow RFC 4180 (quoted when they contain `,`, `"`, CR or LF, or are empty; `"` doubled);
/// lines end with LF. Arrays are `;`-separated; a `;` inside an alias or path becomes U+FF1B `；`
/// because Neo4j cannot escape its array delimiter. Everything else is written unchanged.
///
/// Import into a stopped Neo4j 5 server (files in its `import/` folder):
///
///     neo4j-admin database import full neo4j --nodes=import/nodes.csv \
///         --relationships=import/edges.csv --array-delimiter=";" --multiline-fields=true \
///         --overwrite-destination=true
public struct Neo4jCSVExporter: Sendable {
    /// The file names written into the output folder.
    public static let nodesFileName = "nodes.csv"
    public static let edgesFileName = "edges.csv"
    /// First line of each file; also how Loom recognises its own files before overwriting them.
    public static let nodesHeader = "id:ID,label,type,aliases:string[],degree:int,mentions:int,:LABEL"
    public static let edgesHeader =
        ":START_ID,:END_ID,:TYPE,label,relation_key,count:int,confidence:double,sources:string[]"

    public init() {}

    /// The contents of `nodes.csv`.
    public func nodesCSV(_ graph: KnowledgeGraph) -> String {
        var out = Self.nodesHeader + "\n"
        for node in graph.nodes {
            let fields = [
                String(node.id), CSVField.quote(node.label), node.type.rawValue,
                CSVField.array(node.aliases.map(\.text)), String(node.degree), String(node.mentionCount),
                node.type.rawValue,
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The contents of `edges.csv`.
    public func edgesCSV(_ graph: KnowledgeGraph) -> String {
        var out = Self.edgesHeader + "\n"
        for edge in graph.edges {
            let fields = [
                String(edge.source), String(edge.target), CSVField.relationshipType(edge.relationKey),
                CSVField.quote(edge.label), CSVField.quote(edge.relationKey), String(edge.count),
                String(edge.confidence), CSVField.array(edge.documents),
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// Both files by name, for writing into a folder.
    public func files(_ graph: KnowledgeGraph) -> [(name: String, contents: String, header: String)] {
        [
            (Self.nodesFileName, nodesCSV(graph), Self.nodesHeader),
            (Self.edgesFileName, edgesCSV(graph), Self.edgesHeader),
        ]
    }
}
