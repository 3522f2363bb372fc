/// The three moves of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011).
///
/// The sentence's words are `0..<n`; a virtual root sits at index `n`, always last in the buffer.
/// - `shift` moves the buffer front `b0` onto the stack (never the root).
/// - `left` makes `b0` the head of the stack top `s0` and pops it (onto the root only when `s0` is
///   the last word on the stack, which keeps exactly one root).
/// - `right` makes `s1` the head of `s0` and pops it.
public enum ParseTransition: Int, CaseIterable, Sendable {
    case shift = 0, left = 1, right = 2
}
