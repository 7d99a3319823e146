import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Sources: encodings, delimiters, quoting, JSON lines")
struct SourceFormatTests {
    /// Imports the same generated export in several forms and expects identical clients.
    @Test("UTF-8, UTF-8 with BOM and Windows-1252 exports, and ; , and tab, import the same clients",
          arguments: [["--encoding", "windows-1252"], ["--encoding", "utf-8-bom"], ["--delimiter", "comma"], ["--delimiter", "tab", "--encoding", "windows-1252"]])
    func variants(_ options: [String]) async throws {
        let folder = try ScratchFolder()
        let plain = folder.path("plain.csv")
        let variant = folder.path("variant.csv")
        let summary = try BuiltProducts.generate(rows: 200, seed: 5, to: plain)
        _ = try BuiltProducts.generate(rows: 200, seed: 5, to: variant, extra: options)
        let mapping = try BuiltProducts.sampleMapping
        func clients(_ file: String) async throws -> [String: PersonName] {
            let harness = try await ImportHarness.make()
            let report = try await harness.run(file, mapping: mapping)
            #expect(report.rows.created == summary.expectedImported)
            var names: [String: PersonName] = [:]
            for client in try await harness.clients() { names[client.externalIDs["Suite4Sociaal"] ?? ""] = client.name }
            return names
        }
        let expected = try await clients(plain)
        #expect(try await clients(variant) == expected)
        #expect(expected.values.contains { $0.givenNames?.contains("ë") == true || $0.familyName.contains("Ç") })
    }

    @Test("quoted fields may hold the delimiter, quotes and line breaks") func quoting() async throws {
        let harness = try await ImportHarness.make()
        let file = try harness.csv(["\"D-1\";;\"Jan \"\"Hans\"\"\";\"Jansen; van\";;;;", "D-2;;\"Piet\r\nPaul\";Bakker;;;;"])
        let report = try await harness.run(file)
        #expect(report.rows.created == 2)
        #expect(try await harness.client(legacyID: "D-1")?.name.givenNames == "Jan \"Hans\"")
        #expect(try await harness.client(legacyID: "D-1")?.name.familyName == "Jansen; van")
        #expect(try await harness.client(legacyID: "D-2")?.name.givenNames == "Piet\r\nPaul")
    }

    @Test("a Windows-1252 file's rejects file is written in Windows-1252, original bytes unchanged but the BSN") func rejectsEncoding() async throws {
        let harness = try await ImportHarness.make()
        let row = "D-2;123456789;Zoë;Çelik;;;;"
        let text = ImportHarness.header + "\r\nD-1;;Zoë;Jansen;;;;\r\n" + row + "\r\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let report = try await harness.run(try harness.folder.write("ansi.csv", bytes))
        #expect(report.encoding == "windows-1252")
        let rejects = try Data(contentsOf: URL(fileURLWithPath: harness.folder.path("rejects.csv")))
        let expected = "3;invalidBSN(BSN);D-2;;Zoë;Çelik;;;;\r\n".unicodeScalars.map { UInt8($0.value) }
        #expect(Array(rejects).suffix(expected.count) == ArraySlice(expected))
        #expect(try await harness.client(legacyID: "D-1")?.name.givenNames == "Zoë")
    }

    static let jsonMapping = ImportMapping(
        sourceSystem: "Suite4Sociaal", recordID: "dossier",
        client: [
            "familyName": FieldMapping(column: "naam.achternaam", type: .text),
            "bsn": FieldMapping(column: "bsn", type: .bsn),
            "birthDate": FieldMapping(column: "geboortedatum", type: .date, formats: ["yyyy-MM-dd"]),
            "neighbourhood": FieldMapping(column: "buurt", type: .neighbourhoodCode),
            "hasForensicTitle": FieldMapping(column: "justitie", type: .boolean),
        ])

    @Test("JSON lines: nested keys, numbers, booleans and nulls; codes must be strings") func jsonLines() async throws {
        let harness = try await ImportHarness.make()
        let lines = [
            #"{"dossier":"D-1","naam":{"achternaam":"Jansen"},"bsn":"111222333","geboortedatum":"1980-02-01","buurt":"BU03630104","justitie":true}"#,
            #"{"dossier":2,"naam":{"achternaam":"Bakker"},"bsn":null,"geboortedatum":null,"justitie":false}"#,
            "",
            #"{"dossier":"D-3","naam":{"achternaam":"Smit"},"bsn":11222333}"#,
            #"{"dossier":"D-4","naam":{"achternaam":"Vos"},"buurt":3630104}"#,
            #"{"dossier":"D-5", not json"#,
        ]
        let file = try harness.folder.write("export.jsonl", lines.joined(separator: "\n") + "\n")
        let report = try await harness.run(file, mapping: Self.jsonMapping)
        #expect(report.rows.read == 5)
        #expect(report.rows.created == 2)
        #expect(report.errorCodes == ["invalidBSN", "invalidNeighbourhoodCode", "malformedRow"])
        #expect(report.errors.map(\.firstRows) == [[4], [5], [6]])
        #expect(try await harness.client(legacyID: "D-1")?.hasForensicTitle == true)
        #expect(try await harness.client(legacyID: "2")?.name.familyName == "Bakker")
        let rejects = harness.folder.read("rejects.csv").split(separator: "\n")
        #expect(rejects.count == 3)
        #expect(rejects.last?.contains(#""row":6"#) == true)
    }
}
