import Foundation

/// Files of this package, found from this source file's path (so the tests read the checkout
/// they were built from).
enum PackageFiles {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The text of the file at `path`, relative to the root.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The paths, relative to the root, of the files in `folder` (recursively) whose names end
    /// in `suffix`, sorted.
    static func files(in folder: String, endingWith suffix: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.lastPathComponent.hasSuffix(suffix) }
            .map { folder + "/" + $0.path.dropFirst(base.path.count + 1) }
            .sorted()
    }
}
