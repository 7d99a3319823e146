import BuurtkrachtJSON
import Foundation
import Testing

/// Decodes the same documents with JSONCDecoder and Foundation's JSONDecoder (.iso8601 dates,
/// .base64 data) and requires identical values — or both to fail.
@Suite("Agreement with Foundation")
struct FoundationAgreementTests {
    struct Person: Codable, Equatable {
        var name: String
        var age: Int?
        var born: Date?
        var tags: [String]?
        var address: Address?
    }
    struct Address: Codable, Equatable { var street: String; var number: Int; var lat: Double? }
    struct Numbers: Codable, Equatable { var i: Int; var d: Double; var f: Float; var u8: UInt8; var i64: Int64; var dec: Decimal }
    struct Blob: Codable, Equatable { var data: Data; var url: URL }
    enum Kind: String, Codable, CodingKeyRepresentable { case a, b }
    struct Kinds: Codable, Equatable { var kinds: [Kind: [Int]]; var list: [Kind] }

    static let foundation: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    func agree<T: Decodable & Equatable>(_ type: T.Type, _ text: String) {
        let ours = Result { try JSONCDecoder().decode(T.self, from: utf8(text)) }
        let theirs = Result { try FoundationAgreementTests.foundation.decode(T.self, from: Data(text.utf8)) }
        switch (ours, theirs) {
        case (.success(let a), .success(let b)):
            #expect(a == b, "\(text)")
        case (.failure, .failure):
            break
        case (.success(let a), .failure(let e)):
            Issue.record("only Foundation failed on \(text): \(e); ours = \(a)")
        case (.failure(let e), .success(let b)):
            Issue.record("only JSONCDecoder failed on \(text): \(e); Foundation = \(b)")
        }
    }

    @Test func corpus() {
        agree(Person.self, #"{"name":"Jan"}"#)
        agree(Person.self, #"{"name":"Jan","age":null,"born":null}"#)
        agree(Person.self, #"{"name":"Ö\u00e9\ud83d\ude00","age":41,"born":"1985-04-12T08:30:00Z","tags":["a","b"]}"#)
        agree(Person.self, #"{"name":"x","address":{"street":"Dapperstraat","number":3,"lat":52.36}}"#)
        agree(Person.self, #"{"name":"x","born":"1985-04-12T10:30:00+02:00"}"#)
        agree(Person.self, #"  {"tags":[],"name":"order independent"}  "#)
        agree(Person.self, #"{"name":"escapes \" \\ \/ \b \f \n \r \t"}"#)
        agree(Person.self, #"{"name":"x","address":{"street":"s","number":"3"}}"#)   // both fail: type mismatch
        agree(Person.self, #"{"age":3}"#)                                               // both fail: missing key
        agree([Person].self, #"[{"name":"a"},{"name":"b","age":2}]"#)
        agree(Numbers.self, #"{"i":-42,"d":0.1,"f":1.5,"u8":255,"i64":-9223372036854775808,"dec":12.345}"#)
        agree(Numbers.self, #"{"i":1e2,"d":7,"f":0,"u8":0,"i64":9223372036854775807,"dec":-1}"#)
        agree(Numbers.self, #"{"i":1,"d":1,"f":1,"u8":256,"i64":1,"dec":1}"#)          // both fail: UInt8 overflow
        agree(Numbers.self, #"{"i":1.5,"d":1,"f":1,"u8":1,"i64":1,"dec":1}"#)          // both fail: fraction into Int
        agree(Blob.self, #"{"data":"3q2+7w==","url":"https://buurtkracht.nl/a?b=c"}"#)
        agree(Blob.self, #"{"data":"not base64!","url":"https://a.nl"}"#)              // both fail
        agree(Kinds.self, #"{"kinds":{"a":[1],"b":[]},"list":["a","b"]}"#)
        agree(Kinds.self, #"{"kinds":{},"list":["c"]}"#)                               // both fail: bad raw value
        agree([String: [String: Double]].self, #"{"x":{"y":1.25,"z":-3}}"#)
        agree([Int?].self, "[1,null,3]")
        agree([[Bool]].self, "[[true],[false,true],[]]")
        agree(Double.self, "1.7976931348623157e308")
        agree(Int64.self, "9007199254740993")
        agree([UInt64].self, "[18446744073709551615]")
        agree(Person.self, #"{"name":"x"} trailing"#)                                  // both fail: trailing data
        agree(Person.self, #"{"name":"x""#)                                            // both fail: truncated
    }
}
