import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Households, signals, plans and group memberships")
struct OtherRecordTests {
    static let signalMapping = ImportMapping(
        sourceSystem: "Suite4Sociaal", recordID: "Meldingnummer",
        signal: [
            "client": FieldMapping(column: "Dossiernummer", type: .reference),
            "category": FieldMapping(column: "Soort", type: .code, values: ["Huurachterstand": "paymentArrears", "Overlast": "nuisance"]),
            "source": FieldMapping(column: "Melder", type: .code, values: ["Woonstad": "housingCorporation", "Politie": "police"]),
            "reportedAt": FieldMapping(column: "Datum melding", type: .date, formats: ["dd-MM-yyyy"]),
            "summary": FieldMapping(column: "Omschrijving", type: .text),
        ])

    @Test("a signals file refers to clients imported before; an unknown client is rejected") func signals() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;2262 AB;BU19160101;"]))
        let file = try harness.folder.write(
            "meldingen.csv",
            "Meldingnummer;Dossiernummer;Soort;Melder;Datum melding;Omschrijving\r\nM-1;D-1;Huurachterstand;Woonstad;02-03-2026;Drie maanden\r\nM-2;D-404;Overlast;Politie;03-03-2026;Geluid\r\n")
        let report = try await harness.run(file, mapping: Self.signalMapping)
        #expect(report.rows.created == 1)
        #expect(report.errorCodes == ["unknownReference"])
        #expect(report.errors.first?.columns == ["Dossiernummer": 1])
        let client = try #require(try await harness.client(legacyID: "D-1"))
        let signals = try await harness.town.services.storage.read { try $0.signals.signals(matching: SignalQuery(client: client.id)) }
        #expect(signals.count == 1)
        #expect(signals.first?.category == .paymentArrears)
        #expect(signals.first?.neighbourhood.rawValue == "BU19160101")
        #expect(try await harness.run(file, mapping: Self.signalMapping).rows.unchanged == 1)
    }

    @Test("clients of one household share one household record") func households() async throws {
        let harness = try await ImportHarness.make()
        var mapping = ImportHarness.mapping
        mapping.household = ["id": FieldMapping(column: "Aanmelder", type: .text)]
        mapping.client?["referralSource"] = nil
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;2262 AB;;H-1", "D-2;;Anna;Jansen;;2262 AB;;H-1", "D-3;;Piet;Bakker;;;;H-2"]), mapping: mapping)
        #expect(report.records["household"] == RecordCounts(created: 2, updated: 0, unchanged: 1))
        let one = try await harness.client(legacyID: "D-1")
        let two = try await harness.client(legacyID: "D-2")
        #expect(one?.household != nil && one?.household == two?.household)
        #expect(try await harness.client(legacyID: "D-3")?.household != one?.household)
    }

    @Test("plans need a known coordinator; group memberships a known group") func plansAndGroups() async throws {
        let harness = try await ImportHarness.make()
        let coordinator = harness.town.coordinator.professional
        var mapping = ImportHarness.mapping
        mapping.plan = [
            "coordinator": FieldMapping(column: "Aanmelder", type: .code, values: ["Politie": coordinator.rawValue, "Huisarts": "professional-404"]),
            "startedAt": FieldMapping(column: "Geboortedatum", type: .date, formats: ["dd-MM-yyyy"]),
        ]
        mapping.client?["referralSource"] = nil
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;01-02-2026;;BU19160101;Politie", "D-2;;Piet;Bakker;01-02-2026;;;Huisarts"]), mapping: mapping)
        #expect(report.rows.created == 1)
        #expect(report.errorCodes == ["unknownReference"])
        #expect(try await harness.client(legacyID: "D-2") == nil, "nothing of a rejected row is written")
        let client = try #require(try await harness.client(legacyID: "D-1"))
        let plans = try await harness.town.services.storage.read { try $0.plans.plans(matching: PlanQuery(client: client.id)) }
        #expect(plans.map(\.coordinator) == [coordinator])

        var groups = ImportHarness.mapping
        groups.groupMembership = ["group": FieldMapping(column: "Aanmelder", type: .code, values: ["Politie": "group-404"])]
        groups.client?["referralSource"] = nil
        let grouped = try await harness.run(try harness.csv(["D-5;;Kees;Smit;;;;Politie"], name: "g.csv"), mapping: groups)
        #expect(grouped.errorCodes == ["unknownReference"])
    }
}
