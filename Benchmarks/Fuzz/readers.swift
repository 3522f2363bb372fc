// libFuzzer target: the CoNLL-U reader and the CaRB gold/prediction TSV readers on arbitrary bytes;
// bad input must give a typed error, never a crash.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? CoNLLUReader.parse(text)
    let gold = try? CaRBReader.parseGold(text)
    let predicted = try? CaRBReader.parsePredictions(text)
    if let gold, let predicted {
        _ = CaRBScorer.score(gold: gold, predictions: predicted)
    }
    return 0
}
