import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import Foundation
import Testing

/// The importer looks clients up per batch with `clients(matchingAny:)` and provenance by a set
/// of legacy ids, and undo pages through a run by rows: the SQLite store answers these with set
/// queries, which must find exactly what the queries one by one find.
@Suite("SQLite look-ups of the importer")
struct SQLiteLookupTests {
    @Test("a set of legacy ids and a range of rows select only the matching provenance")
    func filters() async throws {
        let folder = try ScratchFolder()
        let storage = try SQLiteStorage(path: folder.path("db.sqlite"))
        let run = ImportRun(
            id: ImportRun.ID("run-1"), sourceSystem: "Suite4Sociaal", fileName: "meldingen.csv", fileFingerprint: "f",
            startedBy: Professional.ID("professional-1"), startedAt: Date(timeIntervalSince1970: 0))
        try await storage.write { tx in
            try tx.imports.insert(run)
            try tx.imports.record(
                (1...6).map { row in
                    ImportProvenance(
                        run: run.id, record: RecordReference(kind: .signal, id: "signal-\(row)"), sourceSystem: "Suite4Sociaal",
                        legacyID: "M-\(row)", fileName: run.fileName, row: row + 1, change: .created, previousVersion: nil)
                })
        }
        func legacyIDs(_ query: ProvenanceQuery) async throws -> [String] {
            try await storage.read { try $0.imports.provenance(matching: query) }.map(\.legacyID)
        }
        #expect(try await legacyIDs(ProvenanceQuery(sourceSystem: "Suite4Sociaal", kind: .signal, legacyIDs: ["M-2", "M-5", "M-9"])) == ["M-2", "M-5"])
        #expect(try await legacyIDs(ProvenanceQuery(sourceSystem: "Suite4Sociaal", kind: .signal, legacyIDs: [])) == [])
        #expect(try await legacyIDs(ProvenanceQuery(run: run.id, rows: 3...5)) == ["M-2", "M-3", "M-4"])
    }

    @Test("clients(matchingAny:) finds exactly the union of the queries run one by one")
    func matchingAny() async throws {
        let folder = try ScratchFolder()
        let key = try KeyedBSNProtection(key: Data(repeating: 0x42, count: 32))
        let storage = try SQLiteStorage(path: folder.path("db.sqlite"), bsnProtection: key)
        let born = try CalendarDate(year: 1980, month: 2, day: 1)
        let postcode = try Postcode("2262AB")
        var clients: [Client] = []
        for index in 0..<8 {
            var client = Client(id: Client.ID("client-\(index)"), name: PersonName(familyName: "Jansen"), registeredAt: Date(timeIntervalSince1970: 0))
            client.externalIDs = index % 2 == 0 ? ["Suite4Sociaal": "D-\(index)"] : ["Other": "D-\(index)"]
            client.bsn = try BSN(index < 4 ? "111222333" : "123456782")
            client.birthDate = index % 3 == 0 ? born : nil
            client.address = Address(street: "Kerkstraat", houseNumber: "1", postcode: index % 3 == 0 ? postcode : nil, city: "Leiden")
            client.status = index == 6 ? .merged : .active
            clients.append(client)
        }
        try await storage.write { [clients] tx in try tx.clients.insert(contentsOf: clients) }
        let live: Set<Client.Status> = [.active, .inactive]
        let queries = [
            ClientQuery(externalID: ExternalID(system: "Suite4Sociaal", value: "D-2")),
            ClientQuery(externalID: ExternalID(system: "Suite4Sociaal", value: "D-3")),
            ClientQuery(externalID: ExternalID(system: "Other", value: "D-5")),
            ClientQuery(bsn: try BSN("123456782"), statuses: live),
            ClientQuery(birthDate: born, postcode: postcode, statuses: live),
            ClientQuery(birthDate: born, postcode: try Postcode("1234AB")),
            ClientQuery(household: Household.ID("household-404")),
        ]
        let (together, oneByOne) = try await storage.read { tx in
            let together = try tx.clients.clients(matchingAny: queries)
            var union: [Client.ID: Client] = [:]
            for query in queries { for client in try tx.clients.clients(matching: query) { union[client.id] = client } }
            return (together, union.values.sorted { $0.id < $1.id })
        }
        #expect(together.map(\.id) == oneByOne.map(\.id))
        #expect(together.map(\.id.rawValue) == ["client-0", "client-2", "client-3", "client-4", "client-5", "client-7"])
    }
}
