import LoomGraph

/// Turns a graph into the text of one file.
///
/// Conformers are pure: the same graph always gives byte-identical output (nodes and edges are
/// written in id order, attributes in a fixed order). CSV writes two files and has its own API
/// (``Neo4jCSVExporter``).
public protocol GraphExporter: Sendable {
    /// The line (or prefix) every output starts with, so later exports recognise Loom's own files
    /// and refuse to overwrite anything else.
    var marker: String { get }

    /// Serializes the graph.
    ///
    /// - Parameter graph: The graph to write; filter it first with ``GraphFilter``.
    /// - Returns: The whole file as a string.
    /// - Throws: ``ExportError`` when the graph cannot be written in this format (e.g. too large).
    func export(_ graph: KnowledgeGraph) throws(ExportError) -> String
}
