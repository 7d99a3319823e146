/// The RFC 4180 tokenizer core: a pure function from a window of bytes to one record.
///
/// It keeps no state between calls: when the window ends before the record does it reports
/// ``CSVScanOutcome/needMoreData(openMultilineQuote:lineBreaks:)`` and the reader rescans
/// the record from its start once more bytes are buffered. The result therefore never
/// depends on how the input was split into chunks.
///
/// In normal mode (`lineBound == .max`) quoted fields may span line breaks. When the reader
/// has found a quote to be unterminated it rescans with `lineBound` set to that quote's
/// offset: from there on, a quoted field that does not close on its own line is read as an
/// unquoted field (its quote kept literally, with an error diagnostic) and the record ends at
/// that line's end.
struct CSVRecordScanner {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    let delimiter: UInt8
    let maxLinesPerRecord: Int
    private let delimiterPattern: UInt64

    init(delimiter: UInt8, maxLinesPerRecord: Int) {
        self.delimiter = delimiter
        self.maxLinesPerRecord = maxLinesPerRecord
        self.delimiterPattern = Self.ones &* UInt64(delimiter)
    }

    @inline(__always)
    private static func zeroBytes(_ value: UInt64) -> UInt64 {
        (value &- ones) & ~value & highs
    }

    /// The first index in `from..<end` holding the delimiter, a quote, LF or CR; `end` if none.
    @inline(__always)
    private func findUnquotedStop(_ base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int {
        var index = from
        let raw = UnsafeRawPointer(base)
        let quotes = Self.ones &* UInt64(Self.quote)
        let lineFeeds = Self.ones &* UInt64(Self.lineFeed)
        let returns = Self.ones &* UInt64(Self.carriageReturn)
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let matches =
                Self.zeroBytes(word ^ delimiterPattern) | Self.zeroBytes(word ^ quotes)
                | Self.zeroBytes(word ^ lineFeeds) | Self.zeroBytes(word ^ returns)
            if matches != 0 {
                return index &+ (matches.trailingZeroBitCount >> 3)
            }
            index &+= 8
        }
        while index < end {
            let byte = base[index]
            if byte == delimiter || byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn {
                return index
            }
            index &+= 1
        }
        return end
    }

    /// The first index in `from..<end` holding a quote, LF or CR; `end` if none.
    @inline(__always)
    private func findQuotedStop(_ base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int {
        var index = from
        let raw = UnsafeRawPointer(base)
        let quotes = Self.ones &* UInt64(Self.quote)
        let lineFeeds = Self.ones &* UInt64(Self.lineFeed)
        let returns = Self.ones &* UInt64(Self.carriageReturn)
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let matches =
                Self.zeroBytes(word ^ quotes) | Self.zeroBytes(word ^ lineFeeds) | Self.zeroBytes(word ^ returns)
            if matches != 0 {
                return index &+ (matches.trailingZeroBitCount >> 3)
            }
            index &+= 8
        }
        while index < end {
            let byte = base[index]
            if byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn {
                return index
            }
            index &+= 1
        }
        return end
    }

