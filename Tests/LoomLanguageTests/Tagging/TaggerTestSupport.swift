import Foundation
@testable import LoomLanguage

/// A tiny inline treebank, lexicon and cluster table for training taggers in tests.
enum TaggerTestSupport {
    static let treebank = """
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

        # text = Shares rose 5 % on Tuesday .
        1\tShares\tshare\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
        2\trose\trise\tVERB\tVBD\t_\t0\troot\t_\t_
        3\t5\t5\tNUM\tCD\t_\t4\tnummod\t_\t_
        4\t%\t%\tSYM\tNN\t_\t2\tobj\t_\t_
        5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_
        6\tTuesday\tTuesday\tPROPN\tNNP\t_\t2\tobl\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    static let lexicon = """
        ;;; a tiny Brill-format lexicon
        company NN
        founded VBN
        rose VBD
        apples NNS
        Tuesday NNP
        """

    static let clusters = #"{"company": 22, "apples": 45, "pears": 45, "rose": 9}"#

    static func sentences() throws -> [TreebankSentence] { try CoNLLUReader.parse(treebank, name: "tiny") }

    static func train(folds: Int = 2, reverse: Bool = false, secondPassShare: Double = 1) throws -> PartOfSpeechTagger {
        var trainer = TaggerTrainer(epochs: 3, pruneThreshold: 0, folds: folds, reverseSecondPass: reverse)
        trainer.secondPassShare = secondPassShare
        return trainer.train(try sentences(), lexiconText: lexicon, clustersJSON: clusters)
    }
}
