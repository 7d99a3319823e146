import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtTestSupport
import Foundation
import GRDB
import Testing

@testable import BuurtkrachtSQLite

/// The BSN look-up column holds eight bytes of the keyed token (migration v2): databases of the
/// first schema migrate and keep finding their clients, and a look-up never returns a client
/// of another BSN that shares the eight bytes.
@Suite("SQLite BSN look-up key")
struct SQLiteBSNLookupKeyTests {
    static func client(_ id: Client.ID, bsn: String, status: Client.Status = .active) throws -> Client {
        Client(id: id, name: PersonName(familyName: "Jansen"), bsn: try BSN(bsn), status: status,
               registeredAt: Date(timeIntervalSinceReferenceDate: 0))
    }

    @Test("a database of the first schema migrates and still finds its clients by BSN")
    func firstSchemaMigrates() async throws {
        let folder = try TemporaryFolder()
        let protection = TestBSNKey.protection
        let bsn = try BSN("111222333")
        let queue = try rawDatabase(folder.file())
        try Migrations.migrator.migrate(queue, upTo: "v1")
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO client (id, family_name, bsn_token, bsn_sealed, problem_areas, has_forensic_title, status, registered_at)
                    VALUES ('client-1', 'Jansen', ?, ?, '', 0, 'active', 0), ('client-2', 'Bakker', NULL, NULL, '', 0, 'active', 0)
                    """,
                arguments: [protection.lookupToken(for: bsn), try protection.seal(bsn)])
            try db.execute(sql: "INSERT INTO store_metadata (name, value) VALUES (?, ?)", arguments: [BSNKeyCheck.name, protection.keyCheck])
        }
        try queue.close()

        let storage = try SQLiteStorage(path: folder.file(), bsnProtection: protection)
        let found = try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: bsn)) }
        #expect(found.map(\.id) == ["client-1"])
        #expect(found.first?.bsn == bsn)
        #expect(try await storage.read { try $0.clients.client("client-2") }?.bsn == nil)
        let (columns, key) = try await rawDatabase(folder.file()).read { db in
            (try db.columns(in: "client").map(\.name), try Data.fetchOne(db, sql: "SELECT bsn_lookup FROM client WHERE id = 'client-1'"))
        }
        #expect(!columns.contains("bsn_token"))
        #expect(key == BSNColumn.lookupKey(fromToken: protection.lookupToken(for: bsn)))
    }

    @Test("the key is the token's first eight bytes, or a hash of a token that is not hex")
    func keyFromToken() {
        #expect(BSNColumn.lookupKey(fromToken: "00ff10aB" + String(repeating: "7", count: 56)) == Data([0x00, 0xFF, 0x10, 0xAB, 0x77, 0x77, 0x77, 0x77]))
        let plain = BSNColumn.lookupKey(fromToken: "not a hex token")
        #expect(plain.count == 8)
        #expect(plain == BSNColumn.lookupKey(fromToken: "not a hex token"))
        #expect(plain != BSNColumn.lookupKey(fromToken: "not a hex token either"))
    }

    @Test("clients whose BSNs share a look-up key are told apart by their sealed BSN")
    func sharedKeyIsVerified() async throws {
        let storage = try SQLiteStorage.inMemory(bsnProtection: OneTokenProtection())
        try await storage.write { tx in
            try tx.clients.insert(contentsOf: [try Self.client("client-1", bsn: "111222333"), try Self.client("client-2", bsn: "123456782")])
        }
        let first = try BSN("111222333"), second = try BSN("123456782")
        let one = try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: second, limit: 1)) }
        #expect(one.map(\.id) == ["client-2"])
        let any = try await storage.read { try $0.clients.clients(matchingAny: [ClientQuery(bsn: first)]) }
        #expect(any.map(\.id) == ["client-1"])
        let none = try await storage.read { try $0.clients.clients(matchingAny: [ClientQuery(bsn: try BSN("100000009"))]) }
        #expect(none.isEmpty)
    }

    @Test("BSNs prepared ahead are stored and found as if made in the unit, each sealed value used once")
    func preparedAhead() async throws {
        let storage = try SQLiteStorage.inMemory(bsnProtection: TestBSNKey.protection)
        let bsn = try BSN("111222333")
        storage.prepareBSNs([bsn])
        try await storage.write { tx in
            try tx.clients.insert(contentsOf: [try Self.client("client-1", bsn: "111222333"), try Self.client("client-2", bsn: "111222333")])
        }
        let found = try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: bsn)) }
        #expect(found.map(\.id) == ["client-1", "client-2"])
        #expect(found.allSatisfy { $0.bsn == bsn })
        let sealed = try await storage.writer.read { db in try Data.fetchAll(db, sql: "SELECT bsn_sealed FROM client") }
        #expect(Set(sealed).count == 2, "a sealed value (and its nonce) is never stored twice")
        storage.discardPreparedBSNs()
        #expect(try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: bsn)) }.count == 2)
    }
}

/// A protection whose look-up token is the same for every BSN: every client shares one key.
private struct OneTokenProtection: BSNProtection {
    func lookupToken(for bsn: BSN) -> String { "one token for all" }
    func seal(_ bsn: BSN) throws -> Data { try TestBSNKey.protection.seal(bsn) }
    func open(_ sealed: Data) throws -> BSN { try TestBSNKey.protection.open(sealed) }
    var keyCheck: String { "one token" }
}
