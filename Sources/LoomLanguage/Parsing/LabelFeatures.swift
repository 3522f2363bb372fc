/// Feature templates for labelling an arc when it is built. In arc-hybrid the dependent is complete
/// when it is attached, so its outermost children (a case marker, an auxiliary…) are known. Brown
/// clusters of the head and dependent back off from their words.
enum LabelFeatures {
    /// Bumped whenever templates change (stored in model files).
    static let version: UInt32 = 2
    /// Number of features written per call.
    static let count = 35

    /// Writes the feature keys for labelling `dependent → head` into `features` (resized to ``count``).
    static func extract(
        head: Int, dependent: Int, _ state: ParserState, _ sentence: ParserSentence, into features: inout [UInt64]
    ) {
        func label(_ word: Int) -> UInt64 { word < 0 ? 255 : UInt64(state.labels[word]) }
        let direction: UInt64 = dependent < head ? 1 : 2
        let distance = UInt64(min(abs(head - dependent), 8))
        let wd = sentence.word(dependent), td = sentence.tag(dependent)
        let wh = sentence.word(head), th = sentence.tag(head)
        let dl1 = Int(state.left1[dependent]), dr1 = Int(state.right1[dependent]), dl2 = Int(state.left2[dependent])
        let hl1 = Int(state.left1[head]), hr1 = Int(state.right1[head])
        let tdl1 = sentence.tag(dl1), tdr1 = sentence.tag(dr1), tdl2 = sentence.tag(dl2)
        let tdPrev = sentence.tag(dependent - 1), tdNext = sentence.tag(dependent + 1)
        let thPrev = sentence.tag(head - 1)
        let thNext = head >= sentence.count ? ParserSentence.noTag : sentence.tag(head + 1)

        if features.count != count { features = [UInt64](repeating: 0, count: count) }
        features.withUnsafeMutableBufferPointer { out in
            var written = 0
            @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) {
                out[written] = (FeatureHash.combine(template &+ 1000, a, b))
                written += 1
            }
            @inline(__always) func pack(_ a: UInt64, _ b: UInt64, _ c: UInt64 = 0, _ d: UInt64 = 0) -> UInt64 {
                a | b << 8 | c << 16 | d << 24
            }

            add(0, direction)
            add(1, wd, direction); add(2, td, direction); add(3, wd, td | direction << 8)
            add(4, wh, direction); add(5, th, direction); add(6, wh, th | direction << 8)
            add(7, wd, pack(th, direction)); add(8, wh, pack(td, direction)); add(9, pack(td, th, direction))
            add(10, pack(td, th, direction, distance)); add(11, wd &+ wh &* 31, direction)
            add(12, sentence.word(dl1), direction); add(13, pack(tdl1, label(dl1), direction)); add(14, pack(td, tdl1, label(dl1)))
            add(15, sentence.word(dr1), direction); add(16, pack(tdr1, label(dr1), direction)); add(17, pack(td, tdr1, label(dr1)))
            add(18, sentence.word(dl1), pack(td, th, direction)); add(19, pack(tdl2, label(dl2), td))
            add(20, pack(label(hl1), th, direction)); add(21, pack(label(hr1), th, direction))
            add(22, sentence.word(hl1), pack(label(hl1), direction)); add(23, pack(td, th, label(hl1), direction))
            add(24, pack(tdPrev, td, th, direction)); add(25, pack(td, tdNext, th, direction))
            add(26, pack(td, thPrev, th, direction)); add(27, pack(td, th, thNext, direction))
            add(28, wh, pack(td, label(dl1), direction)); add(29, wd, pack(tdl1, direction))
            add(30, pack(UInt64(state.leftCount[dependent]), UInt64(state.rightCount[dependent]), td, direction))
            let cd = sentence.cluster(dependent), ch = sentence.cluster(head)
            add(31, cd, pack(th, direction)); add(32, ch, pack(td, direction))
            add(33, cd &* 0x9e37_79b9 &+ ch, direction); add(34, cd, pack(td, direction))
            assert(written == count)
        }
    }
}
