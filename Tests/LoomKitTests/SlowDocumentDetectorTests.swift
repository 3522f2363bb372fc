import Testing
@testable import LoomKit

@Suite struct SlowDocumentDetectorTests {
    @Test func aDocumentFarSlowerThanTheRunsPaceIsNamed() throws {
        var detector = SlowDocumentDetector()
        for _ in 0..<10 {
            let ordinary = detector.note(seconds: 0.01, bytes: 10_000)
            #expect(ordinary == nil)
        }
        let note = detector.note(seconds: 3, bytes: 10_000)
        let warning = try #require(note)
        #expect(warning.hasPrefix("slow: analysis took 3.0 s for 10000 bytes"))
    }

    @Test func shortOrProportionateDocumentsAreNotReported() {
        var detector = SlowDocumentDetector()
        for _ in 0..<10 { _ = detector.note(seconds: 0.01, bytes: 10_000) }
        let short = detector.note(seconds: 0.5, bytes: 10_000)  // under a second
        let big = detector.note(seconds: 2, bytes: 2_000_000)  // big, but at the usual pace
        #expect(short == nil && big == nil)
    }

    @Test func nothingIsReportedBeforeThePaceIsKnown() {
        var detector = SlowDocumentDetector()
        let first = detector.note(seconds: 0.01, bytes: 10_000)
        let second = detector.note(seconds: 30, bytes: 10_000)
        #expect(first == nil && second == nil)
    }
}
