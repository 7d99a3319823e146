import Buurtkracht
import Foundation

/// Looks at the place of a database file to explain why it cannot be opened or written.
enum FileAccess {
    /// `storageUnavailable` for a missing folder, `storageReadOnly` for a place that cannot be
    /// written, or nil when the file system shows nothing wrong.
    static func diagnose(_ path: String) -> BuurtkrachtError? {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return missingFolder(folder, path: path)
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                return BuurtkrachtError(
                    code: .storageUnavailable,
                    message: "The database path names a folder, not a file. Give the path of a file in that folder.",
                    context: ["path": path]
                )
            }
            if !canOpenForWriting(path) || !canCreateFile(in: folder) { return readOnly(path) }
        } else if !canCreateFile(in: folder) {
            return readOnly(path)
        }
        return nil
    }

    /// The error for a database whose folder does not exist.
    static func missingFolder(_ folder: String, path: String) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .storageUnavailable,
            message: "The folder for the database does not exist. Create it first, or choose a path in an existing folder.",
            context: ["path": path, "folder": folder]
        )
    }

    private static func readOnly(_ path: String) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .storageReadOnly,
            message: "The database cannot be written there: the file or its folder is read-only "
                + "(SQLite also needs to create its -wal and -shm files beside it). "
                + "Give this process write access, or choose a writable folder.",
            context: ["path": path]
        )
    }

    private static func canOpenForWriting(_ path: String) -> Bool {
        let descriptor = open(path, O_RDWR)
        guard descriptor >= 0 else { return errno != EACCES && errno != EROFS && errno != EPERM }
        close(descriptor)
        return true
    }

    private static func canCreateFile(in folder: String) -> Bool {
        let probe = folder + "/.buurtkracht-write-probe-\(getpid())"
        let descriptor = open(probe, O_RDWR | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return errno != EACCES && errno != EROFS && errno != EPERM }
        close(descriptor)
        unlink(probe)
        return true
    }
}
