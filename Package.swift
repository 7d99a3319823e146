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
        .library(name: "BuurtkrachtJSON", targets: ["BuurtkrachtJSON"]),
        .library(name: "BuurtkrachtImport", targets: ["BuurtkrachtImport"]),
        .library(name: "BuurtkrachtRPC", targets: ["BuurtkrachtRPC"]),
        .executable(name: "buurtkracht", targets: ["BuurtkrachtCLI"]),
        // The same executable under its target's name: SwiftPM 6.3 looks a command plugin's tool
        // up by target name (swift-package-manager#8831), so the plugins below need this product.
        .executable(name: "BuurtkrachtCLI", targets: ["BuurtkrachtCLI"]),
        .executable(name: "legacy-export-generator", targets: ["LegacyExportGenerator"]),
        .plugin(name: "ImportRecordsPlugin", targets: ["ImportRecordsPlugin"]),
        .plugin(name: "RPCDocsPlugin", targets: ["RPCDocsPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // MARK: JSON-RPC
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // MARK: Documentation
        // `swift package generate-documentation --target Buurtkracht` (the DocC catalog).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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

        // MARK: Test support
        // Helpers the test targets share (not a product): finding and running the executables
        // built with the tests, and opening a database file behind the adapter's back.
        .target(
            name: "BuurtkrachtTestSupport",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/BuurtkrachtTestSupport"
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
        // The embedded default store, on the system SQLite through GRDB. `GRDBSQLite` is
        // SQLite's C interface, used to bind and read columns without boxing each value.
        .target(
            name: "BuurtkrachtSQLite",
            dependencies: [
                "Buurtkracht",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "BuurtkrachtSQLiteTests",
            dependencies: [
                "BuurtkrachtTestSupport",
                "Buurtkracht",
                "BuurtkrachtPrivacy",
                "BuurtkrachtSQLite",
                "BuurtkrachtTesting",
                // The tests inspect files independently of the adapter (integrity checks, locks).
                .product(name: "GRDB", package: "GRDB.swift"),
                // Built with the tests: the child process that the crash-safety test kills.
                "SQLiteCrashWriter",
            ]
        ),
        // The crash-safety test's child: writes signals and plans until it is killed.
        .executableTarget(
            name: "SQLiteCrashWriter",
            dependencies: [
                "Buurtkracht",
                "BuurtkrachtSQLite",
            ],
            path: "Tests/SQLiteCrashWriter"
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
                "BuurtkrachtTestSupport",
                "Buurtkracht",
                "BuurtkrachtPrivacy",
                "BuurtkrachtSQLite",
                "BuurtkrachtTesting",
                // The command-line tests tamper with database files behind the adapter's back.
                .product(name: "GRDB", package: "GRDB.swift"),
                // Built with the tests: the command-line tests run the real `buurtkracht`.
                "BuurtkrachtCLI",
            ]
        ),

        // MARK: JSON
        // json-c through a system-library target: the only C the JSON layer touches.
        .systemLibrary(
            name: "CJSONC",
            pkgConfig: "json-c",
            providers: [.apt(["libjson-c-dev"]), .brew(["json-c"])]
        ),
        .target(
            name: "BuurtkrachtJSON",
            dependencies: [
                "CJSONC",
            ]
        ),
        .testTarget(
            name: "BuurtkrachtJSONTests",
            dependencies: [
                "BuurtkrachtJSON",
            ]
        ),

        // MARK: JSON-RPC
        // JSON-RPC 2.0 over stdio (or any transport): framing, codec, dispatcher, method registry,
        // OpenRPC discovery. Depends on the core's protocols, never on a store; logs through
        // swift-log and never bootstraps it (the CLI does).
        .target(
            name: "BuurtkrachtRPC",
            dependencies: [
                "Buurtkracht",
                "BuurtkrachtJSON",
                "BuurtkrachtPrivacy",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "BuurtkrachtRPCTests",
            dependencies: [
                "BuurtkrachtTestSupport",
                "Buurtkracht",
                "BuurtkrachtJSON",
                "BuurtkrachtPrivacy",
                "BuurtkrachtRPC",
                "BuurtkrachtTesting",
                // Built with the tests: the end-to-end tests start the real `buurtkracht serve`.
                "BuurtkrachtCLI",
            ]
        ),

        // MARK: Batch importer
        // Streaming CSV and JSON-lines sources, mapping, validation and a writer that goes
        // through the core's store protocols, so it imports into any store.
        .target(
            name: "BuurtkrachtImport",
            dependencies: [
                "Buurtkracht",
                "BuurtkrachtJSON",
            ]
        ),
        .testTarget(
            name: "BuurtkrachtImportTests",
            dependencies: [
                "BuurtkrachtTestSupport",
                "Buurtkracht",
                "BuurtkrachtImport",
                "BuurtkrachtPrivacy",
                "BuurtkrachtSQLite",
                "BuurtkrachtTesting",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // Built with the tests: the resume test kills the real `buurtkracht import`, and
                // the tests make their sample files with the generator.
                "BuurtkrachtCLI",
                "LegacyExportGenerator",
            ]
        ),

        // MARK: Security
        // Cross-cutting privacy tests: subject access on every store, the consent matrix over
        // every service and RPC method, and injection and bad-input property tests.
        .testTarget(
            name: "BuurtkrachtSecurityTests",
            dependencies: [
                "BuurtkrachtTestSupport",
                "Buurtkracht",
                "BuurtkrachtImport",
                "BuurtkrachtJSON",
                "BuurtkrachtPrivacy",
                "BuurtkrachtRPC",
                "BuurtkrachtSQLite",
                "BuurtkrachtTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),

        // MARK: Documentation
        // Every ```swift example of README.md and the DocC articles, verbatim, compiled and run;
        // the README's shell commands checked against the real command line; the RPC sample client.
        .testTarget(
            name: "DocumentationTests",
            dependencies: [
                "BuurtkrachtTestSupport",
                "Buurtkracht",
                "BuurtkrachtPrivacy",
                "BuurtkrachtSQLite",
                "BuurtkrachtTesting",
                // Built with the tests: the README's commands and Samples/rpc-client.py run it.
                "BuurtkrachtCLI",
            ]
        ),

        // MARK: Command line
        .executableTarget(
            name: "BuurtkrachtCLI",
            dependencies: [
                "Buurtkracht",
                "BuurtkrachtImport",
                "BuurtkrachtPrivacy",
                "BuurtkrachtRPC",
                "BuurtkrachtSQLite",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Samples
        // A deterministic generator of realistic (fictional) legacy exports, with its mapping:
        // `swift run legacy-export-generator --rows 1000 --seed 42 --out clients.csv`.
        .executableTarget(
            name: "LegacyExportGenerator",
            path: "Samples/LegacyExportGenerator",
            exclude: ["mapping.json", "README.md"]
        ),

        // MARK: Plugins
        // Thin: each finds the `buurtkracht` tool and runs it; the logic lives in tested targets.
        .plugin(
            name: "ImportRecordsPlugin",
            capability: .command(
                intent: .custom(verb: "import-records", description: "Import a legacy export with `buurtkracht import`."),
                permissions: [
                    .writeToPackageDirectory(reason: "The import writes the SQLite database (--db) and, when asked, the rejects and report files.")
                ]
            ),
            dependencies: ["BuurtkrachtCLI"]
        ),
        .plugin(
            name: "RPCDocsPlugin",
            capability: .command(
                intent: .custom(verb: "rpc-docs", description: "Regenerate Documentation/RPC.md and Documentation/openrpc.json from the RPC method registry."),
                permissions: [
                    .writeToPackageDirectory(reason: "It rewrites Documentation/RPC.md and Documentation/openrpc.json.")
                ]
            ),
            dependencies: ["BuurtkrachtCLI"]
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
