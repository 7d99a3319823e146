import Testing
@testable import BuurtkrachtImport

@Suite("Tokenizer: dialect, quoting, line endings")
struct CSVTokenizerTests {
    typealias T = CSVTestSupport

    @Test("detects the delimiter from the header line", arguments: [
        ("BSN;Naam;Plaats\n1;2;3\n", CSVDelimiter.semicolon),
        ("BSN,Naam,Plaats\n1,2,3\n", .comma),
        ("BSN\tNaam\tPlaats\n1\t2\t3\n", .tab),
        ("Naam;Adres,Plaats\n", .semicolon),  // tie: semicolon preferred
        ("Naam\n", .semicolon),  // one column
        ("\"a;b;c\",Naam,Plaats\n", .comma),  // delimiters inside quotes do not count
        ("\r\n\nA\tB\n", .tab),  // leading blank lines skipped
    ])
    func detectsDelimiter(input: String, expected: CSVDelimiter) throws {
        let (reader, _) = try T.read(input)
        #expect(reader.dialect.delimiter == expected)
    }

    @Test("an explicit delimiter overrides detection")
    func delimiterOverride() throws {
        let (reader, records) = try T.read("a;b,c\n1;2,3\n", options: T.noHeader(delimiter: .comma))
        #expect(reader.dialect.delimiter == .comma)
        #expect(records.map(\.fields) == [["a;b", "c"], ["1;2", "3"]])
    }

    @Test("header maps trimmed names to indices, case preserved")
    func header() throws {
        let (reader, records) = try T.read("\u{FEFF} BSN ;Naam\t;Postcode;naam\r\n012345678;Jansen;1234 AB;x\r\n")
        let header = try #require(reader.header)
        #expect(header.names == ["BSN", "Naam", "Postcode", "naam"])
        #expect(header.index(of: "BSN") == 0)
        #expect(header["Postcode"] == 2)
        #expect(header.index(of: "naam") == 3)
        #expect(header.index(of: "bsn") == nil)
        #expect(header.index(ofCaseInsensitive: "bsn") == 0)
        #expect(header.duplicateNames.isEmpty)
        #expect(records[0].value(forColumn: "Postcode", in: header) == "1234 AB")
        #expect(records[0].value(forColumn: "Onbekend", in: header) == nil)
        #expect(records[0].recordIndex == 2)
        #expect(header.record.recordIndex == 1)
    }

    @Test("duplicate header names: first wins and is reported")
    func duplicateHeader() throws {
        let (reader, _) = try T.read("Naam;Naam;X\n")
        #expect(reader.header?.index(of: "Naam") == 0)
        #expect(reader.header?.duplicateNames == ["Naam"])
    }

    @Test("CRLF, LF, lone CR and mixed line endings give the same records and line numbers")
    func lineEndings() throws {
        let expected = [["1", "a"], ["2", "b"], ["3", "c"]]
        for (input, ending) in [
            ("h;x\r\n1;a\r\n2;b\r\n3;c\r\n", CSVLineEnding.crlf),
            ("h;x\n1;a\n2;b\n3;c\n", .lf),
            ("h;x\r1;a\r2;b\r3;c\r", .cr),
            ("h;x\r\n1;a\n2;b\r3;c", .crlf),
        ] {
            let (reader, records) = try T.read(input)
            #expect(records.map(\.fields) == expected)
            #expect(records.map(\.lineNumber) == [2, 3, 4])
            #expect(reader.dialect.lineEnding == ending)
        }
    }

