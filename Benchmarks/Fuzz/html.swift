// libFuzzer target: the document reader on arbitrary bytes, as HTML and as plain text.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = DocumentReader()
    for isHTML in [true, false] {
        if let article = try? reader.read(data: bytes, path: "fuzz.html", isHTML: isHTML) {
            precondition(article.text.unicodeScalars.count >= 0)
        }
    }
    return 0
}
