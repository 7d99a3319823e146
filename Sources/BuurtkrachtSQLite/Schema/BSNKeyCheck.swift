import Buurtkracht
import GRDB

/// Ties a database to one BSN key without storing the key: the protection's
/// ``Buurtkracht/BSNProtection/keyCheck`` (an HMAC of a fixed label) is kept in `store_metadata`
/// the first time the store is opened with a key, and every later opening compares against it.
///
/// Opening with another key fails with ``Buurtkracht/BuurtkrachtError/Code/keyMismatch``;
/// opening a database that holds a key check without any key fails with
/// ``Buurtkracht/BuurtkrachtError/Code/keyMissing``. Both fail at once, before a BSN is read
/// or written under the wrong key.
enum BSNKeyCheck {
    /// The `store_metadata` name of the key check.
    static let name = "bsn_key_check"

    /// Records or compares the key check of `protection` in one write transaction.
    static func verify(_ protection: (any BSNProtection)?, in writer: any DatabaseWriter) throws {
        try writer.write { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM store_metadata WHERE name = ?", arguments: [name])
            switch (protection, stored) {
            case (nil, nil):
                return
            case (nil, .some):
                throw missingKey
            case (let protection?, nil):
                try db.execute(
                    sql: "INSERT INTO store_metadata (name, value) VALUES (?, ?)", arguments: [name, protection.keyCheck])
            case (let protection?, let stored?):
                if stored != protection.keyCheck { throw mismatch }
            }
        }
    }

    /// The store needs a key it was not given.
    static let missingKey = BuurtkrachtError(
        code: .keyMissing,
        message: "This database holds (or is about to hold) protected BSNs, but it was opened without a BSN key. "
            + "Open it with the key it was created with (SQLiteStorage(path:bsnProtection:), or on the command line "
            + "--key-file PATH or BUURTKRACHT_KEY_FILE)."
    )

    /// The store was given another key than the one it was created with.
    static let mismatch = BuurtkrachtError(
        code: .keyMismatch,
        message: "The BSN key does not match the key this database was created with; no BSN can be read or found "
            + "with it. Use the original key file. Nothing was changed."
    )
}
