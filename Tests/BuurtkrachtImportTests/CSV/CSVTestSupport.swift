@testable import BuurtkrachtImport

/// Helpers shared by the CSV tests.
enum CSVTestSupport {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Reads everything from `bytes` with the given options and source chunk size.
    static func read(
        _ bytes: [UInt8], options: CSVReaderOptions = CSVReaderOptions(), chunk: Int = .max
    ) throws(CSVError) -> (reader: CSVReader, records: [CSVRecord]) {
        let reader = try CSVReader(source: CSVMemoryByteSource(bytes, maxReadSize: chunk), options: options)
        return (reader, try reader.readAll())
    }

    static func read(
        _ text: String, options: CSVReaderOptions = CSVReaderOptions(), chunk: Int = .max
    ) throws(CSVError) -> (reader: CSVReader, records: [CSVRecord]) {
        try read(bytes(text), options: options, chunk: chunk)
    }

    static func noHeader(
        delimiter: CSVDelimiter? = nil, encoding: CSVEncoding? = nil
    ) -> CSVReaderOptions {
        CSVReaderOptions(delimiter: delimiter, encoding: encoding, hasHeader: false)
    }

    /// An independent Windows-1252 encoder for building test inputs.
    static func windows1252(_ text: String) -> [UInt8] {
        let high: [Unicode.Scalar: UInt8] = [
            "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88,
            "‰": 0x89, "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93,
            "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B,
            "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
        ]
        return text.unicodeScalars.map { scalar in
            if let byte = high[scalar] { return byte }
            precondition(scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value), "not in Windows-1252")
            return UInt8(scalar.value)
        }
    }
}

/// A byte source that generates `rows` Dutch-style rows on the fly, without holding them.
struct GeneratedRowsSource: CSVByteSource {
    let rows: Int
    private var produced = -1
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private(set) var bytesProduced = 0

    init(rows: Int) { self.rows = rows }

    var sourceDescription: String? { "generated" }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        var written = 0
        while written < buffer.count {
            if pendingOffset == pending.count {
                guard produced < rows else { break }
                pending = Array(nextLine().utf8)
                pendingOffset = 0
            }
            let count = min(buffer.count - written, pending.count - pendingOffset)
            for index in 0..<count {
                buffer[written + index] = pending[pendingOffset + index]
            }
            written += count
            pendingOffset += count
        }
        bytesProduced += written
        return written
    }

    private mutating func nextLine() -> String {
        defer { produced += 1 }
        if produced < 0 { return "BSN;Naam;Huisnummer;Postcode;Opmerking\r\n" }
        let n = produced
        let remark = n % 50 == 0 ? "\"regel 1;\r\nregel 2\"" : "geen"
        return "\(String(n % 1_000_000_000).leftPadded(9));Jansen-\(n % 97); \(n % 300);1234 AB;\(remark)\r\n"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
