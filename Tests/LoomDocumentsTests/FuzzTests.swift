import Foundation
import Testing
@testable import LoomDocuments

/// Deterministic generator (SplitMix64) so failures reproduce.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite struct FuzzTests {
    /// Mutated pages (markup characters inserted, bytes deleted or flipped) never crash the reader:
    /// each either yields an article or a typed error.
    @Test func mutatedPagesNeverCrash() {
        var random = SplitMix64(state: 42)
        let seed = Array(Fixture.page(
            head: "<title>Fuzz | Site</title><script type=\"application/ld+json\">{\"headline\":\"H\"}</script>",
            body: "<article><h1>H</h1>\(Fixture.paragraphs(3))<ul><li><a href=x>l</a></li></ul></article>").utf8)
        // The same page declaring GBK and Shift_JIS, so that mutations also go through charset conversion.
        let legacy = ["gb2312", "shift_jis"].map { name in
            Array(String(decoding: seed, as: UTF8.self).replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"\(name)\"").utf8)
        }
        let noise = Array("<>&;\"'/=!-#[]{}\u{00}\u{FF}é".utf8) + [0x81, 0x9D, 0xA1, 0xFE]
        for iteration in 0 ..< 300 {
            var bytes = iteration % 3 == 0 ? seed : legacy[iteration % 2]
            for _ in 0 ..< Int.random(in: 1 ... 40, using: &random) {
                let position = Int.random(in: 0 ..< bytes.count, using: &random)
                switch Int.random(in: 0 ..< 3, using: &random) {
                case 0: bytes.insert(noise.randomElement(using: &random)!, at: position)
                case 1: if bytes.count > 1 { bytes.remove(at: position) }
                default: bytes[position] = UInt8.random(in: 0 ... 255, using: &random)
                }
            }
            do {
                let article = try DocumentReader().read(data: bytes, path: "fuzz.html", isHTML: true)
                #expect(!article.text.isEmpty)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}
