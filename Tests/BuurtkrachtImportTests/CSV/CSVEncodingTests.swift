import Testing
@testable import BuurtkrachtImport

@Suite("Encodings: BOM, UTF-8 validation, Windows-1252")
struct CSVEncodingTests {
    typealias T = CSVTestSupport

    @Test("a UTF-8 BOM is stripped and selects UTF-8")
    func utf8ByteOrderMark() throws {
        let (reader, records) = try T.read("\u{FEFF}Naam;Plaats\r\nZoë;Zwolle\r\n")
        #expect(reader.hadByteOrderMark)
        #expect(reader.encoding == .utf8)
        #expect(reader.header?.names == ["Naam", "Plaats"])
        #expect(reader.header?.record[0] == "Naam")
        #expect(records[0].fields == ["Zoë", "Zwolle"])
    }

    @Test("a forced Windows-1252 encoding keeps a UTF-8 BOM as data")
    func byteOrderMarkWithWindows1252Override() throws {
        let (reader, records) = try T.read(T.bytes("\u{FEFF}a\n"), options: T.noHeader(encoding: .windows1252))
        #expect(!reader.hadByteOrderMark)
        #expect(records[0].fields == ["ï»¿a"])
    }

    @Test("UTF-8 without BOM is detected at the first non-ASCII byte")
    func utf8Detection() throws {
        let (reader, records) = try T.read("Naam\nJan\nJoëlle “Jo” €5\n")
        #expect(reader.encoding == .utf8)
        #expect(records.map(\.fields) == [["Jan"], ["Joëlle “Jo” €5"]])
        #expect(records.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test("an ASCII-only file leaves the encoding undecided")
    func asciiOnly() throws {
        let (reader, records) = try T.read("a;b\n1;2\n")
        #expect(reader.encoding == nil)
        #expect(records[0].encoding == .utf8)
    }

    @Test("Windows-1252 is detected and ë, é, € and the 0x80–0x9F range are converted")
    func windows1252Detection() throws {
        let text = "Naam;Plaats;Bedrag\r\nJoëlle;Café ’t Hoekje;€ 12,50\r\nRené;Zwolle;–\r\n"
        let (reader, records) = try T.read(T.windows1252(text))
        #expect(reader.encoding == .windows1252)
        #expect(reader.header?.names == ["Naam", "Plaats", "Bedrag"])
        #expect(records.map(\.fields) == [["Joëlle", "Café ’t Hoekje", "€ 12,50"], ["René", "Zwolle", "–"]])
        #expect(records.allSatisfy { $0.diagnostics.isEmpty && $0.encoding == .windows1252 })
        let all = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ¡ÿ"
        let (_, high) = try T.read(T.windows1252(all), options: T.noHeader())
        #expect(high[0][0] == all)
    }

    @Test("an undefined Windows-1252 byte at detection time is a fatal error", arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func undefinedByteAtDetection(byte: UInt8) throws {
        let input = T.bytes("Naam\r\nJan\r\nX") + [byte] + T.bytes("Y\r\n")
        let error = #expect(throws: CSVError.self) { try T.read(input) }
        #expect(error?.code == .undefinedWindows1252Byte)
        #expect(error?.line == 3)
        #expect(error?.byteOffset == 12)
        #expect(error?.message.contains("Re-export the file as UTF-8 or Windows-1252") == true)
    }

    @Test("an undefined byte after Windows-1252 was decided is a row error, other rows continue")
    func undefinedByteLater() throws {
        let input = T.windows1252("Naam\r\nJoëlle\r\nX") + [0x81] + T.windows1252("Y\r\nRené\r\n")
        let (reader, records) = try T.read(input)
        #expect(reader.encoding == .windows1252)
        #expect(records.map(\.lineNumber) == [2, 3, 4])
        #expect(records[1].diagnostics.map(\.code) == [.undefinedWindows1252Byte])
        #expect(records[1].diagnostics.first?.line == 3)
        #expect(records[1].diagnostics.first?.severity == .error)
        #expect(records[2].fields == ["René"])
        #expect(!records[0].hasErrors && !records[2].hasErrors)
    }

    @Test("with a Windows-1252 override an undefined byte is a row error, not fatal")
    func undefinedByteWithOverride() throws {
        let input = [0x41, 0x81, 0x0A, 0x42, 0x0A] as [UInt8]
        let (_, records) = try T.read(input, options: T.noHeader(encoding: .windows1252))
        #expect(records[0].diagnostics.map(\.code) == [.undefinedWindows1252Byte])
        #expect(records[0][0] == "A\u{FFFD}")
        #expect(records[1].fields == ["B"])
    }

    @Test("invalid UTF-8 after valid UTF-8 is a row diagnostic naming its line")
    func invalidUTF8Later() throws {
        var input = T.bytes("Naam;Plaats\nZoë;Zwolle\n\"Line\nbreak\";")
        input += [0xC3, 0x28]  // invalid continuation
        input += T.bytes("\nJan;Ede\n")
        let (reader, records) = try T.read(input)
        #expect(reader.encoding == .utf8)
        #expect(records.count == 3)
        let diagnostic = try #require(records[1].diagnostics.first)
        #expect(diagnostic.code == .invalidUTF8)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line == 4)
        #expect(diagnostic.fieldIndex == 1)
        #expect(diagnostic.byteOffset == 37)
        #expect(records[1].rawBytes[diagnostic.byteOffset - records[1].byteOffset] == 0xC3)
        #expect(records[2].fields == ["Jan", "Ede"])
        #expect(records[2].diagnostics.isEmpty)
    }

    @Test("strict UTF-8: overlong forms, surrogates and out-of-range scalars are invalid", arguments: [
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
    ] as [[UInt8]])
    func strictUTF8(sequence: [UInt8]) throws {
        let input = T.bytes("é\n") + sequence + T.bytes("\n")
        let (_, records) = try T.read(input, options: T.noHeader())
        #expect(records[1].diagnostics.map(\.code) == [.invalidUTF8])
    }

    @Test("UTF-8-looking bytes in a Windows-1252 file get a warning")
    func mixedEncodingWarning() throws {
        let input = T.windows1252("Joëlle\n") + T.bytes("Zoë\n")
        let (_, records) = try T.read(input, options: T.noHeader())
        #expect(records[0].diagnostics.isEmpty)
        #expect(records[1].diagnostics.map(\.code) == [.suspectedUTF8InWindows1252])
        #expect(records[1].diagnostics.first?.severity == .warning)
    }

    @Test("UTF-16 and UTF-32 are rejected with an actionable message", arguments: [
        [0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41], [0x00, 0x00, 0xFE, 0xFF],
        [0x41, 0x00, 0x3B, 0x00], [0x00, 0x41, 0x00, 0x3B],
    ] as [[UInt8]])
    func utf16Rejected(prefix: [UInt8]) throws {
        let error = #expect(throws: CSVError.self) { try T.read(prefix + [0x42, 0x00, 0x0A, 0x00]) }
        #expect(error?.code == .unsupportedEncoding)
        #expect(error?.message.contains("Re-export the file as UTF-8") == true)
    }

    @Test("explicit UTF-8 override reports Windows-1252 bytes as invalid UTF-8")
    func utf8Override() throws {
        let (_, records) = try T.read(T.windows1252("Joëlle\n"), options: T.noHeader(encoding: .utf8))
        #expect(records[0].diagnostics.map(\.code) == [.invalidUTF8])
    }
}
