import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import Testing

/// A BSN never leaves the importer: the rejects file keeps each rejected row byte for byte except
/// its BSN, and no report, message or line on stderr repeats one.
@Suite("Privacy: BSNs stay out of the rejects file, the report and stderr")
struct PrivacyTests {
    @Test("the real command on a messy export: no BSN of the input in the rejects file, report or stderr")
    func endToEnd() throws {
        let folder = try ScratchFolder()
        let file = folder.path("clients.csv")
        let mapping = folder.path("mapping.json")
        let summary = try BuiltProducts.generate(rows: 600, seed: 17, to: file, extra: ["--messy", "40", "--write-mapping", mapping])
        let bsns = try Self.bsnColumn(of: file)
        #expect(bsns.count > 400, "the export has BSNs to look for")

        let result = try BuiltProducts.run(
            "buurtkracht",
            ["import", file, "--mapping", mapping, "--db", folder.path("db.sqlite"), "--rejects", folder.path("rejects.csv"),
             "--report", folder.path("report.json")])
        #expect(result.status == 3, "rows were rejected: \(result.stderr)")
        let rejects = folder.read("rejects.csv")
        let report = folder.read("report.json")
        #expect(rejects.split(separator: "\r\n").count == summary.expectedRejected + 1)
        #expect(report.contains("invalidBSN"))
        for bsn in bsns {
            #expect(!rejects.contains(bsn), "the rejects file holds a BSN")
            #expect(!report.contains(bsn), "the report holds a BSN")
            #expect(!result.stderr.contains(bsn), "stderr holds a BSN")
        }
    }

    @Test("a rejected CSV row is kept byte for byte with its BSN column emptied, quoted or not")
    func csvRowBlanked() async throws {
        let harness = try await ImportHarness.make()
        let rows = [
            "D-2;\"111222333\";Piet;;01-02-1980;2262 AB;BU19160101;Politie",
            "D-3; 123456789 ;Kees;Smit;01-02-1980;2262 AB;BU19160101;Politie",
            "D-4;\"11 122 2333\";\"Anna \"\"An\"\"\";;  01-02-1980;2262 AB;BU19160101;Politie",
        ]
        _ = try await harness.run(try harness.csv(rows))
        let lines = harness.folder.read("rejects.csv").split(separator: "\r\n").map(String.init)
        #expect(lines.dropFirst() == [
            "2;missingFamilyName(Achternaam);D-2;;Piet;;01-02-1980;2262 AB;BU19160101;Politie",
            "3;invalidBSN(BSN);D-3;;Kees;Smit;01-02-1980;2262 AB;BU19160101;Politie",
            "4;missingFamilyName(Achternaam);D-4;;\"Anna \"\"An\"\"\";;  01-02-1980;2262 AB;BU19160101;Politie",
        ])
    }

    @Test("an unmapped column whose header names a BSN is emptied too")
    func unmappedBSNColumn() async throws {
        let harness = try await ImportHarness.make()
        let file = try harness.folder.write(
            "meldingen.csv",
            "Meldingnummer;Dossiernummer;Burgerservicenummer;Soort;Melder;Datum melding;Omschrijving\r\nM-2;D-404;111222333;Overlast;Politie;03-03-2026;Geluid\r\n")
        let report = try await harness.run(file, mapping: OtherRecordTests.signalMapping)
        #expect(report.errorCodes == ["unknownReference"])
        let line = harness.folder.read("rejects.csv").split(separator: "\r\n").last.map(String.init)
        #expect(line == "2;unknownReference(Dossiernummer);M-2;D-404;;Overlast;Politie;03-03-2026;Geluid")
    }

    @Test("a malformed row, whose columns cannot be trusted, loses every run of 8 or 9 digits that is not part of a code")
    func malformedRowBlanked() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-2;Piet;111222333;Bakker;01-02-1980;2262 AB;BU19160101;Politie;12345678;1234567890"]))
        let line = harness.folder.read("rejects.csv").split(separator: "\r\n").last.map(String.init)
        #expect(line == "2;malformedRow;D-2;Piet;;Bakker;01-02-1980;2262 AB;BU19160101;Politie;;1234567890")
    }

    @Test("JSON lines: the BSN key's value is emptied in the rejects file and the blanked keys are named")
    func jsonLinesBlanked() async throws {
        let harness = try await ImportHarness.make()
        let lines = [
            #"{"dossier":"D-1","naam":{"achternaam":""},"bsn":"111222333"}"#,
            #"{"dossier":"D-2","naam":{"achternaam":"Smit"},"bsn":11222333}"#,
            #"{"dossier":"D-3", "bsn":"111222333", not json"#,
        ]
        let file = try harness.folder.write("export.jsonl", lines.joined(separator: "\n") + "\n")
        let report = try await harness.run(file, mapping: SourceFormatTests.jsonMapping)
        #expect(report.rows.rejected == 3)
        let rejects = harness.folder.read("rejects.csv")
        #expect(!rejects.contains("111222333") && !rejects.contains("11222333"))
        let decoded = try rejects.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(decoded.map { $0["line"] as? String } == [
            #"{"dossier":"D-1","naam":{"achternaam":""},"bsn":""}"#,
            #"{"dossier":"D-2","naam":{"achternaam":"Smit"},"bsn":null}"#,
            #"{"dossier":"D-3", "bsn":"", not json"#,
        ])
        #expect(decoded.map { $0["blanked"] as? [String] } == [["bsn"], ["bsn"], ["bsn"]])
    }

    /// The non-empty values of the BSN column, digits only.
    static func bsnColumn(of path: String) throws -> [String] {
        let reader = try CSVReader(url: URL(fileURLWithPath: path))
        var values: [String] = []
        while let record = try reader.next() {
            guard record.count > 1 else { continue }
            let digits = record[1].filter(\.isNumber)
            if digits.count >= 8 { values.append(digits) }
        }
        return values
    }
}
