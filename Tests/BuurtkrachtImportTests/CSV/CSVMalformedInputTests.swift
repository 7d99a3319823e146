import Testing
@testable import BuurtkrachtImport

@Suite("Malformed input: stray quotes, unterminated quotes, oversized records")
struct CSVMalformedInputTests {
    typealias T = CSVTestSupport

    /// Ten rows without header; row `broken` replaced by `brokenLine`, row `other` by `otherLine`.
    static func tenRows(broken: Int = 3, _ brokenLine: String, other: Int? = nil, _ otherLine: String = "") -> String {
        (1...10).map { row in
            if row == broken { return brokenLine }
            if row == other { return otherLine }
            return "\(row);Naam\(row);Plaats\(row)"
        }.joined(separator: "\r\n") + "\r\n"
    }

    static func expectRowsIntact(_ records: [CSVRecord], except skipped: Set<Int> = [3]) {
        for row in 1...10 where !skipped.contains(row) {
            let record = records[row - 1]
            #expect(record.lineNumber == row)
            #expect(record.fields == ["\(row)", "Naam\(row)", "Plaats\(row)"])
            #expect(record.diagnostics.isEmpty, "row \(row): \(record.diagnostics)")
        }
    }

    @Test("a stray quote inside an unquoted field is kept literally with a warning")
    func strayQuote() throws {
        let (_, records) = try T.read("id;maat\n1;12\" scherm\n2;a\"b\"c\n", options: T.noHeader())
        #expect(records[1].fields == ["1", "12\" scherm"])
        #expect(records[2].fields == ["2", "a\"b\"c"])
        let diagnostic = try #require(records[1].diagnostics.first)
        #expect(diagnostic.code == .strayQuote)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.fieldIndex == 1)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.byteOffset == 12)
        #expect(records[2].diagnostics.count == 1)
    }

    @Test("text after a closing quote is appended to the field with a warning")
    func textAfterClosingQuote() throws {
        let (_, records) = try T.read("\"abc\"x;y\n\"a\"\"b\" c;\"d\"\"\"\n", options: T.noHeader())
        #expect(records[0].fields == ["abcx", "y"])
        #expect(records[1].fields == ["a\"b c", "d\""])
        #expect(records[0].diagnostics.map(\.code) == [.textAfterClosingQuote])
        #expect(records[0].diagnostics.first?.byteOffset == 4)
        #expect(records[0].diagnostics.first?.fieldIndex == 0)
        #expect(records[1].diagnostics.map(\.code) == [.textAfterClosingQuote])
    }

