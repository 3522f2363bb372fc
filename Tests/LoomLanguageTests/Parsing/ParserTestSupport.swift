import Foundation
@testable import LoomLanguage

/// Helpers shared by the parser tests.
enum ParserTestSupport {
    static let ewtDirectory = URL(fileURLWithPath: "/work/shared/data/ud-english-ewt")

    /// The EWT training file when it is present on this machine.
    static var ewtTrain: URL? {
        let url = ewtDirectory.appendingPathComponent("en_ewt-ud-train.conllu")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A tiny inline treebank (hand-written, projective).
    static let tinyTreebank = """
        # text = The company was founded by Jack Ma .
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tcompany\tcompany\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_
        3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_
        4\tfounded\tfound\tVERB\tVBN\t_\t0\troot\t_\t_
        5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_
        6\tJack\tJack\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_
        7\tMa\tMa\tPROPN\tNNP\t_\t6\tflat\t_\t_
        8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        # text = She bought apples and pears .
        1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_
        2\tbought\tbuy\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tapples\tapple\tNOUN\tNNS\t_\t2\tobj\t_\t_
        4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_
        5\tpears\tpear\tNOUN\tNNS\t_\t3\tconj\t_\t_
        6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # text = The man who left was tired .
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tman\tman\tNOUN\tNN\t_\t6\tnsubj\t_\t_
        3\twho\twho\tPRON\tWP\t_\t4\tnsubj\t_\t_
        4\tleft\tleave\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_
        5\twas\tbe\tAUX\tVBD\t_\t6\tcop\t_\t_
        6\ttired\ttired\tADJ\tJJ\t_\t0\troot\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_

        # text = Paris , the capital , is big .
        1\tParis\tParis\tPROPN\tNNP\t_\t7\tnsubj\t_\t_
        2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
        4\tcapital\tcapital\tNOUN\tNN\t_\t1\tappos\t_\t_
        5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_
        6\tis\tbe\tAUX\tVBZ\t_\t7\tcop\t_\t_
        7\tbig\tbig\tADJ\tJJ\t_\t0\troot\t_\t_
        8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_

        """

    /// Whether heads form one tree: exactly one root, every head in range, no cycles.
    static func isWellFormed(_ heads: [Int32]) -> Bool {
        let n = heads.count
        guard n > 0 else { return true }
        guard heads.filter({ $0 == -1 }).count == 1, heads.allSatisfy({ $0 >= -1 && $0 < Int32(n) }) else {
            return false
        }
        for start in 0..<n {
            var current = start
            var steps = 0
            while current >= 0 {
                current = Int(heads[current])
                steps += 1
                if steps > n { return false }
            }
        }
        return true
    }

    /// Runs the oracle from the initial state taking a zero-cost transition each step; returns
    /// the heads built (root as -1) or nil if some state had no zero-cost transition.
    static func oracleParse(gold rootedHeads: [Int32]) -> [Int32]? {
        let n = rootedHeads.count
        let oracle = ArcHybridOracle(gold: rootedHeads)
        var state = ParserState(count: n)
        while !state.isTerminal {
            guard let transition = ParseTransition.allCases.first(where: {
                state.isLegal($0) && oracle.cost(of: $0, in: state) == 0
            }) else { return nil }
            state.apply(transition, label: 0)
        }
        return (0..<n).map { state.heads[$0] == Int32(n) ? -1 : state.heads[$0] }
    }
}
