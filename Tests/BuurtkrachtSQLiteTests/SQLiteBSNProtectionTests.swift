import Buurtkracht
import BuurtkrachtTestSupport
import Foundation
import GRDB
import Testing

@testable import BuurtkrachtSQLite

/// BSNs at rest: the database holds a keyed token and a sealed value, never the digits, and it
/// refuses to be used with a wrong or a missing key.
@Suite("SQLite BSN protection")
struct SQLiteBSNProtectionTests {
    static let digits = "111222333"

    static func client(_ id: Client.ID = "client-1", bsn: BSN?) -> Client {
        Client(id: id, name: PersonName(givenNames: "Fatima", familyName: "El Amrani"), bsn: bsn,
               registeredAt: Date(timeIntervalSinceReferenceDate: 0))
    }

    /// A file database with one client with a BSN, closed again.
    static func databaseWithBSN(in folder: TemporaryFolder) async throws {
        let storage = try SQLiteStorage(path: folder.file(), bsnProtection: TestBSNKey.protection)
        try await storage.write { tx in try tx.clients.insert(client(bsn: try BSN(digits))) }
    }

    @Test("neither the database file nor its columns contain the BSN's digits")
    func digitsNeverReachTheFile() async throws {
        let folder = try TemporaryFolder()
        try await Self.databaseWithBSN(in: folder)
        let queue = try rawDatabase(folder.file())
        let columns = try await queue.read { db in try db.columns(in: "client").map(\.name) }
        #expect(!columns.contains("bsn"))
        let values = try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT bsn_lookup, bsn_sealed FROM client")
        }
        let key: Data? = values?["bsn_lookup"]
        let sealed: Data? = values?["bsn_sealed"]
        #expect(key?.count == 8, "eight bytes of the keyed token")
        #expect(sealed.map { $0.range(of: Data(Self.digits.utf8)) == nil } == true)
        _ = try await queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        for file in [folder.file(), folder.file() + "-wal"] {
            guard let bytes = FileManager.default.contents(atPath: file) else { continue }
            #expect(bytes.range(of: Data(Self.digits.utf8)) == nil, "the digits are in \(file)")
        }
    }

    @Test("a client is found by BSN through the token and read back with the BSN")
    func lookUpByBSN() async throws {
        let folder = try TemporaryFolder()
        try await Self.databaseWithBSN(in: folder)
        let storage = try SQLiteStorage(path: folder.file(), bsnProtection: TestBSNKey.protection)
        let bsn = try BSN(Self.digits)
        let found = try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: bsn)) }
        #expect(found.map(\.id) == ["client-1"])
        #expect(found.first?.bsn == bsn)
        let other = try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: try BSN("123456782"))) }
        #expect(other.isEmpty)
    }

    @Test("opening with another key fails with keyMismatch before any BSN is used")
    func wrongKey() async throws {
        let folder = try TemporaryFolder()
        try await Self.databaseWithBSN(in: folder)
        let error = #expect(throws: BuurtkrachtError.self) {
            try SQLiteStorage(path: folder.file(), bsnProtection: TestBSNKey.other)
        }
        #expect(error?.code == .keyMismatch)
        #expect(error?.message.contains("original key") == true)
    }

    @Test("opening a database that holds BSNs without a key fails with keyMissing")
    func missingKey() async throws {
        let folder = try TemporaryFolder()
        try await Self.databaseWithBSN(in: folder)
        let error = #expect(throws: BuurtkrachtError.self) { try SQLiteStorage(path: folder.file()) }
        #expect(error?.code == .keyMissing)
        #expect(error?.message.contains("--key-file") == true)
    }

    @Test("a store without a key keeps clients without BSN and refuses to store or look up one")
    func storeWithoutKey() async throws {
        let storage = try SQLiteStorage.inMemory()
        try await storage.write { tx in try tx.clients.insert(Self.client(bsn: nil)) }
        #expect(try await storage.read { try $0.clients.client("client-1") } != nil)
        let bsn = try BSN(Self.digits)
        let stored = await #expect(throws: BuurtkrachtError.self) {
            try await storage.write { tx in try tx.clients.insert(Self.client("client-2", bsn: bsn)) }
        }
        #expect(stored?.code == .keyMissing)
        let looked = await #expect(throws: BuurtkrachtError.self) {
            try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: bsn)) }
        }
        #expect(looked?.code == .keyMissing)
    }

    @Test("a sealed value altered in the file is refused with keyMismatch, not returned")
    func alteredSealedValue() async throws {
        let folder = try TemporaryFolder()
        try await Self.databaseWithBSN(in: folder)
        try await rawDatabase(folder.file()).write { db in
            try db.execute(sql: "UPDATE client SET bsn_sealed = zeroblob(40)")
        }
        let storage = try SQLiteStorage(path: folder.file(), bsnProtection: TestBSNKey.protection)
        let error = await #expect(throws: BuurtkrachtError.self) { try await storage.read { try $0.clients.client("client-1") } }
        #expect(error?.code == .keyMismatch)
    }
}
