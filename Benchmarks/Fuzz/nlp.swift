// libFuzzer target: tokenizer, tagger, lemmatizer, parser and extractor on arbitrary bytes (decoded
// as UTF-8 with replacement), checking the invariants later stages rely on.
import Foundation

let pipeline = try! LanguagePipeline.bundled()
let extractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguage(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    for sentence in pipeline.analyze(text) {
        let n = sentence.tokens.count
        precondition(sentence.tags.count == n && sentence.lemmas.count == n && sentence.heads.count == n)
        for token in sentence.tokens { precondition(token.start <= token.end && token.end <= scalarCount) }
        for head in sentence.heads { precondition(head >= -1 && head < n) }
        _ = extractor.extract(from: sentence)
    }
    return 0
}
