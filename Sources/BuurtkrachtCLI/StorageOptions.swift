import ArgumentParser
import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite

/// The options every command that opens the store shares: where the database and its BSN key are.
struct StorageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database file.", valueName: "path"))
    var db: String = "buurtkracht.sqlite"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The BSN key file (see 'buurtkracht key generate'); default: $\(KeyLocation.environmentVariable), "
                + "else \(KeyLocation.defaultFileName) beside the database, created for a database without BSNs.",
            valueName: "path"
        )
    )
    var keyFile: String?

    /// Opens the SQLite store with its BSN key, creating it (and its schema) when the file does not exist.
    func openStorage() throws -> SQLiteStorage {
        let protection = try KeyLocation(option: keyFile, database: db).protection(forDatabase: db)
        return try SQLiteStorage(path: db, bsnProtection: protection)
    }

    /// The services over the store, with the SHA-256 audit chain.
    func openServices() throws -> Services {
        Services(storage: try openStorage(), environment: ServiceEnvironment(auditSealer: SHA256AuditSealer()))
    }
}
