import PropertyBased
import Testing
@testable import BuurtkrachtImport

@Suite("Property tests: round trip and chunk-boundary independence")
struct CSVPropertyTests {
    typealias T = CSVTestSupport

    /// Characters that stress quoting and decoding; all are representable in Windows-1252.
    static let alphabet: [Character] = [
        "a", "Z", "0", "7", " ", " ", ";", ",", "\t", "\"", "\r", "\n", "\r\n", "ë", "é", "ï", "€", "“", "”", "'", "-",
    ]
    static let fieldGen = Gen<Character?>.element(of: alphabet).map { $0 ?? "a" }.string(of: 0...8)
    static let tableGen = Gen.int(in: 1...5)
    static let fieldsGen = fieldGen.array(of: 1...40)

    /// Random tables can hold a multi-line field whose lines each look like a complete row,
    /// which is indistinguishable from rows joined by a stray quote. The reader still returns
    /// the exact fields (checked separately) and flags the record for review; that flag is the
    /// only diagnostic a correctly written file may produce.
    /// In Windows-1252, text such as "ï”“" (EF 94 93) is also valid UTF-8 and may carry the
    /// mixed-encoding warning; that is allowed too.
    static func onlyStrayQuoteSuspicions(
        _ records: [CSVRecord], alsoAllowing allowed: Set<CSVDiagnostic.Code> = []
    ) -> Bool {
        records.allSatisfy {
            $0.diagnostics.allSatisfy { $0.code == .suspectedStrayQuote || allowed.contains($0.code) }
        }
    }

    static func table(columns: Int, flat: [String]) -> [[String]] {
        stride(from: 0, to: flat.count - columns + 1, by: columns).map { Array(flat[$0..<($0 + columns)]) }
    }

    @Test("CSVWriter → CSVReader round-trips random tables for every delimiter and line ending (UTF-8)")
    func roundTripUTF8() async {
        await propertyCheck(count: 150, input: Self.tableGen, Self.fieldsGen) { columns, flat in
            let rows = Self.table(columns: columns, flat: flat)
            for delimiter in CSVDelimiter.allCases {
                for lineEnding in CSVLineEnding.allCases {
                    let writer = CSVWriter(dialect: CSVDialect(delimiter: delimiter, lineEnding: lineEnding))
                    for row in rows { try writer.write(row) }
                    let (reader, records) = try T.read(writer.writtenBytes, options: T.noHeader(delimiter: delimiter))
                    #expect(records.map(\.fields) == rows, "delimiter \(delimiter), \(lineEnding)")
                    #expect(Self.onlyStrayQuoteSuspicions(records))
                    if writer.writtenBytes.contains(where: { $0 >= 0x80 }) {
                        #expect(reader.encoding == .utf8)
                    }
                }
            }
        }
    }

    @Test("CSVWriter → CSVReader round-trips random tables in Windows-1252")
    func roundTripWindows1252() async {
        await propertyCheck(count: 100, input: Self.tableGen, Self.fieldsGen) { columns, flat in
            let rows = Self.table(columns: columns, flat: flat)
            for delimiter in CSVDelimiter.allCases {
                for lineEnding in [CSVLineEnding.crlf, .lf] {
                    let writer = CSVWriter(
                        dialect: CSVDialect(delimiter: delimiter, lineEnding: lineEnding), encoding: .windows1252)
                    for row in rows { try writer.write(row) }
                    let options = T.noHeader(delimiter: delimiter, encoding: .windows1252)
                    let (_, records) = try T.read(writer.writtenBytes, options: options)
                    #expect(records.map(\.fields) == rows)
                    #expect(Self.onlyStrayQuoteSuspicions(records, alsoAllowing: [.suspectedUTF8InWindows1252]))
                }
            }
        }
    }

    @Test("round trip with a header row and automatic detection of delimiter and encoding")
    func roundTripWithDetection() async {
        await propertyCheck(count: 100, input: Self.tableGen, Self.fieldsGen) { columns, flat in
            let rows = Self.table(columns: columns, flat: flat)
            let names = (0..<columns).map { "Kolom\($0)" }
            for delimiter in CSVDelimiter.allCases {
                let writer = CSVWriter(dialect: CSVDialect(delimiter: delimiter, lineEnding: .crlf), byteOrderMark: true)
                try writer.write(names)
                for row in rows { try writer.write(row) }
                // A one-column header shows no delimiter, so detection cannot know it.
                let options = CSVReaderOptions(delimiter: columns == 1 ? delimiter : nil)
                let (reader, records) = try T.read(writer.writtenBytes, options: options)
                #expect(reader.dialect.delimiter == delimiter)
                #expect(reader.encoding == .utf8)
                #expect(reader.header?.names == names)
                #expect(records.map(\.fields) == rows)
            }
        }
    }

    /// Bytes that exercise every tokenizer path, including malformed quoting and encodings.
    static let byteGen = Gen<UInt8?>.element(of: [
        UInt8(ascii: "a"), UInt8(ascii: "0"), UInt8(ascii: " "), UInt8(ascii: ";"), UInt8(ascii: ","), 0x09,
        UInt8(ascii: "\""), UInt8(ascii: "\""), 0x0D, 0x0A, 0x0A, 0xC3, 0xAB, 0xE9, 0x80, 0x81,
    ] as [UInt8]).map { $0 ?? 0x61 }.array(of: 0...300)

    static func outcome(_ bytes: [UInt8], options: CSVReaderOptions, chunk: Int)
        -> Result<[CSVRecord], CSVError>
    {
        Result { () throws(CSVError) in
            let (reader, records) = try T.read(bytes, options: options, chunk: chunk)
            return (reader.header.map { [$0.record] } ?? []) + records
        }
    }

    @Test("reading with tiny chunks (1, 2, 3, 7 bytes) gives identical records and raw bytes match offsets")
    func chunkBoundaries() async {
        await propertyCheck(count: 300, input: Self.byteGen, Gen.bool) { bytes, hasHeader in
            var options = CSVReaderOptions(hasHeader: hasHeader, maxLinesPerRecord: 4)
            options.chunkSize = 64
            let reference = Self.outcome(bytes, options: options, chunk: .max)
            for chunk in [1, 2, 3, 7] {
                #expect(Self.outcome(bytes, options: options, chunk: chunk) == reference, "chunk \(chunk)")
            }
            if case .success(let records) = reference {
                var previousLine = 0
                for record in records {
                    let slice = Array(bytes[record.byteOffset..<(record.byteOffset + record.rawBytes.count)])
                    #expect(slice == record.rawBytes)
                    #expect(record.lineNumber > previousLine)
                    previousLine = record.lineNumber + record.lineCount - 1
                }
            }
        }
    }

    @Test("large records near maxRecordBytes are chunk-independent too")
    func chunkBoundariesLargeRecords() async {
        let piece = Gen<String?>.element(of: ["x", "\"", ";", "\n", "\r\n", String(repeating: "y", count: 300)])
            .map { $0 ?? "" }.array(of: 0...30)
        await propertyCheck(count: 40, input: piece) { pieces in
            let bytes = Array(pieces.joined().utf8)
            var options = T.noHeader(delimiter: .semicolon)
            options.maxRecordBytes = 1024
            options.maxLinesPerRecord = 6
            let reference = Self.outcome(bytes, options: options, chunk: .max)
            for chunk in [1, 7, 500] {
                #expect(Self.outcome(bytes, options: options, chunk: chunk) == reference, "chunk \(chunk)")
            }
        }
    }
}
