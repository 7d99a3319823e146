import BuurtkrachtJSON
import Foundation
import Testing

@Suite("Golden encoding")
struct EncodingGoldenTests {
    struct Address: Encodable {
        var street = "Eerste Oosterparkstraat"
        var number = 14
        var addition: String? = nil
        var city = "Amsterdam"
    }
    struct Report: Encodable {
        var zeta = 1
        var alpha = "a"
        var address = Address()
        var observedAt = Date(timeIntervalSince1970: 1_795_428_930)
        var reportedAt = Date(timeIntervalSince1970: 1_795_428_930.25)
        var tags = ["x", "y"]
        var ok = true
        var none: Int? = nil
        var nested: [String: [Int]] = ["k": [1, -2]]
    }

    @Test func compactOutputInDeclarationOrder() throws {
        #expect(try encodedText(Report()) ==
            #"{"zeta":1,"alpha":"a","address":{"street":"Eerste Oosterparkstraat","number":14,"city":"Amsterdam"},"observedAt":"2026-11-23T10:15:30Z","reportedAt":"2026-11-23T10:15:30.250Z","tags":["x","y"],"ok":true,"nested":{"k":[1,-2]}}"#)
    }

    @Test func stringEscaping() throws {
        let input = "quote\" backslash\\ slash/ tab\t nl\n cr\r bs\u{8} ff\u{c} nul\u{0} unit\u{1f} del\u{7f} é 中 😀 \u{2028}"
        let expected = #""quote\" backslash\\ slash/ tab\t nl\n cr\r bs\b ff\f nul\u0000 unit\u001f del"# + "\u{7f} é 中 😀 \u{2028}\""
        #expect(try encodedText(input) == expected)
        // Long clean runs and escapes at 8-byte boundaries (exercises the word-at-a-time scan).
        let long = String(repeating: "abcdefg\"", count: 5) + "\\"
        #expect(try encodedText(long) == "\"" + String(repeating: "abcdefg\\\"", count: 5) + "\\\\\"")
    }

    @Test func numbers() throws {
        #expect(try encodedText([0.1, 1e-7, 1.7976931348623157e308, 100, -0.0, 2.5, 1e21, .leastNonzeroMagnitude]) ==
            "[0.1,1e-07,1.7976931348623157e+308,100,-0.0,2.5,1e+21,5e-324]")
        #expect(try encodedText([Int64.min, Int64.max, 0, -1]) == "[-9223372036854775808,9223372036854775807,0,-1]")
        #expect(try encodedText([UInt64.max]) == "[18446744073709551615]")
        #expect(try encodedText([Float(0.1), 16_777_216, 1.5]) == "[0.1,16777216,1.5]")
        #expect(try encodedText(Decimal(string: "12.50")!) == "12.5")
    }

    @Test func dataURLAndDates() throws {
        #expect(try encodedText(Data([0xde, 0xad, 0xbe, 0xef])) == #""3q2+7w==""#)
        #expect(try encodedText(URL(string: "https://a.nl/x?y=1")!) == #""https://a.nl/x?y=1""#)
        #expect(try encodedText(Date(timeIntervalSince1970: 0)) == #""1970-01-01T00:00:00Z""#)
        #expect(try encodedText(Date(timeIntervalSince1970: -0.001)) == #""1969-12-31T23:59:59.999Z""#)
        #expect(try encodedText(Date(timeIntervalSince1970: 951_782_400.0004)) == #""2000-02-29T00:00:00Z""#)
        #expect(try encodedText(Date(timeIntervalSince1970: 253_402_300_799)) == #""9999-12-31T23:59:59Z""#)
    }

    @Test func nonFiniteNumbersAreRejectedWithThePath() throws {
        struct Score: Encodable { var items: [Item]; struct Item: Encodable { var score: Double } }
        let error = jsonError { _ = try JSONCEncoder().encode(Score(items: [.init(score: 1), .init(score: .nan)])) }
        #expect(error?.code == .nonFiniteNumber)
        #expect(error?.message.contains("items[1].score") == true)
        #expect(jsonError { _ = try JSONCEncoder().encode([Float.infinity]) }?.code == .nonFiniteNumber)
        #expect(jsonError { _ = try JSONCEncoder().encode(Decimal.nan) }?.code == .nonFiniteNumber)
        #expect(jsonError { _ = try JSONCEncoder().encode(Date(timeIntervalSince1970: 1e12)) }?.code == .invalidValue)
    }

    @Test func rawJSONIsSplicedVerbatim() throws {
        struct Envelope: Encodable { let jsonrpc = "2.0"; let id: RawJSON; let result: RawJSON }
        let result = RawJSON(unchecked: try JSONCEncoder().encode(["ok": true]))
        let envelope = Envelope(id: try RawJSON(validating: utf8(" 1.50 ")), result: result)
        #expect(try encodedText(envelope) == #"{"jsonrpc":"2.0","id":1.50,"result":{"ok":true}}"#)
        // Foundation's encoder gets the same structure.
        let foundation = String(decoding: try JSONEncoder().encode(["r": result]), as: UTF8.self)
        #expect(foundation == #"{"r":{"ok":true}}"#)
        #expect(jsonError { _ = try RawJSON(validating: utf8("{")) }?.code == .unexpectedEnd)
    }

    @Test func appendingToAnExistingBuffer() throws {
        var frame = utf8("Content-Length: ?\r\n\r\n")
        try JSONCEncoder().encode(["a": 1], appendingTo: &frame)
        #expect(String(decoding: frame, as: UTF8.self) == "Content-Length: ?\r\n\r\n{\"a\":1}")
    }
}
