import Foundation
import Testing
@testable import LoomGraph

/// Timing runs, off unless `LOOM_BENCH=1` (they print figures; they assert nothing about time).
///
///     LOOM_BENCH=1 swift test -c release --filter StoreBenchmarkTests
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LOOM_BENCH"] != nil), .serialized)
struct StoreBenchmarkTests {
    typealias F = StoreFixture

    /// CPU time of the calling thread (robust to other load on the machine).
    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

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
        var graph = KnowledgeGraph(nodes: [], edges: [])
        let whole = try Self.seconds { graph = try store.graph(includeEvidence: 1) }
        print("bench: graph(includeEvidence: 1) of \(graph.nodes.count) nodes, \(graph.edges.count) edges: \(ms(whole)) ms")
        #expect(rows > 0)
    }

    @Test func ingestCostStaysFlatAsTheStoreGrows() throws {
        let store = try F.store()
        var random = SplitMix(seed: 11)
        var times: [Double] = []
        var cpu: [Double] = []
        for article in 0..<10_000 {
            var triples: [ResolvedTriple] = []
            for sentence in 0..<20 {
                let subject = F.mention("Company \(random.next() % 20_000)")
                let object = F.person("Person \(random.next() % 50_000)")
                triples.append(F.triple(subject, "relation \(random.next() % 300)", object, sentence: sentence))
            }
            let start = Self.cpuSeconds()
            times.append(try Self.seconds { try F.ingest(store, "article-\(article).html", triples) })
            cpu.append(Self.cpuSeconds() - start)
        }
        for block in [0, 1_000, 4_900, 9_900] {
            let wall = times[block..<block + 100].reduce(0, +) / 100
            let thread = cpu[block..<block + 100].reduce(0, +) / 100
            print("bench: ingest of a 20-triple article at articles \(block + 1)-\(block + 100): wall \(ms(wall)) ms, CPU \(ms(thread)) ms")
        }
        #expect(times.count == 10_000)
    }
}

private func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }
