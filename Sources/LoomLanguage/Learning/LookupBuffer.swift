#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An immutable copy of an array for a large lookup table that is read at random (the tagger's and
/// parser's weight tables). Copies of 2 MB or more are 2 MB-aligned and, on Linux, marked for
/// transparent huge pages (`madvise`): a 16 MB table spans 4,096 small pages but 8 huge ones, so
/// its random lookups stop missing the TLB (about 6 % of parsing time, measured side by side).
/// Where huge pages are unavailable the copy behaves as ordinary memory.
///
/// The memory is written only while the buffer is created, so sharing it between threads is safe.
final class LookupBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The alignment and size of a huge page.
    static var hugePage: Int { 2 << 20 }
    private let pointer: UnsafeMutablePointer<Element>
    /// Number of elements.
    let count: Int

    /// A copy of `elements`.
    convenience init(_ elements: [Element]) {
        self.init(count: elements.count) { buffer in
            elements.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { buffer.baseAddress!.update(from: base, count: source.count) }
            }
        }
    }

    /// `count` elements, all bits zero, then set by `fill` (which writes them in place, so that a
    /// large table is never held twice).
    init(count: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
        self.count = count
        let bytes = max(count, 1) * MemoryLayout<Element>.stride
        let alignment = bytes >= Self.hugePage ? Self.hugePage : max(64, MemoryLayout<Element>.alignment)
        let rounded = (bytes + alignment - 1) / alignment * alignment
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, alignment, rounded) == 0, let raw else { fatalError("out of memory") }
        #if os(Linux)
        if alignment == Self.hugePage { _ = madvise(raw, rounded, MADV_HUGEPAGE) }
        #endif
        memset(raw, 0, rounded)
        pointer = raw.bindMemory(to: Element.self, capacity: max(count, 1))
        fill(UnsafeMutableBufferPointer(start: pointer, count: count))
    }

    deinit { free(pointer) }

    /// Calls `body` with the elements (valid only during the call).
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(self) { try body(UnsafeBufferPointer(start: pointer, count: count)) }
    }
}
