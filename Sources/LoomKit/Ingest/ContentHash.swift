/// A 128-bit content fingerprint (two independent 64-bit FNV-1a lanes), written as 32 hex digits.
///
/// Used only to notice that a document changed between ingests; not a cryptographic hash.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var low: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            high = (high ^ UInt64(byte ^ 0x5a)) &* 0x0000_0100_0000_01b3
        }
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
