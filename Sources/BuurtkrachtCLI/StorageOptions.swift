import ArgumentParser
import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite

/// The options every command that opens the store shares: where the database is.
struct StorageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database file.", valueName: "path"))
    var db: String = "buurtkracht.sqlite"

    /// Opens the SQLite store, creating it (and its schema) when the file does not exist.
    func openStorage() throws -> SQLiteStorage {
        try SQLiteStorage(path: db)
    }

    /// The services over the store, with the SHA-256 audit chain.
    func openServices() throws -> Services {
        Services(storage: try openStorage(), environment: ServiceEnvironment(auditSealer: SHA256AuditSealer()))
    }
}
