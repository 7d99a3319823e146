import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import PropertyBased
import Testing

@Suite("Mapping files")
struct MappingTests {
    func decode(_ json: String) throws(ImportError) -> ImportMapping {
        try ImportMapping.decode(Array(json.utf8))
    }

    func expectInvalid(_ json: String, mentioning text: String) {
        do {
            _ = try decode(json)
            Issue.record("expected the mapping to be refused")
        } catch {
            #expect(error.code == .mappingInvalid || error.code == .mappingUnreadable)
            #expect(error.message.contains(text), "\(error.message)")
        }
    }

    @Test("the sample mapping loads, and encodes to JSON that loads back equal") func roundTrip() throws {
        let mapping = try BuiltProducts.sampleMapping
        #expect(mapping.recordID == "Dossiernummer")
        #expect(mapping.client?["birthDate"]?.formats == ["dd-MM-yyyy"])
        let again = try decode(try mapping.prettyJSON())
        #expect(again == mapping)
    }

    @Test("unknown keys, fields, types, formats and values are refused with the fix") func refusals() {
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id","clients":{}}"#, mentioning: "unknown key 'clients'")
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id","client":{"familyname":{"column":"A","type":"text"}}}"#, mentioning: "unknown field 'familyname'")
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id","client":{"familyName":{"column":"A","type":"date"}}}"#, mentioning: "must be 'text'")
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id","client":{"familyName":{"column":"A","type":"text"},"birthDate":{"column":"B","type":"date","format":"dd-mm-jjjj"}}}"#, mentioning: "unknown date format")
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id","client":{"familyName":{"column":"A","type":"text"},"gender":{"column":"G","type":"code","values":{"M":"man"}}}}"#, mentioning: "'man'")
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id","client":{"givenNames":{"column":"A","type":"text"}}}"#, mentioning: "needs the field 'familyName'")
        expectInvalid(#"{"sourceSystem":"","recordID":"Id","client":{}}"#, mentioning: "sourceSystem")
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id"}"#, mentioning: "imports nothing")
        expectInvalid(#"{"sourceSystem":"S","recordID":"Id","client":{"familyName":{"column":"A","type":"txt"}}}"#, mentioning: "client.familyName")
    }

    @Test("a mapping naming a column the file lacks is refused before anything is written") func unknownColumn() async throws {
        let harness = try await ImportHarness.make()
        var mapping = ImportHarness.mapping
        mapping.client?["city"] = FieldMapping(column: "Woonplaats", type: .text)
        do {
            _ = try await harness.run(try harness.csv(["D-1;;Jan;Jansen;;;;"]), mapping: mapping)
            Issue.record("expected unknownColumn")
        } catch let error as ImportError {
            #expect(error.code == .unknownColumn)
            #expect(error.message.contains("'Woonplaats'"))
            #expect(error.message.contains("Dossiernummer, BSN"))
        }
        #expect(try await harness.clients().isEmpty)
    }

    @Test("--infer-mapping recognises Dutch column names, date formats and referrers") func inference() throws {
        let folder = try ScratchFolder()
        let file = folder.path("export.csv")
        _ = try BuiltProducts.generate(rows: 300, seed: 3, to: file, extra: ["--encoding", "windows-1252"])
        let mapping = try MappingInference.infer(path: file, sourceSystem: "Suite4Sociaal")
        #expect(mapping.recordID == "Dossiernummer")
        let client = try #require(mapping.client)
        #expect(client["bsn"]?.column == "BSN")
        #expect(client["familyName"]?.column == "Achternaam")
        #expect(client["prefix"]?.column == "Tussenvoegsel")
        #expect(client["birthDate"]?.formats == ["dd-MM-yyyy"])
        #expect(client["registeredAt"]?.column == "Datum aanmelding")
        #expect(client["postcode"]?.type == .postcode)
        #expect(client["neighbourhood"]?.column == "Buurtcode")
        #expect(client["referralSource"]?.values?["Politie"] == "police")
        #expect(client["referralSource"]?.values?["Huisarts"] == "generalPractitioner")
        #expect(client["problemAreas"]?.values?["Schulden"] == "finances")
        // The proposal is a valid mapping that imports the file.
        _ = try ImportMapping.decode(Array(try mapping.prettyJSON().utf8))
    }

    @Test("inference reads short dates and lists what it left out") func inferenceShortDates() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("e.csv", "Cliëntnummer;Naam;Geb. datum;Opmerking;Wijk\r\n1;Jansen;3-11-80;x;Noord\r\n2;Bakker;12-1-05;y;Zuid\r\n")
        let mapping = try MappingInference.infer(path: file)
        #expect(mapping.recordID == "Cliëntnummer")
        #expect(mapping.client?["birthDate"]?.formats == ["d-M-yy"])
        #expect(mapping.notes?.contains { $0.contains("Opmerking") } == true)
        #expect(mapping.notes?.contains { $0.contains("'Wijk' holds names") } == true)
    }
}

@Suite("Date formats")
struct DateFormatTests {
    func parse(_ format: String, _ text: String, year: Int = 2026) -> CalendarDate? {
        guard let format = DateFormat(format) else { return nil }
        return format.date(from: text, currentYear: year)
    }

    @Test("day, month and year in the usual Dutch forms") func forms() throws {
        #expect(parse("dd-MM-yyyy", "29-02-1980") == (try CalendarDate(year: 1980, month: 2, day: 29)))
        #expect(parse("d-M-yyyy", "1-2-1980") == (try CalendarDate(year: 1980, month: 2, day: 1)))
        #expect(parse("yyyy-MM-dd", "1980-02-01") == (try CalendarDate(year: 1980, month: 2, day: 1)))
        #expect(parse("ddMMyyyy", "01021980") == (try CalendarDate(year: 1980, month: 2, day: 1)))
        #expect(parse("dd-MM-yyyy HH:mm:ss", "01-02-1980 00:00:00") == (try CalendarDate(year: 1980, month: 2, day: 1)))
        #expect(parse("dd-MM-yyyy", "1-2-1980") == nil)
        #expect(parse("dd-MM-yyyy", "31-02-1980") == nil)
        #expect(parse("dd-MM-yyyy", "01-02-1980x") == nil)
    }

    @Test("two-digit years fall in the century that is not in the future") func pivot() throws {
        #expect(parse("d-M-yy", "1-1-26", year: 2026)?.year == 2026)
        #expect(parse("d-M-yy", "1-1-27", year: 2026)?.year == 1927)
        #expect(parse("d-M-yy", "1-1-80", year: 2026)?.year == 1980)
    }

    @Test("ambiguous formats are refused") func ambiguous() {
        #expect(DateFormat("dMyyyy") == nil)
        #expect(DateFormat("dd-MM") == nil)
        #expect(DateFormat("dd-mm-jjjj") == nil)
    }

    @Test("every real day written as dd-MM-yyyy and d-M-yyyy reads back", .timeLimit(.minutes(1)))
    func roundTrip() async {
        await propertyCheck(input: Gen.int(in: -40_000...40_000)) { days in
            let date = CalendarDate(daysSinceEpoch: days)
            let padded = "\(date.day < 10 ? "0" : "")\(date.day)-\(date.month < 10 ? "0" : "")\(date.month)-\(date.year)"
            #expect(parse("dd-MM-yyyy", padded) == date)
            #expect(parse("d-M-yyyy", "\(date.day)-\(date.month)-\(date.year)") == date)
        }
    }
}
