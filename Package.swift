// swift-tools-version: 6.1
//
// Buurtkracht — neighbourhood social support for Dutch municipalities.
//
// Targets are the architecture (see Documentation/Architecture.md):
// the core `Buurtkracht` knows nothing of SQLite, JSON or stdio; adapters and
// front ends depend on the core, never the other way round.

import PackageDescription

let package = Package(
    name: "Buurtkracht",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Buurtkracht", targets: ["Buurtkracht"]),
        .library(name: "BuurtkrachtTesting", targets: ["BuurtkrachtTesting"]),
        .executable(name: "buurtkracht", targets: ["BuurtkrachtCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: Core
        // Pure Swift: Foundation only. No C module, no GRDB, no json-c.
        .target(
            name: "Buurtkracht",
            dependencies: []
        ),
        .testTarget(
            name: "BuurtkrachtTests",
            dependencies: [
                "Buurtkracht",
                "BuurtkrachtTesting",
            ]
        ),

        // MARK: Testing support
        // Fixed clock, id generator, fixtures and the store conformance suite,
        // shipped so that integrators run the very same suite on their stores.
        .target(
            name: "BuurtkrachtTesting",
            dependencies: [
                "Buurtkracht",
            ]
        ),

        // MARK: Command line
        .executableTarget(
            name: "BuurtkrachtCLI",
            dependencies: [
                "Buurtkracht",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)

for target in package.targets where [.regular, .executable, .test].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
