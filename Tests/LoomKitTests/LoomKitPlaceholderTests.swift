import Testing
@testable import LoomKit
