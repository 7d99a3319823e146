import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import Foundation

/// Where the command line finds the BSN key of a database: `--key-file PATH`, else the
/// `BUURTKRACHT_KEY_FILE` environment variable, else `buurtkracht.key` beside the database.
///
/// Only the last, the default, is created when missing — and only for a database that holds
/// no BSNs yet; the creation is announced on stderr. A key named explicitly must exist. The key
/// is never stored inside the database (see `SQLiteStorage`).
struct KeyLocation {
    /// The environment variable that names the key file.
    static let environmentVariable = "BUURTKRACHT_KEY_FILE"
    /// The default key file's name, beside the database.
    static let defaultFileName = "buurtkracht.key"

    /// The key file.
    let path: String
    /// Whether the path is the default one beside the database (not named by the user).
    let isDefault: Bool

    /// Resolves the key file for `database`.
    init(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment, database: String) {
        if let named = option ?? environment[Self.environmentVariable], !named.isEmpty {
            path = named
            isDefault = false
        } else {
            path = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent(Self.defaultFileName).path
            isDefault = true
        }
    }

    /// The key's protection: read from the file, or — for the default file on a database without
    /// BSNs — a new key written there.
    ///
    /// - Throws: `keyMissing` when a named file is missing, or the default one is missing while
    ///   the database holds BSNs; `keyMismatch` never (that is found when the store opens).
    func protection(forDatabase database: String) throws -> KeyedBSNProtection {
        if FileManager.default.fileExists(atPath: path) || !isDefault {
            return try KeyedBSNProtection(keyFile: path)
        }
        if FileManager.default.fileExists(atPath: database) {
            do {
                _ = try SQLiteStorage(path: database)
            } catch let error as BuurtkrachtError where error.code == .keyMissing {
                throw BuurtkrachtError(
                    code: .keyMissing,
                    message: "The database holds protected BSNs, but there is no key file beside it. Give the key it was "
                        + "created with: --key-file PATH or \(Self.environmentVariable)=PATH.",
                    context: ["path": path]
                )
            }
        }
        let protection = try KeyFile.create(at: path)
        FileHandle.standardError.write(Data((
            "Created a new BSN key file at \(path) (mode 0600). Keep it safe and out of the database's backups: "
                + "without it the BSNs in this database can be neither read nor found.\n").utf8))
        return protection
    }
}
