import Buurtkracht
import BuurtkrachtPrivacy
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A BSN key file: 32 random bytes in base64, readable by its owner only (mode 0600).
///
/// A new file is written whole to a temporary name beside it and then linked into place, so
/// that a process killed half-way leaves no empty or partial key, and an existing key is never
/// overwritten.
enum KeyFile {
    /// Writes a new random key to `path`; fails when a file is already there.
    ///
    /// - Returns: The protection made from the new key.
    static func create(at path: String) throws -> KeyedBSNProtection {
        let key = KeyedBSNProtection.generateKey()
        let temporary = path + ".tmp-\(getpid())"
        try writeNew(key, to: temporary)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            let reason = errno == EEXIST
                ? "A file already exists there; Buurtkracht never overwrites a key. Choose another path or remove the old file yourself."
                : "It could not be written: \(String(cString: strerror(errno)))."
            throw BuurtkrachtError(code: .keyMissing, message: "The BSN key file was not created. " + reason, context: ["path": path])
        }
        return try KeyedBSNProtection(keyFile: path)
    }

    /// Writes `contents` to a new file with mode 0600 and flushes it to disk.
    private static func writeNew(_ contents: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw BuurtkrachtError(
                code: .keyMissing,
                message: "The BSN key file could not be created: \(String(cString: strerror(errno))). Check that the folder exists and is writable.",
                context: ["path": path]
            )
        }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == contents.count, fsync(descriptor) == 0 else {
            throw BuurtkrachtError(code: .keyMissing, message: "The BSN key file could not be written in full.", context: ["path": path])
        }
    }
}