    /// Scans one record at the start of `window`.
    ///
    /// - Parameters:
    ///   - window: The buffered bytes from the record start; never empty.
    ///   - isEOF: Whether the input ends where `window` ends.
    ///   - lineBound: Offset from which quoted fields are line-bounded (`.max` for none).
    ///   - resyncReason: Why the quote at `lineBound` was found unterminated.
    ///   - expectedFieldCount: Capacity hint for the field table.
    ///   - recordLine: The physical line of the record start, for diagnostics.
    ///   - recordOffset: The file offset of the record start, for diagnostics.
    func scan(
        _ window: UnsafeBufferPointer<UInt8>,
        isEOF: Bool,
        lineBound: Int,
        resyncReason: CSVUnterminatedReason?,
        expectedFieldCount: Int,
        recordLine: Int,
        recordOffset: Int
    ) -> CSVScanOutcome {
        guard let base = window.baseAddress, window.count > 0 else {
            return .needMoreData(openMultilineQuote: nil, lineBreaks: 0)
        }
        let count = window.count
        let quote = Self.quote
        let lineFeed = Self.lineFeed
        let carriageReturn = Self.carriageReturn

        let first = base[0]
        if first == lineFeed {
            return .blankLine(terminatorLength: 1)
        }
        if first == carriageReturn {
            if count < 2 {
                return isEOF ? .blankLine(terminatorLength: 1) : .needMoreData(openMultilineQuote: nil, lineBreaks: 0)
            }
            return .blankLine(terminatorLength: base[1] == lineFeed ? 2 : 1)
        }

        var slots: [UInt64] = []
        slots.reserveCapacity(expectedFieldCount)
        var diagnostics: [CSVDiagnostic] = []
        var position = 0
        var lineBreaks = 0
        var firstMultilineQuote: Int?

        while true {
            let fieldStart = position
            let fieldIndex = slots.count
            var quoteTakenLiterally = false

            if position < count && base[position] == quote {
                let bounded = position >= lineBound
                var cursor = position + 1
                var escaped = false
                var spanned = false
                var closingQuote = -1
                scanQuoted: while true {
                    cursor = findQuotedStop(base, from: cursor, to: count)
                    if cursor >= count {
                        if !isEOF {
                            return .needMoreData(openMultilineQuote: spanned ? fieldStart : nil, lineBreaks: lineBreaks)
                        }
                        if bounded {
                            quoteTakenLiterally = true
                            break scanQuoted
                        }
                        return .unterminatedQuote(at: fieldStart, reason: .endOfFile)
                    }
                    let byte = base[cursor]
                    if byte == quote {
                        if cursor + 1 >= count {
                            if !isEOF {
                                return .needMoreData(
                                    openMultilineQuote: spanned ? fieldStart : nil, lineBreaks: lineBreaks)
                            }
                            closingQuote = cursor
                            break scanQuoted
                        }
                        if base[cursor + 1] == quote {
                            escaped = true
                            cursor += 2
                            continue scanQuoted
                        }
                        closingQuote = cursor
                        break scanQuoted
                    }
                    // A line break inside the quoted field.
                    if bounded {
                        quoteTakenLiterally = true
                        break scanQuoted
                    }
                    if byte == carriageReturn {
                        if cursor + 1 >= count {
                            if !isEOF {
                                return .needMoreData(openMultilineQuote: fieldStart, lineBreaks: lineBreaks)
                            }
                        } else if base[cursor + 1] == lineFeed {
                            cursor += 1
                        }
                    }
                    cursor += 1
                    lineBreaks += 1
                    spanned = true
                    if lineBreaks >= maxLinesPerRecord {
                        return .unterminatedQuote(at: fieldStart, reason: .lineLimit(maxLinesPerRecord))
                    }
                }

                if quoteTakenLiterally {
                    let reason = fieldStart == lineBound ? (resyncReason ?? .endOfFile) : .endOfLineDuringResync
                    let line = recordLine + lineBreaks
                    diagnostics.append(
                        CSVDiagnostic(
                            severity: .error,
                            code: .unterminatedQuote,
                            message: "Line \(line), column \(fieldIndex + 1): the quoted field that opens at byte offset \(recordOffset + fieldStart) is not closed \(reason.explanation). The quote was read as a literal character and reading resumed at line \(line + 1). Check the quoting of this row in the source system.",
                            line: line,
                            byteOffset: recordOffset + fieldStart,
                            fieldIndex: fieldIndex))
                } else {
                    let afterQuote = closingQuote + 1
                    if afterQuote >= count || base[afterQuote] == delimiter || base[afterQuote] == lineFeed
                        || base[afterQuote] == carriageReturn
                    {
                        slots.append(
                            escaped
                                ? CSVFieldSlot.make(start: fieldStart, end: afterQuote, needsUnescape: true)
                                : CSVFieldSlot.make(start: fieldStart + 1, end: closingQuote, needsUnescape: false))
                        position = afterQuote
                    } else {
                        if spanned && !bounded {
                            return .unterminatedQuote(
                                at: fieldStart, reason: .textAfterClosingQuote(line: recordLine + lineBreaks))
                        }
                        var end = afterQuote
                        while true {
                            end = findUnquotedStop(base, from: end, to: count)
                            if end < count && base[end] == quote {
                                end += 1
                                continue
                            }
                            break
                        }
                        if end >= count && !isEOF {
                            return .needMoreData(openMultilineQuote: nil, lineBreaks: lineBreaks)
                        }
                        let line = recordLine + lineBreaks
                        diagnostics.append(
                            CSVDiagnostic(
                                severity: .warning,
                                code: .textAfterClosingQuote,
                                message: "Line \(line), column \(fieldIndex + 1): characters follow the closing quote at byte offset \(recordOffset + closingQuote); they were appended to the field. Quote the whole field in the source system.",
                                line: line,
                                byteOffset: recordOffset + closingQuote,
                                fieldIndex: fieldIndex))
                        slots.append(CSVFieldSlot.make(start: fieldStart, end: end, needsUnescape: true))
                        position = end
                    }
                    if spanned && firstMultilineQuote == nil {
                        firstMultilineQuote = fieldStart
                    }
                }
            }

            if position == fieldStart {
                // Unquoted field (or a quote taken literally): everything up to the next
                // delimiter or line break, byte-exact; quotes inside are literal.
                var end = position
                var strayQuote = -1
                while true {
                    end = findUnquotedStop(base, from: end, to: count)
                    if end < count && base[end] == quote {
                        if strayQuote < 0 && !(quoteTakenLiterally && end == fieldStart) {
                            strayQuote = end
                        }
                        end += 1
                        continue
                    }
                    break
                }
                if end >= count && !isEOF {
                    return .needMoreData(openMultilineQuote: nil, lineBreaks: lineBreaks)
                }
                if strayQuote >= 0 {
                    let line = recordLine + lineBreaks
                    diagnostics.append(
                        CSVDiagnostic(
                            severity: .warning,
                            code: .strayQuote,
                            message: "Line \(line), column \(fieldIndex + 1): a quote character at byte offset \(recordOffset + strayQuote) inside an unquoted field was kept as a literal character.",
                            line: line,
                            byteOffset: recordOffset + strayQuote,
                            fieldIndex: fieldIndex))
                }
                slots.append(CSVFieldSlot.make(start: position, end: end, needsUnescape: false))
                position = end
            }

            // After the field: delimiter, line break or end of input.
            if position >= count {
                return .record(
                    CSVScannedRecord(
                        slots: slots, length: count, terminatorLength: 0, lineBreaks: lineBreaks,
                        firstMultilineQuote: firstMultilineQuote, diagnostics: diagnostics))
            }
            let separator = base[position]
            if separator == delimiter {
                position += 1
                continue
            }
            var terminatorLength = 1
            if separator == carriageReturn {
                if position + 1 >= count {
                    if !isEOF {
                        return .needMoreData(openMultilineQuote: nil, lineBreaks: lineBreaks)
                    }
                } else if base[position + 1] == lineFeed {
                    terminatorLength = 2
                }
            }
            return .record(
                CSVScannedRecord(
                    slots: slots, length: position, terminatorLength: terminatorLength, lineBreaks: lineBreaks,
                    firstMultilineQuote: firstMultilineQuote, diagnostics: diagnostics))
        }
    }
}
