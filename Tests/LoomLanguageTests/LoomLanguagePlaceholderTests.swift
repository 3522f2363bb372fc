import Testing
@testable import LoomLanguage