    @Test("quoted fields with delimiters, doubled quotes and line breaks; following line numbers stay right")
    func quotedFields() throws {
        let input = "id;tekst;x\r\n1;\"a;b\";z\r\n2;\"zei \"\"hoi\"\"\";z\r\n3;\"regel 1\r\nregel 2\nregel 3\";z\r\n4;\"\";z\r\n5;\"\"\"\";z\r\n"
        let (_, records) = try T.read(input)
        #expect(records.map(\.fields) == [
            ["1", "a;b", "z"], ["2", "zei \"hoi\"", "z"], ["3", "regel 1\r\nregel 2\nregel 3", "z"],
            ["4", "", "z"], ["5", "\"", "z"],
        ])
        #expect(records.map(\.lineNumber) == [2, 3, 4, 7, 8])
        #expect(records.map(\.lineCount) == [1, 1, 3, 1, 1])
        #expect(records.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test("unquoted fields are byte-exact: leading zeros and spaces kept")
    func noTrimming() throws {
        let (_, records) = try T.read("012345678; 12 ;  1234 AB\t;007\n", options: T.noHeader(delimiter: .semicolon))
        #expect(records[0].fields == ["012345678", " 12 ", "  1234 AB\t", "007"])
        #expect(records[0].fieldBytes(at: 1) == Array(" 12 ".utf8))
    }

    @Test("a quote after leading spaces does not start a quoted field (byte-exact, with a warning)")
    func quoteAfterSpaces() throws {
        let (_, records) = try T.read("1; \"a;b\"\n", options: T.noHeader())
        #expect(records[0].fields == ["1", " \"a", "b\""])
        #expect(records[0].diagnostics.map(\.code) == [.strayQuote, .strayQuote])
    }

    @Test("empty fields, empty trailing field and a final line without newline")
    func emptyFields() throws {
        let (_, records) = try T.read(";a;;\n;;;\nx;y;z;", options: T.noHeader())
        #expect(records.map(\.fields) == [["", "a", "", ""], ["", "", "", ""], ["x", "y", "z", ""]])
        let (_, single) = try T.read("a;b\n1;2", options: T.noHeader())
        #expect(single.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("empty file and header-only file")
    func emptyAndHeaderOnly() throws {
        let (emptyReader, empty) = try T.read("")
        #expect(empty.isEmpty)
        #expect(emptyReader.header == nil)
        let (headerReader, headerOnly) = try T.read("BSN;Naam\r\n")
        #expect(headerOnly.isEmpty)
        #expect(headerReader.header?.names == ["BSN", "Naam"])
        let (_, noNewline) = try T.read("BSN;Naam")
        #expect(noNewline.isEmpty)
    }

    @Test("blank lines are skipped but counted; optionally returned")
    func blankLines() throws {
        let input = "h\r\n\r\na\n\n\rb\r\n"
        let (reader, records) = try T.read(input)
        #expect(records.map(\.fields) == [["a"], ["b"]])
        #expect(records.map(\.lineNumber) == [3, 6])
        #expect(records.map(\.recordIndex) == [2, 3])
        #expect(reader.skippedBlankLineCount == 3)
        var options = CSVReaderOptions()
        options.skipBlankLines = false
        let (_, kept) = try T.read(input, options: options)
        #expect(kept.map(\.fields) == [[""], ["a"], [""], [""], ["b"]])
        #expect(kept.map(\.lineNumber) == [2, 3, 4, 5, 6])
    }

    @Test("a whitespace-only line is a record, not a blank line")
    func whitespaceLine() throws {
        let (_, records) = try T.read(" \n", options: T.noHeader())
        #expect(records.map(\.fields) == [[" "]])
    }

    @Test("byte offsets point at the record's raw bytes in the file")
    func byteOffsets() throws {
        let input = T.bytes("\u{FEFF}BSN;Naam\r\n\r\n012;\"Jan\r\nsen\"\r\n 12;\"a\"\"b\"\n7;Zoë")
        let (reader, records) = try T.read(input)
        #expect(reader.hadByteOrderMark)
        let header = try #require(reader.header)
        #expect(header.record.byteOffset == 3)
        for record in [header.record] + records {
            let slice = Array(input[record.byteOffset..<(record.byteOffset + record.rawBytes.count)])
            #expect(slice == record.rawBytes)
        }
        #expect(records.map(\.byteOffset) == [15, 31, 42])
        #expect(records.map(\.lineNumber) == [3, 5, 6])
        #expect(records[0].rawBytes == T.bytes("012;\"Jan\r\nsen\""))
    }

    @Test("a very long field within the limit is read intact")
    func longField() throws {
        let long = String(repeating: "abcdefghij", count: 90_000)  // 900 000 bytes
        let quotedLong = String(repeating: "x;\"\n", count: 50_000)  // 200 000 bytes, escaped to 250 000
        let input = "a;b\n1;\(long)\n2;\"\(quotedLong.replacing("\"", with: "\"\""))\"\n3;c\n"
        var options = CSVReaderOptions()
        options.maxLinesPerRecord = 100_000
        let (_, records) = try T.read(input, options: options, chunk: 4096)
        #expect(records.count == 3)
        #expect(records[0][1] == long)
        #expect(records[1][1] == quotedLong)
        #expect(records[2].fields == ["3", "c"])
        #expect(records[2].lineNumber == 50_004)
        #expect(records.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test("field count differing from the header is an error diagnostic")
    func fieldCountMismatch() throws {
        let (_, records) = try T.read("a;b;c\n1;2;3\n1;2\n1;2;3;4\n")
        #expect(records[0].diagnostics.isEmpty)
        #expect(records[1].diagnostics.map(\.code) == [.fieldCountMismatch])
        #expect(records[1].diagnostics.first?.line == 3)
        #expect(records[2].diagnostics.map(\.code) == [.fieldCountMismatch])
        #expect(records[2].hasErrors)
        let (_, noHeader) = try T.read("1;2\n1\n", options: T.noHeader())
        #expect(noHeader[1].diagnostics.map(\.code) == [.fieldCountMismatch])
    }

    @Test("records are a collection of fields with safe access")
    func collectionAccess() throws {
        let (_, records) = try T.read("1;\"a\"\"b\";c\n", options: T.noHeader())
        let record = records[0]
        #expect(record.count == 3)
        #expect(Array(record) == ["1", "a\"b", "c"])
        #expect(record.field(at: 3) == nil)
        #expect(record.field(at: -1) == nil)
        #expect(record.fieldBytes(at: 1) == Array("a\"b".utf8))
        #expect(record.recordIndex == 1)
    }

    @Test("iterating with for-in yields the same records as next()")
    func sequenceIteration() throws {
        let input = "h\n1\n2\n3\n"
        let reader = try CSVReader(bytes: T.bytes(input))
        var fields: [[String]] = []
        for record in reader { fields.append(record.fields) }
        #expect(fields == [["1"], ["2"], ["3"]])
        #expect(reader.terminalError == nil)
        #expect(try reader.next() == nil)
    }
}
