import BuurtkrachtJSON
import Foundation
import Testing

@Suite("Decoding errors")
struct DecodingErrorTests {
    struct A: Decodable { var a: B }
    struct B: Decodable { var b: [C] }
    struct C: Decodable { var c: Int }
    let decoder = JSONCDecoder()

    @Test func keyNotFoundHasExactPath() throws {
        let error = decodingError { _ = try decoder.decode(A.self, from: utf8(#"{"a":{"b":[{"c":1},{"c":2},{"d":3}]}}"#)) }
        guard case .keyNotFound(let key, let context)? = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "c")
        #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "a.b[2]")
        #expect(DecodingErrorSummary(try #require(error)).field == "a.b[2].c")
        #expect(DecodingErrorSummary(try #require(error), root: "params").description == "params.a.b[2].c is required")
    }

    @Test func typeMismatchHasExactPathAndNoValue() throws {
        let error = decodingError { _ = try decoder.decode(A.self, from: utf8(#"{"a":{"b":[{"c":1},{"c":"secret-bsn-123456782"}]}}"#)) }
        guard case .typeMismatch(let type, let context)? = error else {
            Issue.record("expected typeMismatch, got \(String(describing: error))")
            return
        }
        #expect(ObjectIdentifier(type) == ObjectIdentifier(Int.self))
        #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "a.b[1].c")
        #expect(!context.debugDescription.contains("secret"))
        let summary = DecodingErrorSummary(try #require(error), root: "params")
        #expect(summary.field == "params.a.b[1].c")
        #expect(summary.reason == "has the wrong type (expected an integer)")
        #expect(!summary.description.contains("secret"))
    }

    @Test func nullForRequiredValueIsValueNotFound() {
        let error = decodingError { _ = try decoder.decode(C.self, from: utf8(#"{"c":null}"#)) }
        guard case .valueNotFound(_, let context)? = error else {
            Issue.record("expected valueNotFound")
            return
        }
        #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "c")
    }

    @Test func containerTypeMismatch() {
        let error = decodingError { _ = try decoder.decode(A.self, from: utf8(#"{"a":{"b":{"c":1}}}"#)) }
        guard case .typeMismatch(_, let context)? = error else {
            Issue.record("expected typeMismatch")
            return
        }
        #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "a.b")
        #expect(DecodingErrorSummary(error!).reason == "has the wrong type (expected an array)")
    }

    @Test(arguments: [
        ("300", "UInt8"), ("-1", "UInt"), ("128", "Int8"), ("1.5", "Int"),
        ("9223372036854775808", "Int64"), ("-9223372036854775808", "UInt64"), ("4294967296", "UInt32"),
    ])
    func integerOverflowIsDataCorrupted(_ literal: String, _ type: String) {
        let bytes = utf8("[\(literal)]")
        let error: DecodingError? = decodingError {
            switch type {
            case "UInt8": _ = try decoder.decode([UInt8].self, from: bytes)
            case "UInt": _ = try decoder.decode([UInt].self, from: bytes)
            case "Int8": _ = try decoder.decode([Int8].self, from: bytes)
            case "Int": _ = try decoder.decode([Int].self, from: bytes)
            case "Int64": _ = try decoder.decode([Int64].self, from: bytes)
            case "UInt64": _ = try decoder.decode([UInt64].self, from: bytes)
            default: _ = try decoder.decode([UInt32].self, from: bytes)
            }
        }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted for \(literal) as \(type)")
            return
        }
        #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "[0]")
        #expect(!context.debugDescription.contains(literal))
    }

    @Test func invalidDatesAndNonFiniteNumbers() {
        struct D: Decodable { var at: Date }
        for text in ["2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-11-23 10:15:30Z", "2026-11-23T10:15:30", "2026-11-23T24:00:00Z", "2026-11-23T10:15:30.Z", "2026-11-23T10:15:30+0100"] {
            let error = decodingError { _ = try decoder.decode(D.self, from: utf8(#"{"at":"\#(text)"}"#)) }
            guard case .dataCorrupted(let context)? = error else {
                Issue.record("expected dataCorrupted for \(text)")
                continue
            }
            #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "at")
        }
        for literal in ["1e400", "-1e400"] {
            let error = decodingError { _ = try decoder.decode([Double].self, from: utf8("[\(literal)]")) }
            guard case .dataCorrupted? = error else {
                Issue.record("expected dataCorrupted for \(literal)")
                continue
            }
        }
    }

    @Test func summaryNeverUsesDebugDescriptions() throws {
        struct Custom: Decodable {
            init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "value 'Jan Jansen' is not allowed")
            }
        }
        let error = try #require(decodingError { _ = try decoder.decode([String: Custom].self, from: utf8(#"{"name":1}"#)) })
        let summary = DecodingErrorSummary(error, root: "params")
        #expect(summary.description == "params.name has an invalid value")
    }

    @Test func unkeyedContainerAtEnd() {
        struct Pair: Decodable {
            init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                _ = try c.decode(Int.self)
                _ = try c.decode(Int.self)
            }
        }
        let error = decodingError { _ = try decoder.decode(Pair.self, from: utf8("[1]")) }
        guard case .valueNotFound(_, let context)? = error else {
            Issue.record("expected valueNotFound")
            return
        }
        #expect(DecodingErrorSummary.fieldPath(context.codingPath) == "[1]")
        #expect(DecodingErrorSummary(error!).reason == "has too few elements")
    }
}
