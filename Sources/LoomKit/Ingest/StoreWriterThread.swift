import Foundation

/// Runs the store's blocking SQLite writes on a thread of their own, outside Swift's cooperative
/// pool: the pool has one thread per core, and a write holding one of them left a core idle while the
/// analysis waited (1.35 cores busy on two). Awaiting ``run(_:)`` suspends the caller without
/// holding a pool thread.
final class StoreWriterThread: Sendable {
    private let queue = DispatchQueue(label: "loom.store-writer", qos: .userInitiated)

    /// Runs `work` on the writer thread, one call after another, and returns its result.
    func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }
}
