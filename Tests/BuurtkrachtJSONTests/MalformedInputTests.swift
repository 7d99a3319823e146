import BuurtkrachtJSON
import Foundation
import Testing

@Suite("Malformed input")
struct MalformedInputTests {
    func parseError(_ bytes: [UInt8], maxDepth: Int = 64) -> JSONError? {
        jsonError { _ = try JSONDocument(parsing: bytes, maxDepth: maxDepth) }
    }

    @Test(arguments: [
        (#"{"a":1"#, JSONError.Code.unexpectedEnd, 6),
        (#"{"a":"#, .unexpectedEnd, 5),
        (#"["abc"#, .unexpectedEnd, 5),
        ("", .unexpectedEnd, 0),
        ("   ", .unexpectedEnd, 3),
        ("tru", .unexpectedEnd, 3),
        ("trUe", .syntax, 2),
        ("-", .invalidNumber, 0),
        ("[1.]", .invalidNumber, 1),
        ("[.5]", .syntax, 1),
        ("[+1]", .syntax, 1),
        ("[1e]", .invalidNumber, 1),
        ("[NaN]", .nonFiniteNumber, 1),
        ("[-Infinity]", .invalidNumber, 1),
        ("[Infinity]", .nonFiniteNumber, 1),
        (#"{"a":1} x"#, .trailingData, 8),
        (#"{"a":1}{}"#, .trailingData, 7),
        ("1 2", .trailingData, 2),
        ("[1,]", .syntax, 3),
        ("{'a':1}", .syntax, 1),
        ("/*c*/1", .syntax, 0),
        (#"{"a" 1}"#, .syntax, 5),
        (#"{"a":1 "b":2}"#, .syntax, 7),
        (#"["\x"]"#, .syntax, 3),
        ("[01]", .invalidNumber, 1),
        (#"{"a":tru}"#, .syntax, 8),
    ] as [(String, JSONError.Code, Int)])
    func syntaxErrorsCarryCodeAndOffset(_ text: String, _ code: JSONError.Code, _ offset: Int) {
        let error = parseError(utf8(text))
        #expect(error?.code == code, "\(text)")
        #expect(error?.byteOffset == offset, "\(text)")
        #expect(error?.message.isEmpty == false)
    }

    @Test func trailingWhitespaceIsFine() throws {
        #expect(try JSONDocument(parsing: utf8(" {\"a\":[1,2]} \r\n\t")).root["a"]?.count == 2)
    }

    @Test(arguments: [
        ([0x22, 0xFF, 0x22], 1),                          // invalid byte
        ([0x22, 0xC0, 0xAF, 0x22], 1),                    // overlong '/'
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),              // UTF-8-encoded surrogate
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),        // above U+10FFFF
        ([0x22, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0xE2, 0x82, 0x22], 8), // truncated sequence after a clean word
        ([0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x31, 0x7D], 2),  // invalid in a key
    ] as [([UInt8], Int)])
    func invalidUTF8IsAnError(_ bytes: [UInt8], _ offset: Int) {
        let error = parseError(bytes)
        #expect(error?.code == .invalidUTF8)
        #expect(error?.byteOffset == offset)
    }

    @Test func loneSurrogateEscapesAreErrors() {
        let high = parseError(utf8(#"["ok","\ud800x"]"#))
        #expect(high?.code == .invalidEscape)
        #expect(high?.byteOffset == 7)
        #expect(parseError(utf8(#""\udc00""#))?.code == .invalidEscape)
        #expect(parseError(utf8(#""\ud800\u0041""#))?.code == .invalidEscape)
        // An escaped backslash followed by "ud800" is just text.
        #expect(parseError(utf8(#""\\ud800""#)) == nil)
    }

    @Test func rawControlCharactersAreErrors() {
        let error = parseError([0x22, 0x61, 0x01, 0x22])
        #expect(error?.code == .controlCharacter)
        #expect(error?.byteOffset == 2)
        #expect(parseError([0x5B, 0x31, 0x00, 0x5D])?.code == .controlCharacter)
        // Raw tab inside a string (json-c would accept it); tabs between tokens are whitespace.
        #expect(parseError(utf8("[\"a\tb\"]"))?.byteOffset == 3)
        #expect(parseError(utf8("[\t1,\n2\r\n]")) == nil)
    }

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 64) + "1" + String(repeating: "]", count: 64)
        let tooDeep = String(repeating: "[", count: 65) + "1" + String(repeating: "]", count: 65)
        #expect(parseError(utf8(ok)) == nil)
        let error = parseError(utf8(tooDeep))
        #expect(error?.code == .depthExceeded)
        #expect(error?.byteOffset == 65) // json-c stops at the value inside the 65th array
        #expect(parseError(utf8("[[[1]]]"), maxDepth: 2)?.code == .depthExceeded)
        #expect(parseError(utf8("[[1]]"), maxDepth: 2) == nil)
        let decoder = JSONCDecoder(maxDepth: 3)
        #expect(jsonError { _ = try decoder.decode([[[[Int]]]].self, from: utf8("[[[[1]]]]")) }?.code == .depthExceeded)
    }

    @Test func integersOutsideSixtyFourBitsAreRejected() {
        let big = parseError(utf8(#"{"n":18446744073709551616}"#))
        #expect(big?.code == .invalidNumber)
        #expect(big?.byteOffset == 5)
        #expect(parseError(utf8("[-9223372036854775809]"))?.byteOffset == 1)
        #expect(parseError(utf8("123456789012345678901234567890"))?.code == .invalidNumber)
        // Edges and non-integers with long digit runs are fine.
        #expect(parseError(utf8("[18446744073709551615,-9223372036854775808,1.23456789012345678901234,1e0000000000000000000001]")) == nil)
        #expect(parseError(utf8(#"["12345678901234567890123"]"#)) == nil)
    }

    @Test func errorDescriptionIsActionable() {
        let error = parseError(utf8(#"{"a":1"#))
        #expect(error?.description == "unexpectedEnd: The JSON text ends before the value is complete (truncated input?). (at byte 6)")
    }
}
