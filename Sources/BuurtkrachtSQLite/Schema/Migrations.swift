import Buurtkracht
import GRDB

/// The schema's history: named, versioned migrations applied in order with GRDB's
/// `DatabaseMigrator`, which records them in the `grdb_migrations` table.
///
/// Opening a database applies the migrations it lacks. A database that records a migration
/// this build does not know was made by a newer Buurtkracht and is refused with
/// ``BuurtkrachtError/Code/schemaTooNew`` rather than used half-understood; a SQLite file made
/// by another program is refused with ``BuurtkrachtError/Code/storageCorrupt``.
enum Migrations {
    /// Every migration this build knows, oldest first. Append; never edit a released one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: SchemaV1.create)
        migrator.registerMigration("v2", migrate: SchemaV2.migrate)
        return migrator
    }

    /// Checks that `writer` holds a Buurtkracht database this build understands (or an empty
    /// one), then applies the migrations it lacks.
    static func apply(to writer: any DatabaseWriter) throws {
        let migrator = self.migrator
        let (applied, isForeign) = try writer.read { db in
            (try migrator.appliedIdentifiers(db), try isForeignDatabase(db))
        }
        if isForeign {
            throw BuurtkrachtError(
                code: .storageCorrupt,
                message: "The file is a SQLite database, but not a Buurtkracht one. "
                    + "Choose another path; Buurtkracht does not write into other programs' databases."
            )
        }
        let unknown = applied.subtracting(migrator.migrations)
        if !unknown.isEmpty {
            throw BuurtkrachtError(
                code: .schemaTooNew,
                message: "The database was made by a newer version of Buurtkracht (its schema has changes this "
                    + "version does not know). Open it with that version or a later one; this version leaves it untouched.",
                context: [
                    "knownMigrations": migrator.migrations.joined(separator: ","),
                    "unknownMigrations": unknown.sorted().joined(separator: ","),
                ]
            )
        }
        try migrator.migrate(writer)
    }

    /// Whether the database holds another program's tables: a foreign application id, or
    /// tables without GRDB's migration record.
    private static func isForeignDatabase(_ db: Database) throws -> Bool {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID != 0 { return applicationID != SchemaV1.applicationID }
        let tables = try String.fetchSet(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        return !tables.isEmpty && !tables.contains("grdb_migrations")
    }
}
