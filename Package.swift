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
        .library(name: "BuurtkrachtSQLite", targets: ["BuurtkrachtSQLite"]),
        .library(name: "BuurtkrachtPrivacy", targets: ["BuurtkrachtPrivacy"]),
        .executable(name: "buurtkracht", targets: ["BuurtkrachtCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
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

        // MARK: SQLite adapter
        // The embedded default store, on the system SQLite through GRDB.
        .target(
            name: "BuurtkrachtSQLite",
            dependencies: [
                "Buurtkracht",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "BuurtkrachtSQLiteTests",
            dependencies: [
                "Buurtkracht",
                "BuurtkrachtSQLite",
                "BuurtkrachtTesting",
            ]
        ),

        // MARK: Privacy
        // Cryptography for the audit chain (SHA-256) and the protected BSN (HMAC, AES-GCM),
        // through swift-crypto, kept out of the pure-Swift core.
        .target(
            name: "BuurtkrachtPrivacy",
            dependencies: [
                "Buurtkracht",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "BuurtkrachtPrivacyTests",
            dependencies: [
                "Buurtkracht",
                "BuurtkrachtPrivacy",
                "BuurtkrachtTesting",
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
