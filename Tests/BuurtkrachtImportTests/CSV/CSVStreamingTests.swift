import Foundation
import Testing
@testable import BuurtkrachtImport

@Suite("Streaming sources and fatal errors")
struct CSVStreamingTests {
    @Test("a large generated input is consumed with a fixed buffer, without accumulating records")
    func largeGeneratedInput() throws {
        let rows = 200_000  // about 11 MB
        var options = CSVReaderOptions()
        options.chunkSize = 64 << 10
        let reader = try CSVReader(source: GeneratedRowsSource(rows: rows), options: options)
        let capacity = reader.bufferCapacity
        #expect(capacity == options.maxRecordBytes + 2 + options.chunkSize)
        var count = 0
        var lastLine = 0
        var multiline = 0
        while let record = try reader.next() {
            count += 1
            if record.lineCount > 1 { multiline += 1 }
            if count == 1 { #expect(record.fields[0] == "000000000") }
            #expect(record.count == 5)
            lastLine = record.lineNumber
        }
        #expect(count == rows)
        #expect(multiline == rows / 50)
        #expect(lastLine == 1 + rows + rows / 50)
        #expect(reader.bufferCapacity == capacity)
        #expect(reader.header?.names.count == 5)
    }

    @Test("reads a file from disk in chunks")
    func fileSource() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-source-\(UInt64.random(in: 0...UInt64.max)).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let content = "BSN;Naam\r\n" + (0..<50_000).map { "\($0);Naam\($0)\r\n" }.joined()
        try Data(content.utf8).write(to: url)
        var options = CSVReaderOptions()
        options.chunkSize = 1000
        let reader = try CSVReader(url: url, options: options)
        let records = try reader.readAll()
        #expect(records.count == 50_000)
        #expect(records.last?.fields == ["49999", "Naam49999"])
        #expect(records.last?.lineNumber == 50_001)
    }

    @Test("a missing file throws fileNotFound with the path as context")
    func missingFile() throws {
        let path = "/tmp/does-not-exist-\(UInt64.random(in: 0...UInt64.max)).csv"
        let error = #expect(throws: CSVError.self) { try CSVReader(url: URL(fileURLWithPath: path)) }
        #expect(error?.code == .fileNotFound)
        #expect(error?.filePath == path)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("[fileNotFound]") == true)
    }

    @Test("a directory throws fileNotReadable")
    func directory() throws {
        let error = #expect(throws: CSVError.self) {
            try CSVReader(url: FileManager.default.temporaryDirectory)
        }
        #expect(error?.code == .fileNotReadable)
    }

    @Test("invalid options are rejected")
    func invalidOptions() throws {
        for options in [
            CSVReaderOptions(maxRecordBytes: 10), CSVReaderOptions(maxLinesPerRecord: 0), CSVReaderOptions(chunkSize: 0),
        ] {
            let error = #expect(throws: CSVError.self) { try CSVReader(bytes: [], options: options) }
            #expect(error?.code == .invalidOptions)
        }
    }

    @Test("a fatal error during for-in iteration ends the loop and is kept in terminalError")
    func terminalError() throws {
        let reader = try CSVReader(bytes: Array("h\na\nb".utf8) + [0x81] + Array("\nc\n".utf8))
        var seen: [String] = []
        for record in reader { seen.append(record[0]) }
        #expect(seen == ["a"])
        #expect(reader.terminalError?.code == .undefinedWindows1252Byte)
        #expect(try reader.next() == nil)
    }

    @Test("a read failure from the source is thrown by next()")
    func readFailure() throws {
        struct FailingSource: CSVByteSource {
            var calls = 0
            var sourceDescription: String? { "failing" }
            mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
                calls += 1
                if calls > 1 { throw CSVError(code: .readFailed, message: "boom") }
                buffer.copyBytes(from: Array("h\n1\n2".utf8))
                return 5
            }
        }
        var options = CSVReaderOptions()
        options.chunkSize = 1 << 20
        #expect(throws: CSVError.self) {
            let reader = try CSVReader(source: FailingSource(), options: options)
            _ = try reader.readAll()
        }
    }
}
