import Dispatch
import Foundation

/// Turns SIGINT (Ctrl-C) into a callback, so a long run can stop between documents; a second Ctrl-C
/// exits at once (every document already written stays intact).
public final class InterruptHandler: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private var count = 0

    public init(_ action: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in
            self.count += 1
            if self.count > 1 { exit(130) }
            Console.error("\nstopping after the documents in progress (Ctrl-C again to quit now)…")
            action()
        }
        source.resume()
    }

    /// Restores the default Ctrl-C behaviour.
    public func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
