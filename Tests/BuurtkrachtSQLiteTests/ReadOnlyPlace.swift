import Foundation

/// Files and folders made read-only for a test, and put back afterwards.
///
/// File permissions do not stop the superuser, so the tests that need them are skipped when
/// the tests run as root (``canProtectFiles``).
enum ReadOnlyPlace {
    /// Whether permissions can keep this process from writing: false for root.
    static let canProtectFiles = geteuid() != 0

    /// A fresh temporary folder that this process cannot write to.
    static func folder() throws -> Folder {
        let folder = try TemporaryFolder()
        try protect([folder.path])
        return Folder(temporary: folder)
    }

    /// Takes write permission away from `paths`.
    static func protect(_ paths: [String]) throws {
        for path in paths {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
            try FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o555 : 0o444], ofItemAtPath: path)
        }
    }

    /// Gives write permission back to `paths`, so that they can be removed.
    static func unprotect(_ paths: [String]) {
        for path in paths {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let isFolder = attributes?[.type] as? FileAttributeType == .typeDirectory
            try? FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o755 : 0o644], ofItemAtPath: path)
        }
    }

    /// A read-only temporary folder.
    struct Folder {
        fileprivate let temporary: TemporaryFolder

        /// The folder's path.
        var path: String { temporary.path }

        /// Makes the folder writable again so that it can be removed.
        func restore() {
            ReadOnlyPlace.unprotect([path])
        }
    }
}
