import Foundation
@testable import LoomDocuments

/// Small HTML fixtures built in code.
enum Fixture {
    /// Realistic article paragraphs (with commas and sentence ends) so that scoring has something to find.
    static func paragraphs(_ count: Int, topic: String = "council") -> String {
        (1 ... count).map {
            "<p>In paragraph \($0), the \(topic) said that the new budget, after a long and heated debate, "
                + "would fund schools, roads and parks across the city for the next three years.</p>"
        }.joined(separator: "\n")
    }

    static func page(head: String = "", body: String) -> String {
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    static func read(_ html: String, path: String = "fixture.html") throws -> Article {
        try DocumentReader().read(data: Array(html.utf8), path: path, isHTML: true)
    }

    static func read(bytes: [UInt8], isHTML: Bool) throws -> Article {
        try DocumentReader().read(data: bytes, path: isHTML ? "fixture.html" : "fixture.txt", isHTML: isHTML)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loom-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
