import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Undoing a run")
struct UndoTests {
    @Test("undo removes what a run created") func removesCreated() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv(["D-1;111222333;Jan;Jansen;01-02-1980;2262 AB;BU19160101;Politie", "D-2;;Piet;Bakker;;;;"]))
        let undo = try await harness.importer.undo(try #require(report.run), context: harness.town.dataOfficer)
        #expect(undo.removed == ["client": 2])
        #expect(try await harness.clients().isEmpty)
        #expect(try await harness.provenance(ProvenanceQuery(run: report.run)).isEmpty)
        #expect(try await harness.importer.runs(context: harness.town.dataOfficer).first?.status == .undone)
        // After the undo the file imports afresh.
        let again = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;"], name: "again.csv"))
        #expect(again.rows.created == 1)
    }

    @Test("undo restores what a run updated") func restoresUpdated() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;01-02-1980;;;"]))
        let original = try await harness.client(legacyID: "D-1")
        let second = try await harness.run(try harness.csv(["D-1;;Jan;Pietersen;01-02-1980;;;", "D-2;;Piet;Bakker;;;;"], name: "v2.csv"))
        let undo = try await harness.importer.undo(try #require(second.run), context: harness.town.dataOfficer)
        #expect(undo.restored == ["client": 1])
        #expect(undo.removed == ["client": 1])
        #expect(try await harness.client(legacyID: "D-1") == original)
        #expect(try await harness.client(legacyID: "D-2") == nil)
    }

    @Test("undo is refused while a later run changed the same records") func refusedAfterLaterRun() async throws {
        let harness = try await ImportHarness.make()
        let first = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;"]))
        let second = try await harness.run(try harness.csv(["D-1;;Jan;Pietersen;;;;"], name: "v2.csv"))
        await #expect(throws: ImportError.self) {
            _ = try await harness.importer.undo(try #require(first.run), context: harness.town.dataOfficer)
        }
        _ = try await harness.importer.undo(try #require(second.run), context: harness.town.dataOfficer)
        _ = try await harness.importer.undo(try #require(first.run), context: harness.town.dataOfficer)
        #expect(try await harness.clients().isEmpty)
    }

    @Test("undo twice, or of an unknown run, is refused with a clear code") func refusals() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;"]))
        _ = try await harness.importer.undo(try #require(report.run), context: harness.town.dataOfficer)
        do {
            _ = try await harness.importer.undo(try #require(report.run), context: harness.town.dataOfficer)
            Issue.record("a second undo must fail")
        } catch let error as ImportError {
            #expect(error.code == .undoRefused)
        }
        do {
            _ = try await harness.importer.undo("run-none", context: harness.town.dataOfficer)
            Issue.record("an unknown run must fail")
        } catch let error as ImportError {
            #expect(error.code == .runNotFound)
        }
    }
}

@Suite("Possible duplicate persons")
struct DuplicatePersonTests {
    @Test("same name, birth date and postcode under another id: imported, listed, flagged, never merged") func sameNameBirthPostcode() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv([
            "D-1;;Jan;Jansen;01-02-1980;2262 AB;;", "D-2;;Jan;Jansen;01-02-1980;2262AB;;", "D-3;;Jan;Jansen;01-02-1981;2262 AB;;",
        ]))
        #expect(report.rows.created == 3)
        #expect(report.warningCodes == ["possibleDuplicate"])
        #expect(report.warnings.first?.firstRows == [3])
        #expect(report.warnings.first?.message.contains("D-1") == true)
        let pairs = try await harness.town.services.storage.read { try $0.duplicates.duplicates(matching: DuplicateQuery()) }
        #expect(pairs.count == 1)
        #expect(pairs.first?.reason == .sameNameBirthDateAndPostcode)
        #expect(pairs.first?.status == .open)
        // A re-run flags nothing again.
        let again = try await harness.run(try harness.csv([
            "D-1;;Jan;Jansen;01-02-1980;2262 AB;;", "D-2;;Jan;Jansen;01-02-1980;2262AB;;", "D-3;;Jan;Jansen;01-02-1981;2262 AB;;",
        ], name: "again.csv"))
        #expect(again.warnings.isEmpty)
    }

    @Test("a BSN already known for a client without a legacy id: the row updates that client", arguments: ImportStore.allCases)
    func bsnMatch(_ store: ImportStore) async throws {
        let harness = try await ImportHarness.make(storage: try store.make())
        let known = try await harness.town.registerClient(familyName: "Jansen", bsn: try BSN("111222333"))
        let report = try await harness.importRow("D-9;111222333;Jan;Jansen;;;;")
        #expect(report.rows.updated == 1)
        let matched = try await harness.client(legacyID: "D-9")
        #expect(matched?.id == known.id)
        #expect(try await harness.clients().count == 1)
    }

    @Test("a BSN of a client who has another legacy id: imported as a new client, flagged", arguments: ImportStore.allCases)
    func bsnOtherID(_ store: ImportStore) async throws {
        let harness = try await ImportHarness.make(storage: try store.make())
        let report = try await harness.run(try harness.csv(["D-1;111222333;Jan;Jansen;;;;", "D-2;111222333;Jan;Janssen;;;;"]))
        #expect(report.rows.created == 2)
        #expect(report.warningCodes == ["possibleDuplicate"])
        let pairs = try await harness.town.services.storage.read { try $0.duplicates.duplicates(matching: DuplicateQuery()) }
        #expect(pairs.map(\.reason) == [.sameBSN])
    }

    @Test("a BSN that several clients without a legacy id share is ambiguous", arguments: ImportStore.allCases)
    func ambiguousBSN(_ store: ImportStore) async throws {
        let harness = try await ImportHarness.make(storage: try store.make())
        _ = try await harness.town.registerClient(familyName: "Jansen", bsn: try BSN("111222333"))
        _ = try await harness.town.registerClient(familyName: "Janssen", bsn: try BSN("111222333"), address: try harness.town.address("Dorpsstraat", "9"))
        let report = try await harness.importRow("D-9;111222333;Jan;Jansen;;;;")
        #expect(report.errorCodes == ["ambiguousBSN"])
    }
}