    @Test("unterminated quote in row 3 of 10: rows 4–10 still read, the diagnostic names line 3", arguments: [
        // the quote never closes: it would run to the end of the file
        tenRows("3;\"Jansen;Plaats3"),
        // the quote "closes" at a properly quoted field later, followed by other text
        tenRows("3;\"Jansen;Plaats3", other: 7, "7;\"Naam7\";Plaats7"),
        tenRows("3;Naam3;\"Plaats3", other: 5, "\"Naam5\";5;Plaats5"),
    ])
    func unterminatedQuoteResynchronises(input: String) throws {
        for chunk in [Int.max, 7, 1] {
            let (_, records) = try T.read(input, options: T.noHeader(), chunk: chunk)
            #expect(records.count == 10)
            let broken = records[2]
            #expect(broken.lineNumber == 3)
            #expect(broken.lineCount == 1)
            #expect(broken.count == 3)
            #expect(broken.diagnostics.map(\.code) == [.unterminatedQuote])
            let diagnostic = try #require(broken.diagnostics.first)
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.line == 3)
            #expect(diagnostic.message.contains("Line 3"))
            #expect(diagnostic.message.contains("resumed at line 4"))
            let rawLine = input.split(separator: "\r\n", omittingEmptySubsequences: false)[2]
            #expect(broken.rawBytes == Array(rawLine.utf8))
            for row in 4...10 {
                let record = records[row - 1]
                #expect(record.lineNumber == row)
                #expect(record.count == 3)
                #expect(record.diagnostics.isEmpty)
                #expect(record[0] == "\(row)" || record[1] == "\(row)")
            }
        }
    }

    @Test("a stray quote closed by another stray quote is flagged, not split; later rows are intact", arguments: [
        // the joined record gets too many fields
        (tenRows("3;Naam3;\"Plaats3", other: 5, "5;Naam5\";Plaats5"), 5),
        // the field count matches, but every joined line reads as a complete row
        (tenRows("3;\"Naam3;Plaats3", other: 6, "6;Naam6\";Plaats6"), 6),
        (tenRows("3;Naam3;\"Plaats3", other: 4, "4;Naam4;Plaats4\""), 4),
    ])
    func strayQuotePairFlagged(input: String, lastJoinedRow: Int) throws {
        for chunk in [Int.max, 7, 1] {
            let (_, records) = try T.read(input, options: T.noHeader(), chunk: chunk)
            let joined = records[2]
            #expect(records.count == 10 - (lastJoinedRow - 3))
            #expect(joined.lineNumber == 3)
            #expect(joined.lineCount == lastJoinedRow - 2)
            #expect(joined.hasErrors)
            let diagnostic = try #require(joined.diagnostics.first { $0.code == .suspectedStrayQuote })
            #expect(diagnostic.line == 3)
            #expect(diagnostic.message.contains("spans lines 3–\(lastJoinedRow)"))
            let lines = input.split(separator: "\r\n", omittingEmptySubsequences: false)
            #expect(joined.rawBytes == Array(lines[2...(lastJoinedRow - 1)].joined(separator: "\r\n").utf8))
            Self.expectRowsIntact(Array(records[0..<2]) + Array(repeating: joined, count: lastJoinedRow - 2) + records[3...],
                                  except: Set(3...lastJoinedRow))
        }
    }

    @Test("the row after an unterminated quote is intact when nothing else is wrong")
    func unterminatedExact() throws {
        let (_, records) = try T.read(Self.tenRows("3;\"Jansen;Plaats3"), options: T.noHeader())
        #expect(records[2].fields == ["3", "\"Jansen", "Plaats3"])
        #expect(records[2].diagnostics.map(\.code) == [.unterminatedQuote])
        #expect(records[2].diagnostics.first?.byteOffset == 36)
        #expect(records[2].diagnostics.first?.fieldIndex == 1)
        Self.expectRowsIntact(records)
    }

    @Test("an unterminated quote on the last line without newline")
    func unterminatedAtEnd() throws {
        let (_, records) = try T.read("a;b\n1;\"open", options: T.noHeader())
        #expect(records.map(\.fields) == [["a", "b"], ["1", "\"open"]])
        #expect(records[1].diagnostics.map(\.code) == [.unterminatedQuote])
        #expect(records[1].diagnostics.first?.message.contains("end of the file") == true)
    }

    @Test("genuine multi-line fields in a header file are not mistaken for stray quotes")
    func genuineMultiline() throws {
        let input = "id;opmerking;plaats\r\n1;\"regel 1\r\nregel 2\";Ede\r\n2;\"a;b\r\nc\";Ede\r\n3;x;\"laatste\r\nkolom\"\r\n4;y;z\r\n"
        let (_, records) = try T.read(input)
        #expect(records.map(\.fields) == [
            ["1", "regel 1\r\nregel 2", "Ede"], ["2", "a;b\r\nc", "Ede"], ["3", "x", "laatste\r\nkolom"], ["4", "y", "z"],
        ])
        #expect(records.map(\.lineNumber) == [2, 4, 6, 8])
        #expect(records.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test("a quoted field spanning more than maxLinesPerRecord lines is unterminated")
    func lineLimit() throws {
        var options = T.noHeader()
        options.maxLinesPerRecord = 3
        let (_, ok) = try T.read("1;\"a\nb\nc\";x\n2;y;z\n", options: options)
        #expect(ok.map(\.fields) == [["1", "a\nb\nc", "x"], ["2", "y", "z"]])
        let (_, records) = try T.read("1;\"a\nb\nc\nd\";x\n2;y\n", options: options)
        #expect(records.first?.diagnostics.map(\.code) == [.unterminatedQuote])
        #expect(records.first?.diagnostics.first?.message.contains("within 3 lines") == true)
        #expect(records.map(\.lineNumber) == [1, 2, 3, 4, 5])
        #expect(records.last?.fields == ["2", "y"])
    }

    @Test("a quoted field growing past maxRecordBytes is unterminated and reading resumes next line")
    func byteLimitInQuotes() throws {
        var options = T.noHeader()
        options.maxRecordBytes = 1024
        options.maxLinesPerRecord = 10_000
        let filler = (0..<200).map { "regel \($0)" }.joined(separator: "\n")  // ~1.9 KB
        let input = "1;\"\(filler)\n2;b\n"
        for chunk in [Int.max, 100, 3] {
            let (_, records) = try T.read(input, options: options, chunk: chunk)
            #expect(records.first?.diagnostics.map(\.code) == [.unterminatedQuote])
            #expect(records.first?.diagnostics.first?.message.contains("1024 bytes") == true)
            #expect(records.first?.fields == ["1", "\"regel 0"])
            #expect(records.count == 201)
            #expect(records.last?.fields == ["2", "b"])
            #expect(records.last?.lineNumber == 201)
        }
    }

    @Test("a record larger than maxRecordBytes is reported, truncated and skipped to the next line")
    func recordTooLarge() throws {
        var options = T.noHeader()
        options.maxRecordBytes = 1024
        let big = String(repeating: "x", count: 5000)
        let input = "a;b\n\(big);\(big)\r\nc;d\n"
        for chunk in [Int.max, 333] {
            let (_, records) = try T.read(input, options: options, chunk: chunk)
            #expect(records.count == 3)
            #expect(records[1].diagnostics.map(\.code) == [.recordTooLarge])
            #expect(records[1].isEmpty)
            #expect(records[1].rawBytes.count == 1024)
            #expect(records[1].lineNumber == 2)
            #expect(records[2].fields == ["c", "d"])
            #expect(records[2].lineNumber == 3)
            #expect(records[2].byteOffset == 4 + 10_001 + 2)
        }
    }

    @Test("diagnostic messages never contain field contents")
    func messagesWithoutContents() throws {
        let secret = "GEHEIM123"
        let input = T.bytes(
            "BSN;Naam;Notitie\n\(secret);\(secret)\";\(secret)\n\"\(secret)\"\(secret);x;y\n\(secret);\(secret)\n")
            + T.bytes("\(secret);") + [0xC3, 0x28] + T.bytes("\(secret);x\n\(secret);\"\(secret)\n")
        let (_, records) = try T.read(T.bytes("Zoë;x;y\n") + input, options: T.noHeader())
        let diagnostics = records.flatMap(\.diagnostics)
        #expect(Set(diagnostics.map(\.code)).isSuperset(of: [
            .strayQuote, .textAfterClosingQuote, .fieldCountMismatch, .invalidUTF8, .unterminatedQuote,
        ]))
        for diagnostic in diagnostics {
            #expect(!diagnostic.message.contains(secret))
            #expect(!diagnostic.description.contains(secret))
        }
    }
}
