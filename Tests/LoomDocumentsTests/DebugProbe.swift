import Foundation
import Testing
@testable import LoomDocuments

@Test func debugProbe() throws {
    guard let name = ProcessInfo.processInfo.environment["PROBE_PAGE"],
          let needle = ProcessInfo.processInfo.environment["PROBE_TEXT"] else { return }
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "/work/shared/data/html-readability/\(name)/source.html")))
    let all: [ExtractionOptions] = [[.stripUnlikely, .weightClasses, .cleanConditionally], [.weightClasses, .cleanConditionally], [.cleanConditionally], []]
    let opts = all[Int(ProcessInfo.processInfo.environment["PROBE_PASS"] ?? "0")!]
    let tree = LibXMLParser.parse(bytes, encoding: "UTF-8")!
    let facts = NodeFacts(tree)
    let pass = ExtractionPass(tree: tree, facts: facts, options: opts)
    var scorer = ContentScorer(tree: tree, facts: facts, pass: pass, options: opts)
    let roots = scorer.select()
    let cleaner = ContentCleaner(tree: tree, facts: facts, pass: pass, scores: scorer.scores, options: opts)
    let removed = cleaner.clean(roots: roots)
    let ranked = tree.nodes.indices.filter { !scorer.scores[$0].isNaN }.sorted { scorer.scores[$0] > scorer.scores[$1] }.prefix(6)
    print("TOP", ranked.map { "\($0) \(tree.nodes[$0].tag) \(scorer.scores[$0]) parent \(tree.nodes[$0].parent) end \(facts.ends[$0])" })
    print("ROOTS", roots.map { "\($0) \(tree.nodes[Int($0)].tag) score \(scorer.scores[Int($0)])" })
    for index in tree.nodes.indices where tree.nodes[index].tag == .text {
        let text = String(decoding: tree.text[Int(tree.nodes[index].textStart) ..< Int(tree.nodes[index].textEnd)], as: UTF8.self)
        guard text.contains(needle) else { continue }
        var chain: [String] = []
        var cur = Int32(index)
        while cur >= 0 {
            let n = tree.nodes[Int(cur)]
            chain.append("\(cur) \(n.tag) w\(n.hints.weight) f\(n.hints.flags) passRemoved=\(pass.removed[Int(cur)]) cleanRemoved=\(removed[Int(cur)]) score=\(scorer.scores[Int(cur)])")
            cur = n.parent
        }
        print(chain.joined(separator: "\n"))
        break
    }
}
