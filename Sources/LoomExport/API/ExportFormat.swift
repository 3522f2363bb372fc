/// The file formats `loom export` can write.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML (XML), for Gephi, networkx, igraph, yEd and Cytoscape.
    case graphml
    /// Graphviz DOT, styled for reading; can be rendered to SVG or PNG.
    case dot
    /// One JSON document with every node and edge attribute (and evidence when present).
    case json
    /// JSON Lines: one triple per line with its provenance.
    case jsonl
    /// Two CSV files (`nodes.csv`, `edges.csv`) for `neo4j-admin database import full`.
    case csv

    /// Whether the format is written as a folder of files rather than one file.
    public var writesFolder: Bool { self == .csv }

    /// Whether the format carries per-mention evidence (so the store should load it).
    public var includesEvidence: Bool { self == .json || self == .jsonl }

    /// The usual file name extension.
    public var fileExtension: String { rawValue }
}
