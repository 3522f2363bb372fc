import Testing
@testable import LoomLanguage

@Suite struct LookupBufferTests {
    @Test(arguments: [0, 1, 1_000, 300_000])
    func copiesTheArray(count: Int) {
        // 300,000 UInt64s (2.4 MB) take the huge-page path; the others the small one.
        let elements = (0..<count).map { UInt64($0) &* 0x9e37_79b9_7f4a_7c15 }
        let buffer = LookupBuffer(elements)
        #expect(buffer.count == count)
        buffer.withUnsafeBufferPointer { copy in
            #expect(Array(copy) == elements)
            if count * 8 >= LookupBuffer<UInt64>.hugePage {
                #expect(Int(bitPattern: copy.baseAddress) % LookupBuffer<UInt64>.hugePage == 0)
            }
        }
    }
}
