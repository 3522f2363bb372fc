/// Feature templates for choosing the next transition, in the style of Zhang & Nivre (2011) adapted
/// to arc-hybrid: words and tags of s0–s2 and b0–b2, pairs and triples of them, the two outermost
/// children of s0, s1 and b0 with their labels, s0–b0 distance and valencies, and Brown clusters
/// of s0, s1, b0 and b1 alone and combined with each other and with tags (Koo et al. 2008).
enum TransitionFeatures {
    /// Bumped whenever templates change (stored in model files).
    static let version: UInt32 = 2
    /// Number of features written per call.
    static let count = 97

    /// Writes the feature keys of `state` into `features` (resized to ``count``).
    static func extract(_ state: ParserState, _ sentence: ParserSentence, into features: inout [UInt64]) {
        let s0 = state.stackItem(0), s1 = state.stackItem(1), s2 = state.stackItem(2)
        let b0 = state.bufferItem(0), b1 = state.bufferItem(1), b2 = state.bufferItem(2)

        func child(_ table: [Int32], _ word: Int) -> Int { word < 0 ? -1 : Int(table[word]) }
        func label(_ word: Int) -> UInt64 { word < 0 ? 255 : UInt64(state.labels[word]) }
        let s0l1 = child(state.left1, s0), s0l2 = child(state.left2, s0)
        let s0r1 = child(state.right1, s0), s0r2 = child(state.right2, s0)
        let s1l1 = child(state.left1, s1), s1r1 = child(state.right1, s1), s1r2 = child(state.right2, s1)
        let b0l1 = child(state.left1, b0), b0l2 = child(state.left2, b0)

        let ws0 = sentence.word(s0), ws1 = sentence.word(s1), ws2 = sentence.word(s2)
        let wb0 = sentence.word(b0), wb1 = sentence.word(b1), wb2 = sentence.word(b2)
        let ts0 = sentence.tag(s0), ts1 = sentence.tag(s1), ts2 = sentence.tag(s2)
        let tb0 = sentence.tag(b0), tb1 = sentence.tag(b1), tb2 = sentence.tag(b2)
        let ts0l1 = sentence.tag(s0l1), ts0l2 = sentence.tag(s0l2)
        let ts0r1 = sentence.tag(s0r1), ts0r2 = sentence.tag(s0r2)
        let ts1l1 = sentence.tag(s1l1), ts1r1 = sentence.tag(s1r1), ts1r2 = sentence.tag(s1r2)
        let tb0l1 = sentence.tag(b0l1), tb0l2 = sentence.tag(b0l2)
        let ls0l1 = label(s0l1), ls0l2 = label(s0l2), ls0r1 = label(s0r1), ls0r2 = label(s0r2)
        let ls1l1 = label(s1l1), ls1r1 = label(s1r1), lb0l1 = label(b0l1), lb0l2 = label(b0l2)

        if features.count != count { features = [UInt64](repeating: 0, count: count) }
        features.withUnsafeMutableBufferPointer { out in
            var written = 0
            @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) {
                out[written] = (FeatureHash.combine(template, a, b))
                written += 1
            }
            @inline(__always) func tags(_ a: UInt64, _ b: UInt64, _ c: UInt64 = 0, _ d: UInt64 = 0) -> UInt64 {
                a | b << 8 | c << 16 | d << 24
            }

            add(0, 0)
            // Unigrams.
            add(1, ws0); add(2, ts0); add(3, ws0, ts0)
            add(4, wb0); add(5, tb0); add(6, wb0, tb0)
            add(7, wb1); add(8, tb1); add(9, wb1, tb1)
            add(10, wb2); add(11, tb2)
            add(12, ws1); add(13, ts1); add(14, ws1, ts1)
            add(15, ws2); add(16, ts2)
            // Pairs.
            add(17, ws0 &+ ts0 &* 0x9e37_79b9, wb0 &+ tb0)
            add(18, ws0 &+ ts0, wb0); add(19, ws0, wb0 &+ tb0)
            add(20, ws0, tb0); add(21, ts0, wb0)
            add(22, ws0, wb0); add(23, tags(ts0, tb0)); add(24, tags(tb0, tb1))
            add(25, ws1, ws0); add(26, tags(ts1, ts0)); add(27, ws1, tags(ts1, ts0)); add(28, ws0, tags(ts1, ts0))
            add(29, wb0, wb1); add(30, wb0, tags(tb0, tb1)); add(31, wb1, tags(tb0, tb1))
            // Triples of tags.
            add(32, tags(tb0, tb1, tb2)); add(33, tags(ts0, tb0, tb1)); add(34, tags(ts1, ts0, tb0))
            add(35, tags(ts2, ts1, ts0)); add(36, tags(ts0, ts0l1, tb0)); add(37, tags(ts0, ts0r1, tb0))
            add(38, tags(ts0, tb0, tb0l1)); add(39, tags(ts1, ts0, ts0l1)); add(40, tags(ts1, ts0, ts0r1))
            add(41, tags(ts1, ts1r1, ts0)); add(42, tags(ts1, ts1l1, ts0))
            // Distances (capped) between s0 and b0 and between s1 and s0.
            let d0 = UInt64(s0 < 0 ? 0 : min(b0 - s0, 6))
            let d1 = UInt64(s1 < 0 ? 0 : min(s0 - s1, 6))
            add(43, ws0, d0); add(44, tags(ts0, UInt64(d0))); add(45, wb0, d0); add(46, tags(tb0, d0))
            add(47, ws0 &+ wb0, d0); add(48, tags(ts0, tb0, d0)); add(49, tags(ts1, ts0, d1)); add(50, ws1 &+ ws0, d1)
            // Valencies.
            let vs0l = s0 < 0 ? 0 : UInt64(state.leftCount[s0]), vs0r = s0 < 0 ? 0 : UInt64(state.rightCount[s0])
            let vb0l = b0 < 0 ? 0 : UInt64(state.leftCount[b0]), vs1r = s1 < 0 ? 0 : UInt64(state.rightCount[s1])
            add(51, ws0, vs0r); add(52, tags(ts0, vs0r)); add(53, ws0, vs0l); add(54, tags(ts0, vs0l))
            add(55, wb0, vb0l); add(56, tags(tb0, vb0l)); add(57, tags(ts1, vs1r))
            // Children: words, tags, labels.
            add(58, sentence.word(s0l1)); add(59, ts0l1); add(60, ls0l1)
            add(61, sentence.word(s0r1)); add(62, ts0r1); add(63, ls0r1)
            add(64, sentence.word(b0l1)); add(65, tb0l1); add(66, lb0l1)
            add(67, tags(ts0l2, ls0l2)); add(68, tags(ts0r2, ls0r2)); add(69, tags(tb0l2, lb0l2))
            add(70, tags(ts1l1, ls1l1)); add(71, tags(ts1r1, ls1r1)); add(72, tags(ts1r2, ts1r1, ts1))
            // Third order: label sets and tag chains of the outermost children.
            add(73, ws0, tags(ls0l1, ls0l2)); add(74, ws0, tags(ls0r1, ls0r2)); add(75, wb0, tags(lb0l1, lb0l2))
            add(76, tags(ts0, ts0l1, ts0l2)); add(77, tags(ts0, ts0r1, ts0r2)); add(78, tags(tb0, tb0l1, tb0l2))
            add(79, tags(ts0, ls0l1, ls0r1)); add(80, tags(ts1, ls1r1, ts0)); add(81, tags(tb0, lb0l1, ts0))
            // Neighbours of s0 in the sentence (punctuation and conjunctions next to it matter).
            let nextToS0 = s0 < 0 ? ParserSentence.noTag : sentence.tag(s0 + 1)
            let beforeB0 = b0 <= 0 ? ParserSentence.noTag : sentence.tag(b0 - 1)
            add(82, tags(ts0, nextToS0, tb0)); add(83, tags(beforeB0, tb0, ts0))
            // Brown clusters: whole paths and 6-bit prefixes.
            let cs0 = sentence.cluster(s0), cs1 = sentence.cluster(s1)
            let cb0 = sentence.cluster(b0), cb1 = sentence.cluster(b1)
            let ks0 = sentence.shortCluster(s0), ks1 = sentence.shortCluster(s1)
            let kb0 = sentence.shortCluster(b0), kb1 = sentence.shortCluster(b1)
            add(84, cs0); add(85, cb0); add(86, cb1); add(87, cs1)
            add(88, cs0, tb0); add(89, cb0, ts0); add(90, cs0, cb0)
            add(91, cs0, tags(ts0, tb0)); add(92, cb0, tags(ts0, tb0))
            add(93, cs1, cs0); add(94, cb0, cb1)
            add(95, ks1 &* 0x9e37_79b9 &+ ks0, kb0); add(96, ks0 &* 0x9e37_79b9 &+ kb0, kb1)
            assert(written == count)
        }
    }
}
