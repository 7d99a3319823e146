import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTesting
import Foundation
import Testing

/// Every rejection reason: the row goes to the rejects file with its row number and reason,
/// nothing from it is written, the other rows are imported, and no message repeats the value.
@Suite("Validation: each rejection reason")
struct RejectionTests {
    /// Imports a good row and `row`, and checks that `row` alone is rejected with `code`.
    func expectRejected(
        _ row: String, _ code: String, column: String? = nil, value: String? = nil, mapping: ImportMapping = ImportHarness.mapping,
        good: String = "D-1;111222333;Jan;Jansen;01-02-1980;2262 AB;BU19160101;Politie"
    ) async throws {
        let harness = try await ImportHarness.make()
        let file = try harness.csv([good, row])
        let report = try await harness.run(file, mapping: mapping)
        #expect(report.status == .completedWithRejections)
        #expect(report.rows.read == 2)
        #expect(report.rows.created == 1)
        #expect(report.rows.rejected == 1)
        #expect(report.errorCodes == [code])
        #expect(report.errors.first?.firstRows == [3])
        if let column { #expect(report.errors.first?.columns == [column: 1]) }
        if let value { #expect(!report.allMessages.contains(value), "a message must not contain the value") }
        #expect(try await harness.clients().count == 1)
        let rejects = harness.folder.read("rejects.csv").split(separator: "\r\n")
        #expect(rejects.count == 2)
        #expect(rejects.first?.hasPrefix("row;reasons;Dossiernummer;") == true)
        #expect(rejects.last == Substring("3;\(code)\(column.map { "(\($0))" } ?? "");\(Self.blankingBSN(row))"))
    }

    /// `row` (under the standard header) with its BSN column emptied, as the rejects file has it.
    static func blankingBSN(_ row: String) -> String {
        var fields = row.split(separator: ";", omittingEmptySubsequences: false)
        fields[1] = ""
        return fields.joined(separator: ";")
    }

    @Test("a BSN that fails the eleven test") func elevenTest() async throws {
        try await expectRejected("D-2;123456789;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie", "invalidBSN", column: "BSN", value: "123456789")
    }

    @Test("a BSN with letters or in scientific notation") func bsnNotDigits() async throws {
        try await expectRejected("D-2;1.23457E+08;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie", "invalidBSN", column: "BSN", value: "1.23457E+08")
        try await expectRejected("D-2;12345678x;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie", "invalidBSN", column: "BSN")
        try await expectRejected("D-2;1234567;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie", "invalidBSN", column: "BSN")
    }

    @Test("a date that is present but not a real day") func impossibleDate() async throws {
        try await expectRejected("D-2;;Piet;Bakker;31-02-1980;2262 AB;BU19160101;Politie", "invalidDate", column: "Geboortedatum", value: "31-02-1980")
    }

    @Test("a date in no declared format") func dateFormat() async throws {
        try await expectRejected("D-2;;Piet;Bakker;1980/02/01;2262 AB;BU19160101;Politie", "invalidDate", column: "Geboortedatum", value: "1980/02/01")
    }

    @Test("an invalid postcode") func postcode() async throws {
        try await expectRejected("D-2;;Piet;Bakker;01-02-1980;0262 AB;BU19160101;Politie", "invalidPostcode", column: "Postcode", value: "0262 AB")
        try await expectRejected("D-2;;Piet;Bakker;01-02-1980;2262 A;BU19160101;Politie", "invalidPostcode", column: "Postcode")
    }

    @Test("a neighbourhood code that lost its BU and leading zero as a number") func neighbourhoodNumber() async throws {
        try await expectRejected("D-2;;Piet;Bakker;01-02-1980;2262 AB;3630104;Politie", "invalidNeighbourhoodCode", column: "Buurtcode", value: "3630104")
        try await expectRejected("D-2;;Piet;Bakker;01-02-1980;2262 AB;WK036301;Politie", "invalidNeighbourhoodCode", column: "Buurtcode")
    }

    @Test("a client without a family name") func familyName() async throws {
        try await expectRejected("D-2;;Piet;;01-02-1980;2262 AB;BU19160101;Politie", "missingFamilyName", column: "Achternaam")
    }

    @Test("a blank legacy id") func blankID() async throws {
        try await expectRejected(" ;;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie", "blankLegacyID", column: "Dossiernummer")
    }

    @Test("a legacy id repeated in the file") func repeatedID() async throws {
        try await expectRejected("D-1;;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie", "duplicateLegacyID", column: "Dossiernummer")
    }

    @Test("a value the value map does not list") func unmapped() async throws {
        try await expectRejected("D-2;;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Bibliotheek", "unmappedValue", column: "Aanmelder", value: "Bibliotheek")
    }

    @Test("a row with too many fields") func fieldCount() async throws {
        try await expectRejected("D-2;;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie;extra", "malformedRow")
    }

    @Test("a yes/no column with another value") func boolean() async throws {
        var mapping = ImportHarness.mapping
        mapping.client?["hasForensicTitle"] = FieldMapping(column: "Aanmelder", type: .boolean)
        mapping.client?["referralSource"] = nil
        try await expectRejected("D-2;;Piet;Bakker;01-02-1980;2262 AB;BU19160101;misschien", "invalidValue", column: "Aanmelder", value: "misschien", mapping: mapping,
            good: "D-1;111222333;Jan;Jansen;01-02-1980;2262 AB;BU19160101;ja")
    }

    @Test("bytes that are not UTF-8 in a UTF-8 file") func encoding() async throws {
        let harness = try await ImportHarness.make()
        var bytes = Array((ImportHarness.header + "\r\nD-1;;Zoë;Jansen;;;;\r\n").utf8)
        bytes += Array("D-2;;".utf8) + [0xFF, 0xFE] + Array(";Bakker;;;;\r\n".utf8)
        let report = try await harness.run(try harness.folder.write("mixed.csv", bytes))
        #expect(report.errorCodes == ["encoding"])
        #expect(report.rows.created == 1)
    }

    @Test("an unterminated quote rejects its line and the next rows are read") func unterminatedQuote() async throws {
        let harness = try await ImportHarness.make()
        let file = try harness.csv([
            "D-1;;Jan;\"Jansen;;;;", "D-2;;Piet;Bakker;01-02-1980;2262 AB;BU19160101;Politie", "D-3;;Kees;Smit;;;;",
        ])
        let report = try await harness.run(file)
        #expect(report.errorCodes == ["malformedRow"])
        #expect(report.errors.first?.firstRows == [2])
        #expect(report.rows.created == 2)
    }

    @Test("a row with several problems lists every reason") func everyReason() async throws {
        let harness = try await ImportHarness.make()
        let row = "D-2;123456789;Piet;;31-02-1980;0262 AB;3630104;Bibliotheek"
        let report = try await harness.run(try harness.csv([row]))
        #expect(report.errorCodes == ["invalidBSN", "invalidDate", "invalidNeighbourhoodCode", "invalidPostcode", "missingFamilyName", "unmappedValue"])
        #expect(report.rows.rejected == 1)
        let line = harness.folder.read("rejects.csv").split(separator: "\r\n").last.map(String.init) ?? ""
        #expect(line == "2;missingFamilyName(Achternaam) | invalidDate(Geboortedatum) | invalidBSN(BSN) | invalidPostcode(Postcode) | invalidNeighbourhoodCode(Buurtcode) | unmappedValue(Aanmelder);\(Self.blankingBSN(row))")
        for value in ["123456789", "31-02-1980", "0262 AB", "3630104", "Bibliotheek"] { #expect(!report.allMessages.contains(value)) }
    }
}

/// Values that look odd but are valid import as they should.
@Suite("Validation: accepted quirks of Dutch exports")
struct AcceptedValueTests {
    @Test("an 8-digit BSN is padded with its lost leading zero") func eightDigitBSN() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.importRow("D-1;12345672;Jan;Jansen;;;;")
        #expect(report.status == .completed)
        #expect(try await harness.client(legacyID: "D-1")?.bsn?.digits == "012345672")
    }

    @Test("an empty date or 'onbekend' imports as unknown") func unknownDates() async throws {
        let harness = try await ImportHarness.make()
        let report = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;", "D-2;;Piet;Bakker;Onbekend;;;", "D-3;;Kees;Smit;  -  ;;;"]))
        #expect(report.rows.created == 3)
        for id in ["D-1", "D-2", "D-3"] { #expect(try await harness.client(legacyID: id)?.birthDate == nil) }
    }

    @Test("postcodes with and without a space, in any case") func postcodes() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;2262 AB;;", "D-2;;Piet;Bakker;;2262ab;;", "D-3;;Kees;Smit;; 2262  AB ;;"]))
        for id in ["D-1", "D-2", "D-3"] { #expect(try await harness.client(legacyID: id)?.address?.postcode?.rawValue == "2262AB") }
    }

    @Test("CBS codes are text: BU with eight digits, or the eight digits alone") func neighbourhoodCodes() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;bu03630104;", "D-2;;Piet;Bakker;;;03630104;"]))
        #expect(try await harness.client(legacyID: "D-1")?.neighbourhood?.rawValue == "BU03630104")
        #expect(try await harness.client(legacyID: "D-2")?.neighbourhood?.rawValue == "BU03630104")
    }

    @Test("two-digit years and single-digit days in d-M-yy") func shortDates() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;3-11-80;;;", "D-2;;Piet;Bakker;1-2-05;;;"]))
        #expect(try await harness.client(legacyID: "D-1")?.birthDate == (try CalendarDate(year: 1980, month: 11, day: 3)))
        #expect(try await harness.client(legacyID: "D-2")?.birthDate == (try CalendarDate(year: 2005, month: 2, day: 1)))
    }

    @Test("value maps match ignoring case and spaces") func valueMaps() async throws {
        let harness = try await ImportHarness.make()
        _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;; POLITIE ", "D-2;;Piet;Bakker;;;;huisarts"]))
        #expect(try await harness.client(legacyID: "D-1")?.referralSource == .police)
        #expect(try await harness.client(legacyID: "D-2")?.referralSource == .generalPractitioner)
    }
}
