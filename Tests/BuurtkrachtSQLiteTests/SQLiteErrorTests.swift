import Buurtkracht
import BuurtkrachtSQLite
import BuurtkrachtTestSupport
import Foundation
import GRDB
import Testing

/// Opening and using a database that cannot be used fails with an error that names the
/// problem and what to do, never with a crash, and never with personal data.
@Suite("SQLite errors")
struct SQLiteErrorTests {
    @Test("a file that is not a database is refused as storageCorrupt")
    func fileThatIsNotADatabase() throws {
        let folder = try TemporaryFolder()
        try Data(repeating: 0x42, count: 8_192).write(to: URL(fileURLWithPath: folder.file()))
        let error = try #require(throws: BuurtkrachtError.self) { try SQLiteStorage(path: folder.file()) }
        #expect(error.code == .storageCorrupt)
        #expect(error.message.contains("backup"))
    }

    @Test("another program's SQLite database is refused as storageCorrupt and left untouched")
    func anotherProgramsDatabase() async throws {
        let folder = try TemporaryFolder()
        try await rawDatabase(folder.file()).write { db in
            try db.execute(sql: "CREATE TABLE recipe (name TEXT)")
        }
        let error = try #require(throws: BuurtkrachtError.self) { try SQLiteStorage(path: folder.file()) }
        #expect(error.code == .storageCorrupt)
        let tables = try await rawDatabase(folder.file()).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["recipe"])
    }

    @Test("a database made by a newer version is refused as schemaTooNew and left untouched")
    func databaseFromANewerVersion() async throws {
        let folder = try TemporaryFolder()
        _ = try SQLiteStorage(path: folder.file())
        try await rawDatabase(folder.file()).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
        }
        let error = try #require(throws: BuurtkrachtError.self) { try SQLiteStorage(path: folder.file()) }
        #expect(error.code == .schemaTooNew)
        #expect(error.context["unknownMigrations"] == "v2-from-the-future")
        #expect(error.message.contains("newer version"))
    }

    @Test("a path in a folder that does not exist is storageUnavailable, and no folder is made")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path + "/not-there/deeper"
        let error = try #require(throws: BuurtkrachtError.self) { try SQLiteStorage(path: missing + "/buurtkracht.sqlite") }
        #expect(error.code == .storageUnavailable)
        #expect(error.message.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/not-there"))
    }

    @Test("a new database in a folder that cannot be written is storageReadOnly", .enabled(if: ReadOnlyPlace.canProtectFiles))
    func unwritableFolder() throws {
        let place = try ReadOnlyPlace.folder()
        defer { place.restore() }
        let error = try #require(throws: BuurtkrachtError.self) { try SQLiteStorage(path: place.path + "/buurtkracht.sqlite") }
        #expect(error.code == .storageReadOnly)
        #expect(error.message.contains("write access"))
    }

    @Test("an existing database that cannot be written is storageReadOnly", .enabled(if: ReadOnlyPlace.canProtectFiles))
    func readOnlyDatabase() async throws {
        let folder = try TemporaryFolder()
        try await SQLiteStorage(path: folder.file()).write { tx in
            try tx.households.insert(Household(id: "household-1", registeredAt: Date(timeIntervalSinceReferenceDate: 0)))
        }
        try ReadOnlyPlace.protect([folder.file(), folder.path])
        defer { ReadOnlyPlace.unprotect([folder.file(), folder.path]) }
        let error = try #require(throws: BuurtkrachtError.self) { try SQLiteStorage(path: folder.file()) }
        #expect(error.code == .storageReadOnly)
    }

    @Test("a write waits for another process's lock up to the busy timeout, then fails as storageLocked; reads go on")
    func lockedDatabase() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file(), busyTimeout: .milliseconds(300))
        try await storage.write { tx in
            try tx.households.insert(Household(id: "household-1", registeredAt: Date(timeIntervalSinceReferenceDate: 0)))
        }
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: folder.file(), configuration: configuration)
        try await other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }

        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: BuurtkrachtError.self) {
            try await storage.write { tx in
                try tx.households.insert(Household(id: "household-2", registeredAt: Date(timeIntervalSinceReferenceDate: 0)))
            }
        }
        #expect(error?.code == .storageLocked)
        #expect(clock.now - start >= .milliseconds(250), "waited for the busy timeout")
        #expect(try await storage.read { try $0.households.household("household-1") } != nil, "readers never wait for a writer")

        try await other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try await storage.write { tx in
            try tx.households.insert(Household(id: "household-2", registeredAt: Date(timeIntervalSinceReferenceDate: 0)))
        }
    }

    @Test("a damaged row is storageCorrupt naming table, id and column, without the value")
    func damagedRow() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let signal = Signal(
            id: "signal-1", subject: .client("client-1"), neighbourhood: NeighbourhoodCode(uncheckedRawValue: "BU03630000"),
            reporter: Reporter(kind: .police), category: .nuisance, severity: .high,
            observedAt: Date(timeIntervalSinceReferenceDate: 0), reportedAt: Date(timeIntervalSinceReferenceDate: 1)
        )
        try await storage.write { try $0.signals.insert(signal) }
        try await rawDatabase(folder.file()).write { db in
            try db.execute(sql: "UPDATE signal SET status = 'Jansen, BSN 111222333' WHERE id = 'signal-1'")
        }
        let error = await #expect(throws: BuurtkrachtError.self) {
            try await storage.read { try $0.signals.signal("signal-1") }
        }
        #expect(error?.code == .storageCorrupt)
        #expect(error?.context == ["table": "signal", "id": "signal-1", "column": "status"])
        #expect(error.map { !$0.description.contains("Jansen") && !$0.description.contains("111222333") } == true)
    }

    @Test("a damaged contact-attempt column is storageCorrupt")
    func damagedAttempts() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        var signal = Signal(
            id: "signal-1", subject: .anonymised, neighbourhood: NeighbourhoodCode(uncheckedRawValue: "BU03630000"),
            reporter: Reporter(kind: .police), category: .nuisance, severity: .high,
            observedAt: Date(timeIntervalSinceReferenceDate: 0), reportedAt: Date(timeIntervalSinceReferenceDate: 1)
        )
        try signal.triage(assignee: nil, at: Date(timeIntervalSinceReferenceDate: 2))
        try signal.record(ContactAttempt(channel: .phone, at: Date(timeIntervalSinceReferenceDate: 3), reached: true))
        try await storage.write { [signal] tx in try tx.signals.insert(signal) }
        try await rawDatabase(folder.file()).write { db in
            try db.execute(sql: "UPDATE signal SET contact_attempts = substr(contact_attempts, 1, 5)")
        }
        let error = await #expect(throws: BuurtkrachtError.self) { try await storage.read { try $0.signals.signal("signal-1") } }
        #expect(error?.code == .storageCorrupt)
        #expect(error?.context["column"] == "contact_attempts")
    }

    @Test("errors about a client's external id do not repeat the id, the name or the BSN")
    func errorsCarryNoPersonalData() async throws {
        let storage = try SQLiteStorage.inMemory(bsnProtection: TestBSNKey.protection)
        let first = Client(
            id: "client-1", name: PersonName(givenNames: "Fatima", familyName: "El Amrani"), bsn: try BSN("111222333"),
            externalIDs: ["Suite4Sociaal": "D-98765"], registeredAt: Date(timeIntervalSinceReferenceDate: 0)
        )
        var second = first
        second.id = "client-2"
        try await storage.write { [first] tx in try tx.clients.insert(first) }
        let error = await #expect(throws: BuurtkrachtError.self) { try await storage.write { [second] tx in try tx.clients.insert(second) } }
        #expect(error?.code == .alreadyExists)
        for secret in ["Fatima", "El Amrani", "111222333", "D-98765"] {
            #expect(error.map { !$0.description.contains(secret) } == true, "\(secret) in the error")
        }
        #expect(try await storage.read { try $0.clients.client("client-2") } == nil, "the refused client is not half-written")
    }
}
