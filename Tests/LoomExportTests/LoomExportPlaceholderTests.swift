import Testing
@testable import LoomExport
