// swift-tools-version: 6.1
//
// A small app that embeds Buurtkracht as an integrator would: through the package's public
// products only. Run it from the repository root with
// `swift run --package-path Samples/EmbeddingSample`.

import PackageDescription

let package = Package(
    name: "EmbeddingSample",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named, because a path dependency is otherwise known by its folder's name.
        .package(name: "Buurtkracht", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "EmbeddingSample",
            dependencies: [
                .product(name: "Buurtkracht", package: "Buurtkracht"),
                .product(name: "BuurtkrachtSQLite", package: "Buurtkracht"),
            ]
        ),
    ]
)
