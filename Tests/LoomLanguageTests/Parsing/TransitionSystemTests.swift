import Foundation
import Testing
@testable import LoomLanguage

@Suite struct TransitionSystemTests {
    @Test func oracleRebuildsHandWrittenTrees() throws {
        let trees = try CoNLLUReader.parse(ParserTestSupport.tinyTreebank, name: "tiny")
        #expect(trees.count == 4)
        for tree in trees {
            let rooted = ParserTrainer.rootedHeads(tree.heads)
            #expect(Projectivity.isProjective(rooted))
            #expect(ParserTestSupport.oracleParse(gold: rooted) == tree.heads)
        }
    }

    @Test func oracleRebuildsChainsAndFlatTrees() {
        // Right-branching chain, left-branching chain, everything on the last word, one word.
        let shapes: [[Int32]] = [
            [-1, 0, 1, 2, 3], [1, 2, 3, 4, -1], [4, 4, 4, 4, -1], [-1],
            [2, 2, -1, 4, 2, 2], [-1, 0, 0, 4, 0],
        ]
        for heads in shapes {
            #expect(ParserTestSupport.oracleParse(gold: ParserTrainer.rootedHeads(heads)) == heads)
        }
    }

    @Test func oracleRebuildsEWTProjectiveTrees() throws {
        guard let url = ParserTestSupport.ewtTrain else { return }
        let trees = try CoNLLUReader.read(contentsOf: url)
        var checked = 0
        for tree in trees where checked < 500 {
            let rooted = ParserTrainer.rootedHeads(tree.heads)
            guard Projectivity.isProjective(rooted) else { continue }
            #expect(ParserTestSupport.oracleParse(gold: rooted) == tree.heads, "tree \(tree.id ?? "?")")
            checked += 1
        }
        #expect(checked == 500)
    }

    @Test func liftingMakesTreesProjective() {
        // Word 1 hangs on word 3 across word 2, which hangs on word 0: 3 → 1 is not projective.
        let heads: [Int32] = [4, 3, 0, 0]  // rooted: 4 is the root
        #expect(!Projectivity.isProjective(heads))
        let lifted = Projectivity.projectivized(heads)
        #expect(Projectivity.isProjective(lifted))
        #expect(ParserTestSupport.oracleParse(gold: lifted).map(ParserTrainer.rootedHeads) == lifted)
    }

    @Test func liftsEveryNonProjectiveEWTTree() throws {
        guard let url = ParserTestSupport.ewtTrain else { return }
        let trees = try CoNLLUReader.read(contentsOf: url)
        let count = ParserTrainer.nonProjectiveCount(trees)
        #expect(count > 0 && count < trees.count / 10)
        for tree in trees {
            let rooted = ParserTrainer.rootedHeads(tree.heads)
            if !Projectivity.isProjective(rooted) {
                #expect(Projectivity.isProjective(Projectivity.projectivized(rooted)))
            }
        }
    }
}
