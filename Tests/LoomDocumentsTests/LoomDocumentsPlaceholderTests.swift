import Testing
@testable import LoomDocuments
