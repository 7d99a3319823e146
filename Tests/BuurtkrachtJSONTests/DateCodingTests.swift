import BuurtkrachtJSON
import Foundation
import Testing

@Suite("ISO 8601 dates")
struct DateCodingTests {
    func decode(_ text: String) throws -> Date {
        try JSONCDecoder().decode(Date.self, from: utf8("\"\(text)\""))
    }

    @Test(arguments: [
        ("2026-11-23T10:15:30Z", 1_795_428_930.0),
        ("2026-11-23T10:15:30.5Z", 1_795_428_930.5),
        ("2026-11-23T10:15:30.123Z", 1_795_428_930.123),
        ("2026-11-23T10:15:30.123456789Z", 1_795_428_930.123456789),
        ("2026-11-23T11:15:30+01:00", 1_795_428_930.0),
        ("2026-11-23T05:45:30.250-04:30", 1_795_428_930.25),
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59Z", -1),
        ("2000-02-29T12:00:00Z", 951_825_600),
        ("0001-01-01T00:00:00Z", -62_135_596_800),
        ("9999-12-31T23:59:59Z", 253_402_300_799),
    ])
    func decodesVariants(_ text: String, _ seconds: Double) throws {
        #expect(abs(try decode(text).timeIntervalSince1970 - seconds) < 1e-6)
    }

    @Test(arguments: [
        ("2026-11-23T10:15:30.1234567891234Z", 1_795_428_930.123456789), // digits past nanoseconds ignored
        ("2026-11-24T00:15:30+14:00", 1_795_428_930.0), // offset moves the date back a day
        ("2026-11-22T20:15:30-14:00", 1_795_428_930.0),
        ("2026-11-23T10:15:30+00:00", 1_795_428_930.0),
        ("2026-11-23T10:15:30-00:00", 1_795_428_930.0),
        ("2024-02-29T00:00:00Z", 1_709_164_800.0),
    ])
    func decodesEdgeCases(_ text: String, _ seconds: Double) throws {
        #expect(abs(try decode(text).timeIntervalSince1970 - seconds) < 1e-6)
    }

    @Test(arguments: [
        "1900-02-29T00:00:00Z", // not a leap year
        "2026-04-31T00:00:00Z", "2026-11-00T00:00:00Z", "2026-00-10T00:00:00Z",
        "2026-11-23T10:60:00Z", "2026-11-23T10:15:60Z", // no leap seconds
        "2026-11-23t10:15:30Z", "2026-11-23T10:15:30z", // lowercase designators
        "2026-11-23T10:15:30Zjunk", "2026-11-23T10:15:30+01:00junk",
        "2026-11-23T10:15:30+24:00", "2026-11-23T10:15:30+01:60", "2026-11-23T10:15:30+01",
        "+2026-11-23T10:15:30Z", "26-11-23T10:15:30Z", "2026-11-23", "",
        "2026-11-23T10:15:30.12a4Z", "２０２６-11-23T10:15:30Z",
    ])
    func rejectsNearMissesWithAClearError(_ text: String) {
        struct Stamped: Decodable { var at: Date }
        let error = decodingError { _ = try JSONCDecoder().decode([Stamped].self, from: utf8(#"[{"at":"\#(text)"}]"#)) }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted for \(text), got \(String(describing: error))")
            return
        }
        #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "[0].at")
        #expect(context.debugDescription.hasPrefix("Expected an ISO 8601 date-time"))
    }

    @Test func agreesWithFoundationFormatterOverManyInstants() throws {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var seconds = -2_208_988_800.0 // 1900-01-01
        while seconds < 4_102_444_800 { // 2100-01-01
            let date = Date(timeIntervalSince1970: seconds)
            let ours = String(try encodedText(date).dropFirst().dropLast())
            #expect(ours == formatter.string(from: date))
            #expect(try decode(ours) == date)
            seconds += 7_654_321.0
        }
    }

    @Test func millisecondsAreRoundedAndOnlyWrittenWhenNonzero() throws {
        #expect(try encodedText(Date(timeIntervalSince1970: 1.0004)) == #""1970-01-01T00:00:01Z""#)
        #expect(try encodedText(Date(timeIntervalSince1970: 1.0006)) == #""1970-01-01T00:00:01.001Z""#)
        #expect(try encodedText(Date(timeIntervalSince1970: 59.9996)) == #""1970-01-01T00:01:00Z""#)
        #expect(try encodedText(Date(timeIntervalSince1970: 1.05)) == #""1970-01-01T00:00:01.050Z""#)
    }
}
