import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Dry run and --atomic all")
struct DryRunAndAtomicityTests {
    static let rows = [
        "D-1;111222333;Jan;Jansen;01-02-1980;2262 AB;BU19160101;Politie",
        "D-2;123456789;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie",
        "D-3;;Kees;Smit;01-02-1980;2262 AB;BU19160101;Huisarts",
        "D-4;;Anna;Jansen;01-02-1980;2262 AB;BU19160101;Politie",
    ]

    @Test("a dry run writes nothing and reports exactly what the real run then reports") func dryRunEqualsRealRun() async throws {
        let harness = try await ImportHarness.make()
        let file = try harness.csv(Self.rows)
        let dry = try await harness.run(file) { $0.dryRun = true; $0.batchSize = 2 }
        #expect(try await harness.clients().isEmpty)
        #expect(try await harness.importer.runs(context: harness.town.dataOfficer).isEmpty)
        let real = try await harness.run(file) { $0.batchSize = 2 }
        var comparable = dry
        comparable.dryRun = false
        #expect(dry.dryRun)
        #expect(comparable == real)
        #expect(real.rows == ImportRun.Counts(read: 4, created: 3, updated: 0, unchanged: 0, rejected: 1))
    }

    @Test("a dry run of a re-run reports everything as unchanged") func dryRunOfReRun() async throws {
        let harness = try await ImportHarness.make()
        let file = try harness.csv(Self.rows)
        _ = try await harness.run(file)
        let dry = try await harness.run(file) { $0.dryRun = true }
        #expect(dry.rows.unchanged == 3)
        #expect(dry.rows.created == 0)
    }

    @Test("--atomic all writes nothing when a row is rejected, and lists the row") func atomicAllFails() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv(Self.rows)) { $0.atomicity = .all }
        #expect(report.status == .failed)
        #expect(report.rows.rejected == 1)
        #expect(report.rows.created == 0)
        #expect(report.message?.contains("Nothing was written") == true)
        #expect(try await harness.clients().isEmpty)
        #expect(harness.folder.read("rejects.csv").split(separator: "\r\n").count == 2)
    }

    @Test("--atomic all writes everything in one go when every row is good") func atomicAllSucceeds() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv(Self.rows.filter { !$0.hasPrefix("D-2") })) { $0.atomicity = .all }
        #expect(report.status == .completed)
        #expect(try await harness.clients().count == 3)
    }

    @Test("--atomic all with --dry-run reports the failure and writes nothing") func atomicAllDryRun() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv(Self.rows)) { $0.atomicity = .all; $0.dryRun = true }
        #expect(report.status == .failed)
        #expect(report.dryRun)
    }
}

@Suite("Re-runs and strategies")
struct IdempotencyTests {
    @Test("re-running the same file changes nothing and reports every row as unchanged") func reRun() async throws {
        let harness = try await ImportHarness.make()
        let file = try harness.csv(DryRunAndAtomicityTests.rows)
        let first = try await harness.run(file)
        let before = try await harness.clients()
        let provenance = try await harness.provenance()
        let second = try await harness.run(file)
        #expect(first.rows.created == 3)
        #expect(second.rows == ImportRun.Counts(read: 4, created: 0, updated: 0, unchanged: 3, rejected: 1))
        #expect(try await harness.clients() == before)
        #expect(try await harness.provenance() == provenance)
        #expect(first.run != second.run)
    }

    @Test("a changed row updates its client and keeps the old version for undo") func changedRow() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;01-02-1980;2262 AB;BU19160101;Politie"]))
        let original = try await harness.client(legacyID: "D-1")
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen-de Wit;01-02-1980;2262 AB;BU19160101;Politie"], name: "v2.csv"))
        #expect(report.rows.updated == 1)
        let updated = try await harness.client(legacyID: "D-1")
        #expect(updated?.name.familyName == "Jansen-de Wit")
        #expect(updated?.id == original?.id)
        let provenance = try await harness.provenance(ProvenanceQuery(run: report.run))
        #expect(provenance.map(\.change) == [.updated])
        #expect(provenance.first?.previousVersion != nil)
    }

    @Test("--strategy create rejects changes to existing records and creates new ones") func createOnly() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;"]))
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Pietersen;;;;", "D-2;;Piet;Bakker;;;;", "D-3;;Kees;Smit;;;;"], name: "b.csv")) {
            $0.strategy = .create
        }
        #expect(report.errorCodes == ["recordExists"])
        #expect(report.rows.created == 2)
        #expect(try await harness.client(legacyID: "D-1")?.name.familyName == "Jansen")
    }

    @Test("--strategy update rejects rows without a record and changes existing ones") func updateOnly() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;"]))
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Pietersen;;;;", "D-2;;Piet;Bakker;;;;"], name: "b.csv")) {
            $0.strategy = .update
        }
        #expect(report.errorCodes == ["recordNotFound"])
        #expect(report.rows.updated == 1)
        #expect(try await harness.client(legacyID: "D-2") == nil)
    }

    @Test("each imported record knows its run, file and row") func provenance() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;", "D-2;;Piet;Bakker;;;;"]))
        let items = try await harness.provenance(ProvenanceQuery(run: report.run))
        #expect(items.map(\.row) == [2, 3])
        #expect(items.map(\.legacyID) == ["D-1", "D-2"])
        #expect(items.allSatisfy { $0.fileName == "export.csv" && $0.sourceSystem == "Suite4Sociaal" && $0.change == .created })
    }

    @Test("one audit entry per run, none per row") func audit() async throws {
        let harness = try await ImportHarness.make()
        let before = try await harness.town.services.storage.read { try $0.audit.entries(matching: AuditQuery()) }.count
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;", "D-2;;Piet;Bakker;;;;"]) ) { $0.batchSize = 1 }
        let entries = try await harness.town.services.storage.read { try $0.audit.entries(matching: AuditQuery()) }
        #expect(entries.count == before + 1)
        #expect(entries.last?.action == .import)
        #expect(entries.last?.record == RecordReference(kind: .importRun, id: report.run?.rawValue ?? ""))
    }

    @Test("importing needs the importRecords permission") func permission() async throws {
        let harness = try await ImportHarness.make()
        var request = ImportRequest(file: try harness.csv(["D-1;;Jan;Jansen;;;;"]), mapping: ImportHarness.mapping)
        request.batchSize = 10
        await #expect(throws: BuurtkrachtError.self) {
            _ = try await harness.importer.run(request, context: harness.town.teamMember)
        }
        #expect(try await harness.clients().isEmpty)
    }
}
