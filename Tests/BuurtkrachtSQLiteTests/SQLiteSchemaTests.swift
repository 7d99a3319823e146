import Buurtkracht
import BuurtkrachtTestSupport
import Foundation
import GRDB
import Testing

@testable import BuurtkrachtSQLite

/// The schema: versioned migrations, the file's settings, and indexes that the services'
/// queries actually use.
@Suite("SQLite schema")
struct SQLiteSchemaTests {
    @Test("a new database records migrations v1 and v2, the Buurtkracht application id and WAL mode")
    func newDatabaseIsMigrated() async throws {
        let folder = try TemporaryFolder()
        _ = try SQLiteStorage(path: folder.file())
        let (migrations, applicationID, journalMode) = try await rawDatabase(folder.file()).read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode")
            )
        }
        #expect(migrations == ["v1", "v2"])
        #expect(applicationID == SchemaV1.applicationID)
        #expect(journalMode == "wal")
    }

    @Test("reopening a database applies no migration twice and keeps its data")
    func reopeningKeepsSchemaAndData() async throws {
        let folder = try TemporaryFolder()
        try await SQLiteStorage(path: folder.file()).write { tx in
            try tx.households.insert(Household(id: "household-1", registeredAt: Date(timeIntervalSinceReferenceDate: 1)))
        }
        let reopened = try SQLiteStorage(path: folder.file())
        #expect(try await reopened.read { try $0.households.household("household-1") } != nil)
        let migrations = try await rawDatabase(folder.file()).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(migrations == ["v1", "v2"])
    }

    @Test("the writer commits with synchronous NORMAL and each write is flushed before it returns; foreign keys are enforced")
    func writerIsDurable() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let (synchronous, foreignKeys) = try await storage.writer.write { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(synchronous == 1, "1 is NORMAL: the commit writes the WAL, WALSync flushes it")
        #expect(foreignKeys == 1)
        let walSync = try #require(storage.groupCommit.walSync)
        let flushedAtOpen = walSync.flushCount
        #expect(flushedAtOpen == 1, "the schema and key check are flushed when the store opens")
        try await storage.write { tx in try tx.directory.insert(Partner(id: "partner-1", name: "Wijkteam", kind: .other)) }
        #expect(walSync.flushCount == flushedAtOpen + 1)
    }

    @Test("readers map the file; the writer does not, so a long import's memory stays flat")
    func onlyReadersMapTheFile() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let readerMapping = try await storage.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA mmap_size") }
        let writerMapping = try await storage.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA mmap_size") }
        #expect(readerMapping == 2_147_418_112)
        #expect(writerMapping == 0)
    }

    @Test("the triage, report and look-up queries run on their indexes", arguments: QueryPlanCase.all)
    func queriesUseIndexes(_ query: QueryPlanCase) async throws {
        let storage = try SQLiteStorage.inMemory(bsnProtection: TestBSNKey.protection)
        let plans = try await storage.writer.read { db in
            var executed: [String] = []
            db.trace { event in
                if case .statement(let statement) = event { executed.append(statement.expandedSQL) }
            }
            try query.run(SQLiteTransaction(db, isReadOnly: true, bsnProtection: TestBSNKey.protection))
            db.trace(options: [], nil)
            return try executed.map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        #expect(plans.contains { $0.contains(query.index) }, "plans: \(plans)")
        #expect(!plans.contains { $0.contains("SCAN") && !$0.contains("USING") }, "no table scan: \(plans)")
    }
}

/// A store query and the index it must use.
struct QueryPlanCase: Sendable, CustomStringConvertible {
    let description: String
    let index: String
    let run: @Sendable (any StorageTransaction) throws -> Void

    static let neighbourhood = NeighbourhoodCode(uncheckedRawValue: "BU03630000")
    static let moment = Date(timeIntervalSinceReferenceDate: 800_000_000)

    static let all: [QueryPlanCase] = [
        QueryPlanCase(description: "triage: open signals of a neighbourhood", index: "signal_open_by_neighbourhood") {
            _ = try $0.signals.signals(matching: SignalQuery(neighbourhood: neighbourhood, statuses: Signal.Status.open))
        },
        QueryPlanCase(description: "triage: signals observed since", index: "signal_by_neighbourhood_observed") {
            _ = try $0.signals.signals(matching: SignalQuery(neighbourhood: neighbourhood, observedFrom: moment))
        },
        QueryPlanCase(description: "report: signals reported in a period", index: "signal_by_neighbourhood_reported") {
            _ = try $0.signals.signals(
                matching: SignalQuery(neighbourhood: neighbourhood, reportedFrom: moment, reportedBefore: moment + 86_400))
        },
        QueryPlanCase(description: "repeat arrears at an address", index: "signal_arrears_by_address") {
            _ = try $0.signals.signals(
                matching: SignalQuery(categories: [.paymentArrears], addressKey: AddressKey(rawValue: "2262AB|7"), reportedFrom: moment))
        },
        QueryPlanCase(description: "signals about a client", index: "signal_by_client") {
            _ = try $0.signals.signals(matching: SignalQuery(client: "client-1"))
        },
        QueryPlanCase(description: "report: plans of a neighbourhood", index: "plan_by_neighbourhood") {
            _ = try $0.plans.plans(matching: PlanQuery(neighbourhood: neighbourhood, startedBefore: moment))
        },
        QueryPlanCase(description: "client by external id", index: "client_external_id_by_system_value") {
            _ = try $0.clients.clients(matching: ClientQuery(externalID: ExternalID(system: "Suite4Sociaal", value: "D-1")))
        },
        QueryPlanCase(description: "client by BSN", index: "client_by_bsn") {
            _ = try $0.clients.clients(matching: ClientQuery(bsn: try BSN("111222333")))
        },
        QueryPlanCase(description: "importer: clients by birth date and postcode, a batch", index: "client_by_birth_date_postcode") {
            _ = try $0.clients.clients(matchingAny: [
                ClientQuery(birthDate: try CalendarDate(year: 1980, month: 2, day: 1), postcode: try Postcode("2262AB")),
                ClientQuery(birthDate: try CalendarDate(year: 1975, month: 6, day: 30), postcode: try Postcode("1011AB")),
            ])
        },
        QueryPlanCase(description: "importer: provenance of a batch of legacy ids", index: "import_provenance_by_legacy_id") {
            _ = try $0.imports.provenance(matching: ProvenanceQuery(sourceSystem: "Suite4Sociaal", kind: .client, legacyIDs: ["D-1", "D-2"]))
        },
        QueryPlanCase(description: "ties by client", index: "tie_by_client") {
            _ = try $0.network.ties(matching: TieQuery(clients: ["client-1"]))
        },
        QueryPlanCase(description: "ties by volunteer", index: "tie_by_counterpart") {
            _ = try $0.network.ties(matching: TieQuery(volunteers: ["volunteer-1"]))
        },
        QueryPlanCase(description: "consents by client", index: "consent_by_client") {
            _ = try $0.consents.consents(matching: ConsentQuery(client: "client-1"))
        },
        QueryPlanCase(description: "audit by subject", index: "audit_entry_by_subject") {
            _ = try $0.audit.entries(matching: AuditQuery(subject: "client-1"))
        },
        QueryPlanCase(description: "audit by actor", index: "audit_entry_by_actor") {
            _ = try $0.audit.entries(matching: AuditQuery(actor: "professional-1"))
        },
        QueryPlanCase(description: "audit after a sequence", index: "INTEGER PRIMARY KEY") {
            _ = try $0.audit.entries(matching: AuditQuery(afterSequence: 10, limit: 100))
        },
        QueryPlanCase(description: "provenance by record", index: "import_provenance_by_record") {
            _ = try $0.imports.provenance(matching: ProvenanceQuery(record: RecordReference(kind: .client, id: "client-1")))
        },
        QueryPlanCase(description: "provenance by legacy id", index: "import_provenance_by_legacy_id") {
            _ = try $0.imports.provenance(matching: ProvenanceQuery(sourceSystem: "Suite4Sociaal", legacyID: "D-1"))
        },
    ]
}
