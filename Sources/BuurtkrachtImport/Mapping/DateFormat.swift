public import Buurtkracht

/// A date format of a legacy column, like `dd-MM-yyyy`, `d-M-yy` or `yyyy-MM-dd`, parsed on bytes.
///
/// Letters: `d`/`dd` day, `M`/`MM` month, `yy`/`yyyy` year, `H`/`HH`, `m`/`mm`, `s`/`ss` a time
/// that is read and ignored. Any other character must appear literally. A single letter takes
/// one or two digits; a doubled letter exactly two. A two-digit year is put in the century that
/// makes it no later than the current year (`80` → 1980, `05` → 2005).
///
/// ```swift
/// let format = DateFormat("d-M-yy")!
/// format.date(from: "3-11-80", currentYear: 2026)   // 1980-11-03
/// ```
public struct DateFormat: Sendable, Hashable, CustomStringConvertible {
    enum Token: Hashable {
        case day(fixed: Bool), month(fixed: Bool), year(digits: Int), time(fixed: Bool), literal(UInt8)
    }

    let tokens: [Token]
    /// The format as written.
    public let description: String

    /// Parses a format; nil when it has no day, month and year, or an unknown letter.
    public init?(_ text: String) {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var run = 1
            while index + run < bytes.count && bytes[index + run] == byte { run += 1 }
            switch (byte, run) {
            case (UInt8(ascii: "d"), 1), (UInt8(ascii: "d"), 2): tokens.append(.day(fixed: run == 2))
            case (UInt8(ascii: "M"), 1), (UInt8(ascii: "M"), 2): tokens.append(.month(fixed: run == 2))
            case (UInt8(ascii: "y"), 2), (UInt8(ascii: "y"), 4): tokens.append(.year(digits: run))
            case (UInt8(ascii: "H"), 1...2), (UInt8(ascii: "m"), 1...2), (UInt8(ascii: "s"), 1...2):
                tokens.append(.time(fixed: run == 2))
            default:
                if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte >= 0x80 {
                    return nil
                }
                for _ in 0..<run { tokens.append(.literal(byte)) }
            }
            index += run
        }
        let hasDay = tokens.contains { if case .day = $0 { true } else { false } }
        let hasMonth = tokens.contains { if case .month = $0 { true } else { false } }
        let hasYear = tokens.contains { if case .year = $0 { true } else { false } }
        guard hasDay, hasMonth, hasYear else { return nil }
        // A one-or-two-digit part must be followed by a literal or the end, or it is ambiguous.
        for (position, token) in tokens.enumerated() {
            let isVariable: Bool
            switch token {
            case .day(let fixed), .month(let fixed), .time(let fixed): isVariable = !fixed
            default: isVariable = false
            }
            guard isVariable, position + 1 < tokens.count else { continue }
            if case .literal = tokens[position + 1] { continue }
            return nil
        }
        self.tokens = tokens
        self.description = text
    }

    /// The day `text` names in this format, or nil when it does not have the format or names no
    /// real day.
    ///
    /// - Parameters:
    ///   - text: The value, without surrounding spaces.
    ///   - currentYear: The year two-digit years are placed relative to.
    public func date(from text: String, currentYear: Int) -> CalendarDate? {
        var bytes = Array(text.utf8)
        let outcome = bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0), currentYear: currentYear) }
        guard case .date(let year, let month, let day) = outcome else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }

    /// The outcome of reading one value.
    enum Outcome: Equatable {
        /// The value has the format and is a real day.
        case date(year: Int, month: Int, day: Int)
        /// The value has the format but names no real day (31-02-1980).
        case notADay
        /// The value does not have the format.
        case mismatch
    }

    /// Reads `bytes` (already trimmed) in this format.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, currentYear: Int) -> Outcome {
        var index = 0
        var day = 0, month = 0, year = -1
        func digits(_ minimum: Int, _ maximum: Int) -> Int? {
            var value = 0
            var count = 0
            while count < maximum, index < bytes.count, ByteText.isDigit(bytes[index]) {
                value = value * 10 + Int(bytes[index] &- 0x30)
                index += 1
                count += 1
            }
            return count >= minimum ? value : nil
        }
        for token in tokens {
            switch token {
            case .day(let fixed):
                guard let value = digits(fixed ? 2 : 1, 2) else { return .mismatch }
                day = value
            case .month(let fixed):
                guard let value = digits(fixed ? 2 : 1, 2) else { return .mismatch }
                month = value
            case .year(let count):
                guard let value = digits(count, count) else { return .mismatch }
                if count == 2 {
                    let century = currentYear / 100 * 100
                    year = century + value > currentYear ? century - 100 + value : century + value
                } else {
                    year = value
                }
            case .time(let fixed):
                guard digits(fixed ? 2 : 1, 2) != nil else { return .mismatch }
            case .literal(let byte):
                guard index < bytes.count, bytes[index] == byte else { return .mismatch }
                index += 1
            }
        }
        guard index == bytes.count else { return .mismatch }
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CalendarDays.inMonth(year: year, month: month)
        else { return .notADay }
        return .date(year: year, month: month, day: day)
    }
}

/// Day counts without going through `CalendarDate`'s throwing initialiser.
enum CalendarDays {
    static func inMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
