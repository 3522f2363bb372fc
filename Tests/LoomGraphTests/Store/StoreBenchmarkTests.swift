import Foundation
import Testing
@testable import LoomGraph

/// Timing runs, off unless `LOOM_BENCH=1` (they print figures; they assert nothing about time).
///
///     LOOM_BENCH=1 swift test -c release --filter StoreBenchmarkTests
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LOOM_BENCH"] != nil), .serialized)
struct StoreBenchmarkTests {
    typealias F = StoreFixture

    private static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func subjectQueryOnAMillionEdges() throws {
        let folder = ProcessInfo.processInfo.environment["LOOM_BENCH_DIR"] ?? F.folder()
        let path = folder + "/bench-1m.sqlite"
        let exists = FileManager.default.fileExists(atPath: path)
        let store = try GraphStore(path: path)
        if !exists {
            let fill = try Self.seconds { try SyntheticGraph().fill(store) }
            print("bench: filled 1M-edge synthetic store in \(String(format: "%.1f", fill)) s at \(path)")
        }
        let query = GraphQuery(store: store)
        var random = SplitMix(seed: 7)
        var times: [Double] = []
        var rows = 0
        for _ in 0..<200 {
            let name = "entity \(random.next() % 100_000 + 1)"
            times.append(try Self.seconds { rows += try query.edges(matching: EdgeFilter(subject: name, evidence: 1)).count })
        }
        times.sort()
        let hub = try Self.seconds { _ = try query.edges(matching: EdgeFilter(subject: "Entity 1", evidence: 1)) }
        let hubDegree = try query.entities(named: "Entity 1").first?.degree ?? 0
        let pathTime = try Self.seconds { _ = try query.paths(from: "Entity 500", to: "Entity 77777", maxLength: 4) }
        print("bench: subject query over 200 random entities: median \(ms(times[100])) ms, p95 \(ms(times[190])) ms,"
            + " max \(ms(times[199])) ms (\(rows) rows); hub Entity 1 (degree \(hubDegree)): \(ms(hub)) ms; path: \(ms(pathTime)) ms")
        #expect(rows > 0)
    }

    @Test func ingestCostStaysFlatAsTheStoreGrows() throws {
        let store = try F.store()
        var random = SplitMix(seed: 11)
        var times: [Double] = []
        for article in 0..<10_000 {
            var triples: [ResolvedTriple] = []
            for sentence in 0..<20 {
                let subject = F.mention("Company \(random.next() % 20_000)")
                let object = F.person("Person \(random.next() % 50_000)")
                triples.append(F.triple(subject, "relation \(random.next() % 300)", object, sentence: sentence))
            }
            times.append(try Self.seconds { try F.ingest(store, "article-\(article).html", triples) })
        }
        let first = times[0..<100].reduce(0, +) / 100
        let last = times[9_900..<10_000].reduce(0, +) / 100
        print("bench: ingest of a 20-triple article: \(ms(first)) ms at articles 1-100, \(ms(last)) ms at articles 9,901-10,000")
        #expect(times.count == 10_000)
    }
}

private func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }
