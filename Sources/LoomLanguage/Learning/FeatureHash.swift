/// Deterministic 64-bit feature hashing (FNV-1a plus a 64-bit finalizer).
///
/// Swift's `Hasher` is seeded per process, so it cannot name features in a saved model; these
/// functions give the same value in every run and on every machine.
public enum FeatureHash {
    /// FNV-1a offset basis, the hash of the empty string.
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Hashes the UTF-8 bytes of a string.
    @inlinable
    public static func string(_ text: String) -> UInt64 {
        var hash = seed
        var copy = text
        copy.withUTF8 { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return hash
    }

    /// Hashes a buffer of UTF-8 bytes.
    @inlinable
    public static func bytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// Hashes an array of UTF-8 bytes.
    @inlinable
    public static func bytes(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { Self.bytes($0) }
    }

    /// Combines a feature template id and up to two values into one feature key.
    @inlinable
    public static func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        var h = template &* 0x9e37_79b9_7f4a_7c15
        h = mix(h ^ a)
        h = mix(h ^ (b &* 0xc2b2_ae3d_27d4_eb4f))
        return h
    }

    /// The 64-bit finalizer of MurmurHash3 (a bijection with good avalanche).
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }
}
