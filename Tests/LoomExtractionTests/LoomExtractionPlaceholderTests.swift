import Testing
@testable import LoomExtraction
