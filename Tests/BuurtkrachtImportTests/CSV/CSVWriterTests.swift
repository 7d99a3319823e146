import Foundation
import Testing
@testable import BuurtkrachtImport

@Suite("CSVWriter")
struct CSVWriterTests {
    typealias T = CSVTestSupport

    @Test("quotes only when needed; spaces and leading zeros are written unquoted")
    func minimalQuoting() throws {
        let writer = CSVWriter()
        try writer.write(["012345678", " 12", "trailing ", "a;b", "zei \"hoi\"", "r1\r\nr2", "", "Zoë"])
        try writer.write([""])
        try writer.write(["", ""])
        #expect(String(decoding: writer.writtenBytes, as: UTF8.self)
            == "012345678; 12;trailing ;\"a;b\";\"zei \"\"hoi\"\"\";\"r1\r\nr2\";;Zoë\r\n\"\"\r\n;\r\n")
        #expect(writer.recordCount == 3)
    }

    @Test("a comma is only quoted when it is the delimiter")
    func delimiterSpecificQuoting() throws {
        let writer = CSVWriter(dialect: CSVDialect(delimiter: .comma, lineEnding: .lf))
        try writer.write(["a;b", "c,d", "e\tf"])
        #expect(String(decoding: writer.writtenBytes, as: UTF8.self) == "a;b,\"c,d\",e\tf\n")
    }

    @Test("writeRaw copies the original bytes unchanged and adds columns before and after")
    func writeRaw() throws {
        let input = T.windows1252("BSN;Naam\r\n012;\"Joëlle\r\n\"\"J\"\"\";extra\r\n")
        let (reader, records) = try T.read(input)
        let writer = CSVWriter(dialect: reader.dialect, encoding: reader.encoding ?? .utf8)
        let header = try #require(reader.header)
        try writer.writeRaw(header.record, prefix: ["regel", "redenen"])
        for record in records {
            try writer.writeRaw(record, prefix: ["\(record.lineNumber)", "fieldCountMismatch;x"], suffix: ["é"])
        }
        let expected = T.windows1252("regel;redenen;BSN;Naam\r\n2;\"fieldCountMismatch;x\";012;\"Joëlle\r\n\"\"J\"\"\";extra;é\r\n")
        #expect(writer.writtenBytes == expected)
    }

    @Test("Windows-1252 output encodes € and rejects characters it cannot represent")
    func windows1252Output() throws {
        let writer = CSVWriter(encoding: .windows1252)
        try writer.write(["€ 5", "Zoë"])
        #expect(writer.writtenBytes == [0x80, 0x20, 0x35, 0x3B, 0x5A, 0x6F, 0xEB, 0x0D, 0x0A])
        let error = #expect(throws: CSVError.self) { try writer.write(["ok", "Yılmaz"]) }
        #expect(error?.code == .unencodableCharacter)
        #expect(error?.message.contains("column 2") == true)
        #expect(error?.message.contains("Yılmaz") == false)
        #expect(writer.writtenBytes.count == 9)  // nothing of the failed record was written
    }

    @Test("a UTF-8 byte order mark can be written")
    func byteOrderMark() throws {
        let writer = CSVWriter(byteOrderMark: true)
        try writer.write(["a"])
        #expect(writer.writtenBytes == [0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A])
    }

    @Test("file writer: creates the file with mode 0600, round-trips through the file reader, refuses writes after close")
    func fileWriter() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-writer-\(UInt64.random(in: 0...UInt64.max)).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try CSVWriter(url: url, dialect: .dutchExport)
        let rows = (0..<20_000).map { ["\($0)".leftPadded(9), "Naam \($0)", "regel\n\($0)"] }
        try writer.write(["BSN", "Naam", "Opmerking"])
        for row in rows { try writer.write(row) }
        try writer.close()
        #expect(writer.writtenBytes.isEmpty)
        let error = #expect(throws: CSVError.self) { try writer.write(["x"]) }
        #expect(error?.code == .writerClosed)
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let reader = try CSVReader(url: url)
        #expect(reader.header?.names == ["BSN", "Naam", "Opmerking"])
        #expect(try reader.readAll().map(\.fields) == rows)
    }

    @Test("file writer reports an unwritable path")
    func unwritable() throws {
        let error = #expect(throws: CSVError.self) {
            try CSVWriter(url: URL(fileURLWithPath: "/nonexistent-dir-\(UInt32.random(in: 0...UInt32.max))/x.csv"))
        }
        #expect(error?.code == .fileNotWritable)
        #expect(error?.filePath?.hasSuffix("x.csv") == true)
    }
}
