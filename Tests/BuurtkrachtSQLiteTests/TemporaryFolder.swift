import Foundation

/// A folder of its own under the system's temporary directory, removed when the value is
/// released; each test gets fresh files.
final class TemporaryFolder: Sendable {
    /// The folder's path.
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("buurtkracht-sqlite-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder.
    func file(_ name: String = "buurtkracht.sqlite") -> String {
        path + "/" + name
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
