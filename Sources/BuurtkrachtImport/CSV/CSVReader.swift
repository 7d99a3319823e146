#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A streaming CSV reader for municipal exports: detects delimiter and encoding, tokenizes
/// RFC 4180 with real-world repairs, and yields one ``CSVRecord`` at a time.
///
/// The file is read in chunks into one fixed buffer of
/// ``CSVReaderOptions/maxRecordBytes`` + ``CSVReaderOptions/chunkSize`` bytes, so memory
/// stays flat whatever the file size. Fatal problems (missing file, unsupported encoding, I/O
/// errors) are thrown as ``CSVError``; row problems are attached to the records as
/// ``CSVDiagnostic`` values and never stop reading.
///
/// ```swift
/// let reader = try CSVReader(url: URL(filePath: "/data/bevolking.csv"))
/// let header = reader.header
/// while let record = try reader.next() {
///     guard !record.hasErrors else { try rejects.writeRaw(record); continue }
///     importRow(record)
/// }
/// ```
///
/// ## Malformed quoting
/// A quote inside an unquoted field is kept literally (warning ``CSVDiagnostic/Code/strayQuote``).
/// Text after a closing quote (`"abc"x`) is appended to the field (warning). A quoted field
/// may span line breaks, but only within ``CSVReaderOptions/maxRecordBytes`` bytes and
/// ``CSVReaderOptions/maxLinesPerRecord`` physical lines. If it reaches the end of the file or
/// one of those bounds, or its closing quote is followed by other text after a line break
/// (which valid CSV never produces), its opening quote is declared unterminated: the record is
/// re-read up to the end of the line where that quote opened, with the quote taken literally
/// and an error diagnostic (``CSVDiagnostic/Code/unterminatedQuote``) naming that line, and
/// reading resumes on the next line. Splitting happens only on such proof of malformed input,
/// so a valid file is never split into invented rows.
///
/// A multi-line field that is valid but suspicious (the record has more fields than the header,
/// or every line it spans reads as a complete row of at least three fields) is kept as one
/// record and flagged with the error ``CSVDiagnostic/Code/suspectedStrayQuote``, so the joined
/// rows go to the rejects file intact instead of being imported or invented.
///
/// Line breaks are LF, CR LF or a lone CR (classic Mac), also mixed; each counts as one line.
///
/// ## Encoding
/// A UTF-8 byte order mark selects UTF-8 and is stripped (unless Windows-1252 is forced with
/// ``CSVReaderOptions/encoding``); UTF-16 and UTF-32, with a mark or recognisable by their zero
/// bytes, are rejected with ``CSVError/Code/unsupportedEncoding``. Without a mark, the encoding is decided at the first record containing a
/// non-ASCII byte: a valid UTF-8 multi-byte sequence there means UTF-8, anything else means
/// Windows-1252; if that byte is undefined in Windows-1252 too, reading fails with
/// ``CSVError/Code/undefinedWindows1252Byte``. Later records that contradict the decision
/// get an error diagnostic (``CSVDiagnostic/Code/invalidUTF8`` or
/// ``CSVDiagnostic/Code/undefinedWindows1252Byte``) naming their line.
///
/// ## Blank lines
/// Empty lines are skipped by default (``CSVReaderOptions/skipBlankLines``) and counted in
/// ``skippedBlankLineCount``; they still advance line numbers. A line of only spaces or only
/// delimiters is a record, not a blank line.
///
/// The reader is a mutable cursor over an open file and is therefore not `Sendable`: create
/// it in the task that reads it. The records it returns are `Sendable`.
public final class CSVReader {
    /// The options the reader was created with.
    public let options: CSVReaderOptions
    /// The delimiter (detected or overridden) and the line ending of the first line.
    public private(set) var dialect: CSVDialect
    /// The header row, when ``CSVReaderOptions/hasHeader`` is set and the file is not empty.
    public private(set) var header: CSVHeader?
    /// The encoding in use: the override, the one chosen by the byte order mark, or the
    /// detected one; `nil` while only ASCII has been read (both encodings agree on ASCII).
    public private(set) var encoding: CSVEncoding?
    /// Whether a UTF-8 byte order mark was found and skipped.
    public private(set) var hadByteOrderMark = false
    /// The number of blank lines skipped so far.
    public private(set) var skippedBlankLineCount = 0
    /// The error that ended a `for … in reader` loop early, if any; `nil` after a complete read.
    ///
    /// Iterating with ``next()`` throws instead and leaves this `nil`.
    public private(set) var terminalError: CSVError?

