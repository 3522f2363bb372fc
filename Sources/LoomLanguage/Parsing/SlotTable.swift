/// The storage of an open-addressing table of non-zero 64-bit slot values (0 marks an empty
/// slot) with linear probing from the home slot `hash & (capacity - 1)`, shared by the parser's
/// weight tables. The slots live in a ``LookupBuffer`` (huge pages for large tables).
struct SlotTable: Sendable {
    /// Number of slots (a power of two).
    let capacity: Int
    private let storage: LookupBuffer<UInt64>

    /// Builds a table of at least `slotsPerEntry × count` slots and stores `count` entries:
    /// `entry(i)` gives entry i's hash (its low bits choose the home slot) and its non-zero value.
    init(count: Int, slotsPerEntry: Int, entry: (Int) -> (hash: UInt64, value: UInt64)) {
        var capacity = 16
        while capacity < count * slotsPerEntry { capacity <<= 1 }
        self.capacity = capacity
        let mask = capacity - 1
        storage = LookupBuffer(count: capacity) { slots in
            for index in 0..<count {
                let (hash, value) = entry(index)
                precondition(value != 0)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot &+ 1) & mask }
                slots[slot] = value
            }
        }
    }

    /// Calls `body` with the first slot (slots `0..<capacity` are valid).
    @inline(__always)
    func withSlots<R>(_ body: (UnsafePointer<UInt64>) -> R) -> R {
        storage.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
