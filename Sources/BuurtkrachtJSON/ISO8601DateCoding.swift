import Foundation

/// ISO 8601 date-times with integer civil-calendar arithmetic (Howard Hinnant's
/// days-from-civil), avoiding `DateFormatter`/`ISO8601DateFormatter`.
///
/// * Output: `YYYY-MM-DDTHH:MM:SSZ`, plus `.SSS` when the value (rounded to the nearest
///   millisecond) has a nonzero millisecond part. Years 0000–9999 only.
/// * Input: `YYYY-MM-DDTHH:MM:SS`, optional `.` and 1+ fraction digits (nanosecond precision
///   kept, further digits ignored), then `Z` or `±HH:MM`.
enum ISO8601DateCoding {
    /// Seconds from 1970-01-01T00:00:00Z to 10000-01-01T00:00:00Z.
    private static let upperBoundSeconds: Double = 253_402_300_800
    /// Seconds from 1970-01-01 back to 0000-01-01.
    private static let lowerBoundSeconds: Double = -62_167_219_200

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Appends the date as a JSON string. Returns false if it is outside years 0000–9999 or not finite.
    static func write(_ date: Date, into writer: inout JSONByteWriter) -> Bool {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite, seconds >= lowerBoundSeconds, seconds < upperBoundSeconds - 0.0005 else { return false }
        let totalMillis = Int((seconds * 1000).rounded())
        let millis = ((totalMillis % 1000) + 1000) % 1000
        let wholeSeconds = (totalMillis - millis) / 1000
        let secondOfDay = ((wholeSeconds % 86_400) + 86_400) % 86_400
        let days = (wholeSeconds - secondOfDay) / 86_400
        let (year, month, day) = civilFromDays(days)

        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let length = withUnsafeMutableBytes(of: &buffer) { b -> Int in
            @inline(__always) func put2(_ value: Int, at i: Int) {
                b[i] = 0x30 &+ UInt8(truncatingIfNeeded: value / 10)
                b[i + 1] = 0x30 &+ UInt8(truncatingIfNeeded: value % 10)
            }
            b[0] = 0x22
            put2(year / 100, at: 1); put2(year % 100, at: 3)
            b[5] = 0x2D; put2(month, at: 6)
            b[8] = 0x2D; put2(day, at: 9)
            b[11] = 0x54; put2(secondOfDay / 3600, at: 12)
            b[14] = 0x3A; put2(secondOfDay / 60 % 60, at: 15)
            b[17] = 0x3A; put2(secondOfDay % 60, at: 18)
            var i = 20
            if millis != 0 {
                b[20] = 0x2E
                b[21] = 0x30 &+ UInt8(truncatingIfNeeded: millis / 100)
                put2(millis % 100, at: 22)
                i = 24
            }
            b[i] = 0x5A
            b[i + 1] = 0x22
            return i + 2
        }
        withUnsafeBytes(of: &buffer) { writer.append(UnsafeBufferPointer(start: $0.baseAddress?.assumingMemoryBound(to: UInt8.self), count: length)) }
        return true
    }

    /// Parses the text of a JSON string (without quotes). Returns nil if it is not a valid
    /// ISO 8601 date-time in the accepted form.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        let n = text.count
        guard n >= 20 else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? {
            let d = text[i] &- 0x30
            return d < 10 ? Int(d) : nil
        }
        @inline(__always) func two(_ i: Int) -> Int? {
            guard let a = digit(i), let b = digit(i + 1) else { return nil }
            return a * 10 + b
        }
        guard let y1 = two(0), let y2 = two(2), text[4] == 0x2D,
              let month = two(5), text[7] == 0x2D,
              let day = two(8), text[10] == 0x54,
              let hour = two(11), text[13] == 0x3A,
              let minute = two(14), text[16] == 0x3A,
              let second = two(17)
        else { return nil }
        let year = y1 * 100 + y2
        guard (1...12).contains(month), day >= 1, hour < 24, minute < 60, second < 60 else { return nil }
        let daysInMonth: Int
        switch month {
        case 2: daysInMonth = (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: daysInMonth = 30
        default: daysInMonth = 31
        }
        guard day <= daysInMonth else { return nil }

        var i = 19
        var fraction = 0.0
        if text[i] == 0x2E {
            i += 1
            let start = i
            var numerator = 0
            var scale = 1
            while i < n, let d = digit(i) {
                if i - start < 9 {
                    numerator = numerator * 10 + d
                    scale *= 10
                }
                i += 1
            }
            guard i > start else { return nil }
            fraction = Double(numerator) / Double(scale)
        }
        guard i < n else { return nil }
        var offsetSeconds = 0
        switch text[i] {
        case 0x5A:
            i += 1
        case 0x2B, 0x2D:
            guard i + 6 == n, let oh = two(i + 1), text[i + 3] == 0x3A, let om = two(i + 4),
                  oh < 24, om < 60 else { return nil }
            offsetSeconds = (oh * 3600 + om * 60) * (text[i] == 0x2D ? -1 : 1)
            i += 6
        default:
            return nil
        }
        guard i == n else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let whole = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(whole) + fraction)
    }
}