    private var source: any CSVByteSource
    private let filePath: String?
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private let windowLimit: Int
    private var start = 0
    private var end = 0
    private var bufferFileOffset = 0
    private var sourceAtEnd = false
    private var line = 1
    private var recordCount = 0
    private var expectedFieldCount: Int?
    private var scanner: CSVRecordScanner
    private var skippingToLineEnd = false
    private var finished = false

    /// Opens the file at `url` and reads its header (when configured).
    ///
    /// - Parameters:
    ///   - url: A `file:` URL of the CSV file.
    ///   - options: Detection overrides and limits; defaults suit Dutch municipal exports.
    /// - Throws: ``CSVError`` if the file cannot be opened, is UTF-16/UTF-32, or the header
    ///   cannot be decoded.
    public convenience init(url: URL, options: CSVReaderOptions = CSVReaderOptions()) throws(CSVError) {
        try self.init(source: CSVFileByteSource(path: url.path), options: options)
    }

    /// Creates a reader over bytes in memory (tests, small inputs).
    ///
    /// ```swift
    /// let reader = try CSVReader(bytes: Array("BSN;Naam\n012345678;Jansen\n".utf8))
    /// ```
    public convenience init(bytes: [UInt8], options: CSVReaderOptions = CSVReaderOptions()) throws(CSVError) {
        try self.init(source: CSVMemoryByteSource(bytes), options: options)
    }

    /// Creates a reader over any byte source, detects the dialect and encoding markers, and
    /// reads the header (when configured).
    ///
    /// - Throws: ``CSVError`` for invalid options, unsupported encodings, or read failures.
    public init(source: any CSVByteSource, options: CSVReaderOptions = CSVReaderOptions()) throws(CSVError) {
        try options.validate()
        self.options = options
        self.source = source
        self.filePath = source.sourceDescription
        self.windowLimit = options.maxRecordBytes + 2
        self.capacity = windowLimit + options.chunkSize
        self.buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        self.encoding = options.encoding
        self.dialect = CSVDialect(delimiter: options.delimiter ?? .semicolon)
        self.scanner = CSVRecordScanner(
            delimiter: dialect.delimiter.byte, maxLinesPerRecord: options.maxLinesPerRecord)

        // Prefetch enough for the byte order mark and the header line.
        let prefetch = Swift.min(64 << 10, windowLimit)
        while end - start < prefetch && !sourceAtEnd {
            try refill()
        }
        try checkByteOrderMark()
        let firstBytes = UnsafeBufferPointer(start: buffer + start, count: end - start)
        if options.delimiter == nil {
            dialect.delimiter = CSVDelimiter.detect(in: firstBytes)
            scanner = CSVRecordScanner(
                delimiter: dialect.delimiter.byte, maxLinesPerRecord: options.maxLinesPerRecord)
        }
        dialect.lineEnding = Self.firstLineEnding(in: firstBytes) ?? .crlf
        if options.hasHeader, let headerRecord = try readRecord() {
            header = CSVHeader(record: headerRecord)
            expectedFieldCount = headerRecord.count
        }
    }

    deinit {
        buffer.deallocate()
    }

    /// The size of the reader's one buffer in bytes; it never grows.
    var bufferCapacity: Int { capacity }

    /// Returns the next data record, or `nil` at the end of the file.
    ///
    /// - Throws: ``CSVError`` when reading fails, or when automatic encoding detection meets a
    ///   byte that is neither UTF-8 nor Windows-1252. After a throw the reader is finished.
    public func next() throws(CSVError) -> CSVRecord? {
        do {
            return try readRecord()
        } catch {
            finished = true
            throw error.with(filePath: filePath)
        }
    }

