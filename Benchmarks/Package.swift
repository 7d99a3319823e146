// swift-tools-version: 6.1
//
// Benchmarks for Buurtkracht, kept out of the main package so that `swift test` never times
// anything. Run in release mode:
//
//     swift run -c release --package-path Benchmarks sqlite-bench
//     swift build -c release --product buurtkracht && swift run -c release --package-path Benchmarks rpc-bench --server .build/release/buurtkracht
//     swift run -c release --package-path Benchmarks json-bench
//     swift build -c release --product buurtkracht && swift build -c release --product legacy-export-generator &&
//         swift run -c release --package-path Benchmarks import-bench --rows 100000,1000000
//     swift run -c release --package-path Benchmarks report-bench [--memory | --floor]   # signals.report in process
//     Benchmarks/sqlite-floor.sh .build/release/buurtkracht 1000000   # SQLite's own cost of the signal rows
//     Benchmarks/import-floor.sh .build/release/buurtkracht 1000000 5000   # SQLite's own cost of an import's rows
//
// See Documentation/Performance.md for the figures and how they were measured.

import PackageDescription

let package = Package(
    name: "BuurtkrachtBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named, so that the products resolve whatever the checkout folder is called.
        .package(name: "Buurtkracht", path: ".."),
        // The same GRDB as the store's, for report-bench's SQLite floor (raw C calls through GRDBSQLite).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "sqlite-bench",
            dependencies: [
                .product(name: "Buurtkracht", package: "Buurtkracht"),
                .product(name: "BuurtkrachtSQLite", package: "Buurtkracht"),
                .product(name: "BuurtkrachtPrivacy", package: "Buurtkracht"),
            ]
        ),
        // MARK: JSON-RPC
        // Drives the real `buurtkracht serve` over pipes (a Swift driver: raw read/write, no JSON
        // parsing on the hot path, so it measures the server, not the client).
        .executableTarget(name: "rpc-bench"),
        // `services.signals.report` in process on the SQLite store: what a report costs without
        // the pipes, the JSON and the dispatcher.
        .executableTarget(
            name: "report-bench",
            dependencies: [
                .product(name: "Buurtkracht", package: "Buurtkracht"),
                .product(name: "BuurtkrachtSQLite", package: "Buurtkracht"),
                .product(name: "BuurtkrachtPrivacy", package: "Buurtkracht"),
                .product(name: "BuurtkrachtTesting", package: "Buurtkracht"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // MARK: Importer
        // The real `buurtkracht import` against `sqlite3 .import` on the same generated file:
        // wall times, ratio, and each child's peak RSS (from `wait4`).
        .executableTarget(name: "import-bench"),
        // BuurtkrachtJSON against Foundation's JSONDecoder/JSONEncoder on the server's own
        // request and response types.
        .executableTarget(
            name: "json-bench",
            dependencies: [
                .product(name: "Buurtkracht", package: "Buurtkracht"),
                .product(name: "BuurtkrachtJSON", package: "Buurtkracht"),
            ]
        ),
    ]
)
