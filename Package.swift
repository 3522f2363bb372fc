// swift-tools-version:6.0
import PackageDescription

/// Loom: a folder of news articles in, a knowledge graph out.
/// Data flows one way: Documents → Language → Extraction → Graph → Export; LoomKit wires the stages
/// together (pipeline, evaluators) and the `loom` executable is a thin command-line shell over it.
let package = Package(
    name: "Loom",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "loom", targets: ["loom"]),
        .library(name: "LoomKit", targets: ["LoomKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "LoomDocuments", dependencies: ["CLibXML2"]),
        .target(name: "LoomLanguage", resources: [.copy("Resources")]),
        .target(name: "LoomExtraction", dependencies: ["LoomLanguage"]),
        .target(
            name: "LoomGraph",
            dependencies: ["LoomExtraction", "LoomLanguage", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "LoomExport", dependencies: ["LoomGraph"]),
        .target(
            name: "LoomKit",
            dependencies: ["LoomDocuments", "LoomLanguage", "LoomExtraction", "LoomGraph", "LoomExport"]),
        .executableTarget(
            name: "loom",
            dependencies: ["LoomKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "LoomDocumentsTests", dependencies: ["LoomDocuments"]),
        .testTarget(name: "LoomLanguageTests", dependencies: ["LoomLanguage"]),
        .testTarget(name: "LoomExtractionTests", dependencies: ["LoomExtraction"]),
        .testTarget(name: "LoomGraphTests", dependencies: ["LoomGraph"]),
        .testTarget(name: "LoomExportTests", dependencies: ["LoomExport"]),
        .testTarget(name: "LoomKitTests", dependencies: ["LoomKit"]),
    ]
)
