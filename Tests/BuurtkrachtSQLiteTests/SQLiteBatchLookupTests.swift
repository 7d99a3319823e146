import Buurtkracht
import BuurtkrachtPrivacy
import Foundation
import GRDB
import Synchronization
import Testing

@testable import BuurtkrachtSQLite

/// The importer's batch look-ups (`clients(matchingAny:)`, provenance by a set of legacy ids)
/// run as `IN` lists: they must find everything however many values there are, and leave only
/// a few prepared statements behind, whatever the sizes of the batches.
@Suite("SQLite batch look-ups")
struct SQLiteBatchLookupTests {
    private static let run = ImportRun(
        id: ImportRun.ID("run-1"), sourceSystem: "Suite4Sociaal", fileName: "meldingen.csv", fileFingerprint: "f",
        startedBy: Professional.ID("professional-1"), startedAt: Date(timeIntervalSince1970: 0))

    private func provenance(row: Int) -> ImportProvenance {
        ImportProvenance(
            run: Self.run.id, record: RecordReference(kind: .signal, id: "signal-\(row)"), sourceSystem: "Suite4Sociaal",
            legacyID: "M-\(row)", fileName: Self.run.fileName, row: row, change: .created, previousVersion: nil)
    }

    @Test("more legacy ids than one query takes are all found, in ledger order")
    func manyLegacyIDs() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        try await storage.write { tx in
            try tx.imports.insert(Self.run)
            try tx.imports.record((1...1_300).map(provenance))
        }
        let wanted = Set((5...1_205).map { "M-\($0)" } + ["M-9999", "M-0"])
        let found = try await storage.read { tx in
            try tx.imports.provenance(matching: ProvenanceQuery(sourceSystem: "Suite4Sociaal", kind: .signal, legacyIDs: wanted))
        }
        #expect(found.map(\.row) == Array(5...1_205))
    }

    @Test("look-ups of many different sizes leave a bounded number of prepared statements")
    func statementsStayFew() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file(), bsnProtection: TestBSNKey.protection)
        var client = Client(id: Client.ID("client-1"), name: PersonName(familyName: "Jansen"), registeredAt: Date(timeIntervalSince1970: 0))
        client.externalIDs = ["Suite4Sociaal": "D-1"]
        try await storage.write { [client] tx in
            try tx.clients.insert(client)
            try tx.imports.insert(Self.run)
            try tx.imports.record([provenance(row: 1)])
        }
        let born = try CalendarDate(year: 1980, month: 2, day: 1)
        let postcode = try Postcode("2262AB")
        let bsn = try BSN("111222333")
        func lookUps(size: Int) async throws -> Int {
            try await storage.write { tx in
                let queries = (0..<size).flatMap { index in
                    [
                        ClientQuery(externalID: ExternalID(system: "Suite4Sociaal", value: "D-\(index + 1)")),
                        ClientQuery(bsn: bsn, statuses: [.active]),
                        ClientQuery(birthDate: born.adding(days: index), postcode: postcode, statuses: [.active]),
                    ]
                }
                let clients = try tx.clients.clients(matchingAny: queries)
                let ids = Set((0..<size).map { "M-\($0)" })
                _ = try tx.imports.provenance(matching: ProvenanceQuery(sourceSystem: "Suite4Sociaal", kind: .signal, legacyIDs: ids))
                return clients.count
            }
        }
        func statements() async throws -> Int {
            try await storage.writer.write { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_stmt") ?? 0 }
        }
        #expect(try await lookUps(size: 1) == 1)
        let before = try await statements()
        for size in 2...70 { #expect(try await lookUps(size: size) == 1) }
        // Padded to 8, 16, 32, 64 or 128 values: a few shapes per kind of look-up, not one per size.
        #expect(try await statements() - before <= 16)
    }

    @Test("a BSN looked up and then stored in one unit is tokenised once, and found by its token")
    func tokenOncePerUnit() async throws {
        let counting = CountingProtection()
        let storage = try SQLiteStorage.inMemory(bsnProtection: counting)
        let bsn = try BSN("111222333")
        var client = Client(id: Client.ID("client-1"), name: PersonName(familyName: "Jansen"), registeredAt: Date(timeIntervalSince1970: 0))
        client.bsn = bsn
        let before = counting.tokens.load(ordering: .relaxed)
        let missing = try await storage.write { [client] tx in
            let missing = try tx.clients.clients(matchingAny: [ClientQuery(bsn: bsn, statuses: [.active])])
            try tx.clients.insert(client)
            return missing
        }
        #expect(missing.isEmpty)
        #expect(counting.tokens.load(ordering: .relaxed) - before == 1)
        let found = try await storage.read { tx in try tx.clients.clients(matching: ClientQuery(bsn: bsn)) }
        #expect(found.map(\.id) == [client.id])
        #expect(found.first?.bsn == bsn)
    }
}

extension SQLiteBatchLookupTests {
    private func client(_ number: Int, legacyID: String) -> Client {
        var client = Client(id: Client.ID("client-\(number)"), name: PersonName(familyName: "Jansen"), registeredAt: Date(timeIntervalSince1970: 0))
        client.externalIDs = ["Suite4Sociaal": legacyID]
        return client
    }

    @Test("a batch insert that need not be atomic adds every client with its external id")
    func nonAtomicBatchInsert() async throws {
        let storage = try SQLiteStorage.inMemory(bsnProtection: TestBSNKey.protection)
        let clients = (1...3).map { client($0, legacyID: "D-\($0)") }
        try await storage.write { tx in try tx.clients.insert(contentsOf: clients, atomically: false) }
        let found = try await storage.read { tx in
            try tx.clients.clients(matchingAny: (1...3).map { ClientQuery(externalID: ExternalID(system: "Suite4Sociaal", value: "D-\($0)")) })
        }
        #expect(found == clients)
    }

    @Test("a batch insert that need not be atomic throws the first conflict, and its unit rolls back whole")
    func nonAtomicBatchInsertConflict() async throws {
        let storage = try SQLiteStorage.inMemory(bsnProtection: TestBSNKey.protection)
        let clients = [client(1, legacyID: "D-1"), client(2, legacyID: "D-1")]
        await #expect(throws: BuurtkrachtError.self) {
            try await storage.write { tx in try tx.clients.insert(contentsOf: clients, atomically: false) }
        }
        do {
            try await storage.write { tx in try tx.clients.insert(contentsOf: clients, atomically: false) }
        } catch let error as BuurtkrachtError {
            #expect(error.code == .alreadyExists)
        }
        #expect(try await storage.read { tx in try tx.clients.client(Client.ID("client-1")) } == nil)
    }
}

/// The test key's protection, counting the look-up tokens it makes.
private final class CountingProtection: BSNProtection {
    let tokens = Atomic<Int>(0)

    func lookupToken(for bsn: BSN) -> String {
        tokens.add(1, ordering: .relaxed)
        return TestBSNKey.protection.lookupToken(for: bsn)
    }

    func seal(_ bsn: BSN) throws -> Data { try TestBSNKey.protection.seal(bsn) }
    func open(_ sealed: Data) throws -> BSN { try TestBSNKey.protection.open(sealed) }
    var keyCheck: String { TestBSNKey.protection.keyCheck }
}
