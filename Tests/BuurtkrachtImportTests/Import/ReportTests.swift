import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("The report: JSON shape, counts per code and column, first rows")
struct ReportTests {
    @Test("the JSON report has the status, the row counts, and per code its count, columns and first ten rows")
    func jsonShape() async throws {
        let harness = try await ImportHarness.make()
        let bad = (2...13).map { "D-\($0);;Piet;Bakker;;12345;;" }
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;"] + bad + ["D-99;;Kees;;31-02-1980;;;"]))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try report.prettyJSON().utf8)) as? [String: Any])
        #expect(json["status"] as? String == "completedWithRejections")
        #expect(json["dryRun"] as? Bool == false)
        #expect(json["file"] as? String == "export.csv")
        #expect(json["sourceSystem"] as? String == "Suite4Sociaal")
        #expect(json["strategy"] as? String == "upsert")
        #expect(json["atomicity"] as? String == "row")
        let rows = try #require(json["rows"] as? [String: Int])
        #expect(rows == ["read": 14, "created": 1, "updated": 0, "unchanged": 0, "rejected": 13])
        let records = try #require(json["records"] as? [String: [String: Int]])
        #expect(records["client"]?["created"] == 1)
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.map { $0["code"] as? String } == ["invalidDate", "invalidPostcode", "missingFamilyName"])
        let postcode = errors[1]
        #expect(postcode["count"] as? Int == 12)
        #expect(postcode["columns"] as? [String: Int] == ["Postcode": 12])
        #expect(postcode["firstRows"] as? [Int] == Array(3...12), "the first ten row numbers")
        #expect((postcode["message"] as? String)?.contains("Postcode") == true)
        #expect(errors[0]["firstRows"] as? [Int] == [15])
        #expect(json["warnings"] as? [Any] != nil)
        #expect(report.summary.contains("invalidPostcode × 12 (Postcode: 12) — rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …"))
        let decoded = try JSONDecoder().decode(ImportReport.self, from: Data(try report.prettyJSON().utf8))
        #expect(decoded == report, "the JSON report reads back as the same report")
    }

    @Test("a household id that matches two existing households is ambiguousLegacyID, and the row is rejected")
    func ambiguousLegacyID() async throws {
        let harness = try await ImportHarness.make()
        var mapping = ImportHarness.mapping
        mapping.household = ["id": FieldMapping(column: "Aanmelder", type: .text)]
        mapping.client?["referralSource"] = nil
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;H-1"]), mapping: mapping)
        let first = try #require(try await harness.provenance(ProvenanceQuery(kind: .household)).first)
        let now = harness.town.clock.now
        try await harness.town.services.storage.write { tx in
            let extra = Household(id: Household.ID("household-extra"), registeredAt: now)
            try tx.households.insert(extra)
            try tx.imports.record([
                ImportProvenance(
                    run: first.run, record: RecordReference(kind: .household, id: extra.id.rawValue), sourceSystem: "Suite4Sociaal",
                    legacyID: "H-1", fileName: "other.csv", row: 9, change: .created, previousVersion: nil)
            ])
        }
        let report = try await harness.run(try harness.csv(["D-2;;Anna;Jansen;;;;H-1", "D-3;;Piet;Bakker;;;;H-2"], name: "second.csv"), mapping: mapping)
        #expect(report.errorCodes == ["ambiguousLegacyID"])
        #expect(report.errors.first?.columns == ["Aanmelder": 1])
        #expect(report.errors.first?.firstRows == [2])
        #expect(report.rows.created == 1)
        #expect(try await harness.client(legacyID: "D-2") == nil, "nothing of the rejected row is written")
    }
}

@Suite("The command: progress, runs and undo", .serialized)
struct ImportCommandTests {
    @Test("with stderr not a terminal, progress is plain lines with rows and rows/s, then the summary")
    func progressLines() throws {
        let folder = try ScratchFolder()
        let file = folder.path("clients.csv")
        let mapping = folder.path("mapping.json")
        _ = try BuiltProducts.generate(rows: 300, seed: 3, to: file, extra: ["--clean", "--write-mapping", mapping])
        let result = try BuiltProducts.run("buurtkracht", ["import", file, "--mapping", mapping, "--db", folder.path("db.sqlite")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let progress = lines.filter { $0.hasPrefix("import: ") }
        #expect(!progress.isEmpty)
        #expect(progress.last?.hasPrefix("import: 100%  300 rows  ") == true)
        #expect(progress.allSatisfy { $0.hasSuffix("rows/s") || $0.contains("rows/s  ETA") })
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("\u{1B}["), "no terminal control codes in a pipe")
        #expect(lines.contains { $0.hasPrefix("Import completed: clients.csv") })
    }

    @Test("`import runs` lists each run with its counts; `import undo RUN` removes it and the list shows it undone")
    func runsAndUndo() throws {
        let folder = try ScratchFolder()
        let file = folder.path("clients.csv")
        let mapping = folder.path("mapping.json")
        let database = folder.path("db.sqlite")
        let summary = try BuiltProducts.generate(rows: 120, seed: 8, to: file, extra: ["--write-mapping", mapping])
        #expect(try BuiltProducts.run("buurtkracht", ["import", "runs", "--db", database]).stdout == "No import runs yet.\n")
        _ = try BuiltProducts.run("buurtkracht", ["import", file, "--mapping", mapping, "--db", database])
        let listed = try BuiltProducts.run("buurtkracht", ["import", "runs", "--db", database])
        #expect(listed.status == 0)
        let row = try #require(listed.stdout.split(separator: "\n").first { $0.hasPrefix("run-") }.map(String.init))
        let columns = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(columns.contains("completed") && columns.contains("clients.csv") && columns.contains("Suite4Sociaal"))
        #expect(columns.suffix(5) == ["120", String(summary.expectedImported), "0", "0", String(summary.expectedRejected)])

        let run = columns[0]
        let undone = try BuiltProducts.run("buurtkracht", ["import", "undo", run, "--db", database])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout.hasPrefix("Run \(run) undone. Removed: client \(summary.expectedImported)"))
        let after = try BuiltProducts.run("buurtkracht", ["import", "runs", "--db", database])
        #expect(after.stdout.contains("undone"))
        let again = try BuiltProducts.run("buurtkracht", ["import", "undo", run, "--db", database])
        #expect(again.status != 0)
        #expect(again.stderr.contains("undone already"))
    }
}