    /// Reads all remaining records into an array. Only for small inputs such as tests;
    /// use ``next()`` for exports.
    public func readAll() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() {
            records.append(record)
        }
        return records
    }

    // MARK: - Buffer management

    private func refill() throws(CSVError) {
        guard !sourceAtEnd else { return }
        if start > 0 {
            let remaining = end - start
            if remaining > 0 {
                buffer.update(from: buffer + start, count: remaining)
            }
            bufferFileOffset += start
            end = remaining
            start = 0
        }
        let space = Swift.min(options.chunkSize, capacity - end)
        guard space > 0 else { return }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: space))
        if count == 0 {
            sourceAtEnd = true
        } else {
            end += Swift.min(count, space)
        }
    }

    private func checkByteOrderMark() throws(CSVError) {
        let available = end - start
        let b = buffer + start
        @inline(__always) func byte(_ index: Int) -> UInt8? { index < available ? b[index] : nil }
        let unsupported = CSVError(
            code: .unsupportedEncoding,
            message: "The file is encoded as UTF-16 or UTF-32, which is not supported. Re-export the file as UTF-8 or Windows-1252.",
            filePath: filePath, line: 1, byteOffset: 0)
        if (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF)
            || (byte(0) == 0 && byte(1) == 0 && byte(2) == 0xFE && byte(3) == 0xFF)
        {
            throw unsupported
        }
        if let b0 = byte(0), let b1 = byte(1), let b2 = byte(2), let b3 = byte(3) {
            let isASCIIText: (UInt8) -> Bool = { $0 != 0 && $0 < 0x80 }
            if (isASCIIText(b0) && b1 == 0 && isASCIIText(b2) && b3 == 0)
                || (b0 == 0 && isASCIIText(b1) && b2 == 0 && isASCIIText(b3))
            {
                throw unsupported
            }
        }
        if byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF && options.encoding != .windows1252 {
            start += 3
            hadByteOrderMark = true
            encoding = .utf8
        }
    }

    private static func firstLineEnding(in bytes: UnsafeBufferPointer<UInt8>) -> CSVLineEnding? {
        var inQuotes = false
        var seenContent = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == CSVRecordScanner.quote {
                inQuotes.toggle()
            } else if !inQuotes && (byte == CSVRecordScanner.lineFeed || byte == CSVRecordScanner.carriageReturn) {
                if !seenContent { continue }
                if byte == CSVRecordScanner.lineFeed { return .lf }
                guard index + 1 < bytes.count else { return .crlf }
                return bytes[index + 1] == CSVRecordScanner.lineFeed ? .crlf : .cr
            }
            seenContent = true
        }
        return nil
    }

    // MARK: - Records

    private func readRecord() throws(CSVError) -> CSVRecord? {
        guard !finished else { return nil }
        var lineBound = Int.max
        var resyncReason: CSVUnterminatedReason?
        while true {
            if skippingToLineEnd {
                guard try skipToLineEnd() else { continue }
            }
            if start == end {
                if sourceAtEnd {
                    finished = true
                    return nil
                }
                try refill()
                continue
            }
            let available = end - start
            let windowCount = Swift.min(available, windowLimit)
            let isEOF = sourceAtEnd && available <= windowLimit
            let outcome = scanner.scan(
                UnsafeBufferPointer(start: buffer + start, count: windowCount),
                isEOF: isEOF,
                lineBound: lineBound,
                resyncReason: resyncReason,
                expectedFieldCount: expectedFieldCount ?? 16,
                recordLine: line,
                recordOffset: bufferFileOffset + start)
            switch outcome {
            case .blankLine(let terminatorLength):
                let blankLine = line
                let offset = bufferFileOffset + start
                start += terminatorLength
                line += 1
                if options.skipBlankLines {
                    skippedBlankLineCount += 1
                    continue
                }
                recordCount += 1
                return CSVRecord(
                    rawBytes: [], slots: [CSVFieldSlot.make(start: 0, end: 0, needsUnescape: false)],
                    lineNumber: blankLine, lineCount: 1, recordIndex: recordCount, byteOffset: offset,
                    diagnostics: [], encoding: encoding ?? .utf8)

            case .needMoreData(let openQuote, let lineBreaks):
                if windowCount < windowLimit {
                    try refill()
                    continue
                }
                if let openQuote, lineBound == .max {
                    lineBound = openQuote
                    resyncReason = .byteLimit(options.maxRecordBytes)
                    continue
                }
                return tooLargeRecord(lineBreaks: lineBreaks)

            case .unterminatedQuote(let quoteOffset, let reason):
                // In line-bounded mode the scanner never reports quotes at or after the bound;
                // falling back to bounding everything guarantees progress regardless.
                lineBound = lineBound == .max ? quoteOffset : 0
                resyncReason = reason
                continue

            case .record(let scanned):
                if scanned.length > options.maxRecordBytes {
                    return tooLargeRecord(lineBreaks: scanned.lineBreaks)
                }
                return try makeRecord(scanned)
            }
        }
    }

    /// Whether every physical line of a record with a multi-line quoted field, read on its own
    /// (quotes that do not close on their line taken literally), has exactly the expected
    /// number of fields. A genuine multi-line field usually leaves its opening line short of
    /// fields; a stray quote that swallowed whole rows does not. Only used for files with at
    /// least three columns, where a full row inside a quoted text is implausible.
    private func linesLookLikeSeparateRecords(_ scanned: CSVScannedRecord, quote: Int, expected: Int) -> Bool {
        guard expected >= 3 else { return false }
        let window = UnsafeBufferPointer(start: buffer + start, count: scanned.length)
        var offset = 0
        var bound = quote
        while offset < scanned.length {
            let outcome = scanner.scan(
                UnsafeBufferPointer(rebasing: window[offset...]), isEOF: true, lineBound: bound,
                resyncReason: nil, expectedFieldCount: expected, recordLine: line, recordOffset: 0)
            guard case .record(let part) = outcome, part.slots.count == expected, part.lineBreaks == 0 else {
                return false
            }
            offset += part.length + part.terminatorLength
            bound = 0
        }
        return true
    }

    /// The error for a valid-but-suspicious multi-line quoted field (see the type's discussion).
    private func suspectedStrayQuote(
        _ scanned: CSVScannedRecord, raw: [UInt8], quote: Int, offset: Int, expected: Int
    ) -> CSVDiagnostic {
        let position = raw.withUnsafeBufferPointer { locate(quote, in: $0, slots: scanned.slots) }
        let lastLine = line + scanned.lineBreaks
        let evidence =
            scanned.slots.count > expected
            ? "the record has \(scanned.slots.count) fields instead of \(expected)"
            : "each of those lines also reads as a complete record of \(expected) fields"
        return CSVDiagnostic(
            severity: .error, code: .suspectedStrayQuote,
            message: "Line \(position.line), column \(position.column): the quoted field that opens at byte offset \(offset + quote) spans lines \(position.line)–\(lastLine), and \(evidence). A stray quote may have joined several rows; they were kept together as one record. Check the quotes on lines \(position.line)–\(lastLine) in the source system.",
            line: position.line, byteOffset: offset + quote, fieldIndex: position.fieldIndex)
    }

    private func makeRecord(_ scanned: CSVScannedRecord) throws(CSVError) -> CSVRecord {
        let offset = bufferFileOffset + start
        let raw = [UInt8](UnsafeBufferPointer(start: buffer + start, count: scanned.length))
        var diagnostics = scanned.diagnostics
        let recordEncoding = try checkEncoding(raw, scanned: scanned, offset: offset, diagnostics: &diagnostics)
        recordCount += 1
        let isHeader = options.hasHeader && recordCount == 1
        if let quote = scanned.firstMultilineQuote, let expected = expectedFieldCount,
            scanned.slots.count > expected || linesLookLikeSeparateRecords(scanned, quote: quote, expected: expected)
        {
            diagnostics.append(suspectedStrayQuote(scanned, raw: raw, quote: quote, offset: offset, expected: expected))
        }
        if !isHeader {
            if let expected = expectedFieldCount {
                if scanned.slots.count != expected {
                    let reference = options.hasHeader ? "the header has" : "the first record has"
                    diagnostics.append(
                        CSVDiagnostic(
                            severity: .error, code: .fieldCountMismatch,
                            message: "Line \(line): the record has \(scanned.slots.count) fields but \(reference) \(expected). Check for a missing or extra delimiter in this row.",
                            line: line, byteOffset: offset, fieldIndex: nil))
                }
            } else {
                expectedFieldCount = scanned.slots.count
            }
        }
        let record = CSVRecord(
            rawBytes: raw, slots: scanned.slots, lineNumber: line, lineCount: scanned.lineBreaks + 1,
            recordIndex: recordCount, byteOffset: offset, diagnostics: diagnostics, encoding: recordEncoding)
        start += scanned.length + scanned.terminatorLength
        line += scanned.lineBreaks + 1
        return record
    }

    private func tooLargeRecord(lineBreaks: Int) -> CSVRecord {
        let offset = bufferFileOffset + start
        let raw = [UInt8](UnsafeBufferPointer(start: buffer + start, count: options.maxRecordBytes))
        recordCount += 1
        let diagnostic = CSVDiagnostic(
            severity: .error, code: .recordTooLarge,
            message: "Line \(line): the record is larger than \(options.maxRecordBytes) bytes (maxRecordBytes). It was skipped up to the next line break; its raw bytes are truncated. Check the file for a missing line break or raise maxRecordBytes.",
            line: line, byteOffset: offset, fieldIndex: nil)
        let record = CSVRecord(
            rawBytes: raw, slots: [], lineNumber: line, lineCount: lineBreaks + 1, recordIndex: recordCount,
            byteOffset: offset, diagnostics: [diagnostic], encoding: encoding ?? .utf8)
        start += options.maxRecordBytes
        line += lineBreaks
        skippingToLineEnd = true
        return record
    }

    /// Discards bytes up to and including the next line terminator. Returns `true` when done
    /// (terminator found or end of input), `false` when more data had to be read.
    private func skipToLineEnd() throws(CSVError) -> Bool {
        var index = start
        while index < end {
            let byte = buffer[index]
            if byte == CSVRecordScanner.lineFeed || byte == CSVRecordScanner.carriageReturn {
                if byte == CSVRecordScanner.carriageReturn && index + 1 == end && !sourceAtEnd {
                    start = index
                    try refill()
                    return false
                }
                let crlf = byte == CSVRecordScanner.carriageReturn && index + 1 < end
                    && buffer[index + 1] == CSVRecordScanner.lineFeed
                start = index + (crlf ? 2 : 1)
                line += 1
                skippingToLineEnd = false
                return true
            }
            index += 1
        }
        start = end
        if sourceAtEnd {
            skippingToLineEnd = false
            return true
        }
        try refill()
        return false
    }

    // MARK: - Encoding

    private func checkEncoding(
        _ raw: [UInt8], scanned: CSVScannedRecord, offset: Int, diagnostics: inout [CSVDiagnostic]
    ) throws(CSVError) -> CSVEncoding {
        let result: Result<CSVEncoding, CSVError> = raw.withUnsafeBufferPointer { bytes in
            guard let firstNonASCII = UTF8Validation.firstNonASCIIIndex(bytes) else {
                return .success(encoding ?? .utf8)
            }
            let decided: CSVEncoding
            if let encoding {
                decided = encoding
            } else if let length = UTF8Validation.sequenceLength(bytes, at: firstNonASCII), length > 1 {
                decided = .utf8
            } else if Windows1252.isDefined(bytes[firstNonASCII]) {
                decided = .windows1252
            } else {
                let position = locate(firstNonASCII, in: bytes, slots: scanned.slots)
                return .failure(
                    CSVError(
                        code: .undefinedWindows1252Byte,
                        message: "The file is neither valid UTF-8 nor Windows-1252: line \(position.line), column \(position.column) holds a byte that is undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90 or 0x9D) and is not valid UTF-8 either. Re-export the file as UTF-8 or Windows-1252.",
                        filePath: filePath, line: position.line, byteOffset: offset + firstNonASCII))
            }
            encoding = decided
            switch decided {
            case .utf8:
                if let invalid = UTF8Validation.firstInvalidIndex(bytes, from: firstNonASCII) {
                    let position = locate(invalid, in: bytes, slots: scanned.slots)
                    diagnostics.append(
                        CSVDiagnostic(
                            severity: .error, code: .invalidUTF8,
                            message: "Line \(position.line), column \(position.column): the bytes at byte offset \(offset + invalid) are not valid UTF-8, although the file was read as UTF-8. The file may mix encodings; re-export it as UTF-8.",
                            line: position.line, byteOffset: offset + invalid, fieldIndex: position.fieldIndex))
                }
            case .windows1252:
                let rest = UnsafeBufferPointer(rebasing: bytes[firstNonASCII...])
                if let undefined = Windows1252.firstUndefinedIndex(rest) {
                    let index = firstNonASCII + undefined
                    let position = locate(index, in: bytes, slots: scanned.slots)
                    diagnostics.append(
                        CSVDiagnostic(
                            severity: .error, code: .undefinedWindows1252Byte,
                            message: "Line \(position.line), column \(position.column): the byte at byte offset \(offset + index) is undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90 or 0x9D). Re-export the file as UTF-8 or Windows-1252.",
                            line: position.line, byteOffset: offset + index, fieldIndex: position.fieldIndex))
                }
                if let suspicious = Windows1252.firstUTF8LookingIndex(rest) {
                    let index = firstNonASCII + suspicious
                    let position = locate(index, in: bytes, slots: scanned.slots)
                    diagnostics.append(
                        CSVDiagnostic(
                            severity: .warning, code: .suspectedUTF8InWindows1252,
                            message: "Line \(position.line), column \(position.column): the bytes at byte offset \(offset + index) look like UTF-8 in a file read as Windows-1252. The file may mix encodings; check the accented characters in this row.",
                            line: position.line, byteOffset: offset + index, fieldIndex: position.fieldIndex))
                }
            }
            return .success(decided)
        }
        return try result.get()
    }

    /// The physical line, 1-based column and field index of the byte at `index` of a record.
    private func locate(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, slots: [UInt64])
        -> (line: Int, column: Int, fieldIndex: Int?)
    {
        var lineBreaks = 0
        var position = 0
        while position < index {
            let byte = bytes[position]
            if byte == CSVRecordScanner.lineFeed {
                lineBreaks += 1
            } else if byte == CSVRecordScanner.carriageReturn
                && !(position + 1 < bytes.count && bytes[position + 1] == CSVRecordScanner.lineFeed)
            {
                lineBreaks += 1
            }
            position += 1
        }
        var fieldIndex: Int?
        for (candidate, slot) in slots.enumerated() {
            // Quoted slots start after the opening quote; widen by one to include it.
            if Swift.max(0, CSVFieldSlot.start(slot) - 1) <= index && index <= CSVFieldSlot.end(slot) {
                fieldIndex = candidate
                break
            }
        }
        return (line + lineBreaks, (fieldIndex ?? 0) + 1, fieldIndex)
    }
}

extension CSVReader: Sequence {
    /// Iterates over the remaining records with `for … in`.
    ///
    /// A fatal error ends the loop early and is stored in ``CSVReader/terminalError``; check
    /// it after the loop, or use ``CSVReader/next()``, which throws.
    ///
    /// ```swift
    /// for record in reader { handle(record) }
    /// if let error = reader.terminalError { throw error }
    /// ```
    public struct Iterator: IteratorProtocol {
        let reader: CSVReader

        /// The next record, or `nil` at the end of the file or after a fatal error.
        public mutating func next() -> CSVRecord? {
            do {
                return try reader.next()
            } catch {
                reader.terminalError = error
                return nil
            }
        }
    }

    /// Returns an iterator over the remaining records.
    public func makeIterator() -> Iterator {
        Iterator(reader: self)
    }
}
