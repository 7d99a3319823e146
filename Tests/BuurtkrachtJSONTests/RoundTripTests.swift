import BuurtkrachtJSON
import Foundation
import Testing

/// `CodingKeyRepresentable` makes `[Colour: V]` encode as an object (without it the stdlib uses
/// a `[key, value, …]` array, with any encoder).
enum Colour: String, Codable, CaseIterable, CodingKeyRepresentable { case red, green, blue }
enum Level: Int, Codable { case low = 1, high = 9 }

/// An enum with associated values and a hand-written Codable (`{"type":…,…}`).
enum Contact: Codable, Equatable {
    case phone(String)
    case email(address: String, verified: Bool)
    case none

    private enum CodingKeys: String, CodingKey { case type, number, address, verified }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "phone": self = .phone(try container.decode(String.self, forKey: .number))
        case "email": self = .email(address: try container.decode(String.self, forKey: .address), verified: try container.decode(Bool.self, forKey: .verified))
        case "none": self = .none
        default: throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "Unknown contact type.")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .phone(let number):
            try container.encode("phone", forKey: .type)
            try container.encode(number, forKey: .number)
        case .email(let address, let verified):
            try container.encode("email", forKey: .type)
            try container.encode(address, forKey: .address)
            try container.encode(verified, forKey: .verified)
        case .none:
            try container.encode("none", forKey: .type)
        }
    }
}

struct Household: Codable, Equatable {
    struct Member: Codable, Equatable {
        var name: String
        var birthDate: Date
        var contact: Contact
        var nickname: String?
        var scores: [Double]
    }
    var id: Int64
    var members: [Member]
    var colours: [Colour: Int]
    var levels: [String: Level]
    var notes: [String?]
    var matrix: [[Int]]
    var photo: Data
    var website: URL
    var budget: Decimal
    var lastVisit: Date?
    var tags: Set<String>
}

struct Extremes: Codable, Equatable {
    var i64min: Int64 = .min
    var i64max: Int64 = .max
    var u64max: UInt64 = .max
    var i8: Int8 = -128
    var u8: UInt8 = 255
    var i16: Int16 = -32768
    var u16: UInt16 = 65535
    var i32: Int32 = .min
    var u32: UInt32 = .max
    var int: Int = .min
    var uint: UInt = .max
    var tenth = 0.1
    var tiny = 1e-7
    var largest = 1.7976931348623157e308
    var smallest = Double.leastNonzeroMagnitude
    var negativeZero = -0.0
    var third = 1.0 / 3.0
    var float: Float = 0.1
    var bigFloat: Float = 3.4028235e38
}

@Suite("Round trips")
struct RoundTripTests {
    let encoder = JSONCEncoder()
    let decoder = JSONCDecoder()

    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        let bytes = try encoder.encode(value)
        return try decoder.decode(T.self, from: bytes)
    }

    @Test func nestedStructWithEverything() throws {
        let household = Household(
            id: 9_007_199_254_740_993,
            members: [
                .init(name: "Özlem Yılmaz", birthDate: Date(timeIntervalSince1970: -1_000_000_000), contact: .phone("+31 6 1234 5678"), nickname: nil, scores: [0.1, 2, -3.5]),
                .init(name: "Jan \"JJ\" de Vries\n", birthDate: Date(timeIntervalSince1970: 1_795_428_930.25), contact: .email(address: "jan@example.nl", verified: true), nickname: "JJ", scores: []),
                .init(name: "😀 emoji", birthDate: Date(timeIntervalSince1970: 0), contact: .none, nickname: "", scores: [1e-7]),
            ],
            colours: [.red: 1, .blue: 3],
            levels: ["a": .low, "b": .high],
            notes: ["x", nil, "z"],
            matrix: [[1, 2], [], [3]],
            photo: Data([0, 1, 2, 250, 255]),
            website: URL(string: "https://buurtkracht.nl/wijk/oosterpark?x=1&y=2")!,
            budget: Decimal(string: "1234.56")!,
            lastVisit: nil,
            tags: ["a", "b"])
        #expect(try roundTrip(household) == household)
    }

    @Test func integerAndDoubleExtremes() throws {
        let value = Extremes()
        let decoded = try roundTrip(value)
        #expect(decoded == value)
        #expect(decoded.negativeZero.sign == .minus)
    }

    @Test(arguments: [0.1, 1e-7, 1.7976931348623157e308, -2.5e-300, 123456.789, 1e21, 1e15, 9007199254740993.0, 0.30000000000000004])
    func doublesRoundTripExactly(_ value: Double) throws {
        #expect(try roundTrip([value]) == [value])
    }

    @Test func datesWithAndWithoutFraction() throws {
        let dates = [
            Date(timeIntervalSince1970: 1_795_428_930),
            Date(timeIntervalSince1970: 1_795_428_930.5),
            Date(timeIntervalSince1970: 1_795_428_930.123),
            Date(timeIntervalSince1970: -62_135_596_800), // 0001-01-01
            Date(timeIntervalSince1970: 951_782_400),     // 2000-02-29
        ]
        let decoded = try roundTrip(dates)
        for (a, b) in zip(decoded, dates) {
            #expect(abs(a.timeIntervalSince1970 - b.timeIntervalSince1970) < 0.0005)
        }
    }

    @Test func stringEnumKeyedDictionaryIsAnObject() throws {
        let value: [Colour: Int] = [.green: 2]
        #expect(try encodedText(value) == #"{"green":2}"#)
        #expect(try roundTrip(value) == value)
        #expect(try decoder.decode([Colour: Int].self, from: utf8(#"{"red":1,"blue":3}"#)) == [.red: 1, .blue: 3])
    }

    @Test func optionalsAbsentAndNullDecodeToNil() throws {
        struct Opt: Codable, Equatable { var a: Int?; var b: String?; var c: [Int]? }
        #expect(try decoder.decode(Opt.self, from: utf8("{}")) == Opt())
        #expect(try decoder.decode(Opt.self, from: utf8(#"{"a":null,"b":null,"c":null}"#)) == Opt())
        #expect(try encodedText(Opt()) == "{}")
        #expect(try encodedText(Opt(a: 1, b: nil, c: [])) == #"{"a":1,"c":[]}"#)
    }

    @Test func embeddedNULRoundTrips() throws {
        let value = ["a\u{0}b", "\u{0}"]
        #expect(try encodedText(value) == #"["a\u0000b","\u0000"]"#)
        #expect(try roundTrip(value) == value)
        #expect(try decoder.decode(String.self, from: utf8(#""x\u0000y""#)) == "x\u{0}y")
    }

    @Test func surrogatePairsDecodeToOneScalar() throws {
        let decoded = try decoder.decode(String.self, from: utf8(#""\ud83d\ude00 \u00e9""#))
        #expect(decoded == "😀 é")
        #expect(decoded.unicodeScalars.count == 3)
        // Non-ASCII is written as UTF-8, not escaped.
        #expect(try encodedText("😀é") == "\"😀é\"")
    }

    @Test func topLevelScalars() throws {
        #expect(try decoder.decode(Int.self, from: utf8("42")) == 42)
        #expect(try decoder.decode(Bool.self, from: utf8(" true ")) == true)
        #expect(try decoder.decode(String?.self, from: utf8("null")) == nil)
        #expect(try decoder.decode(Double.self, from: utf8("-1.5e3")) == -1500)
        #expect(try decoder.decode(String.self, from: #""plain""#) == "plain")
    }

    @Test func doubleAcceptsIntegerJSONAndIntegersAcceptIntegralDoubles() throws {
        #expect(try decoder.decode(Double.self, from: utf8("7")) == 7)
        #expect(try decoder.decode(Double.self, from: utf8("18446744073709551615")) == 18446744073709551615.0)
        #expect(try decoder.decode(Int.self, from: utf8("2.0")) == 2)
        #expect(try decoder.decode(Int.self, from: utf8("1e3")) == 1000)
        #expect(try decoder.decode(Decimal.self, from: utf8("0.1")) == Decimal(string: "0.1"))
    }

    @Test func nestedContainersAndSuperEncoderInterleave() throws {
        struct Interleaved: Codable, Equatable {
            var a: Int, x: Int, y: [Int], b: String
            enum Keys: String, CodingKey { case a, inner, list, b, base }
            enum InnerKeys: String, CodingKey { case x }
            init(a: Int, x: Int, y: [Int], b: String) { self.a = a; self.x = x; self.y = y; self.b = b }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                var inner = c.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
                var list = c.nestedUnkeyedContainer(forKey: .list)
                try c.encode(a, forKey: .a)             // parent written while nested ones are open
                try inner.encode(x, forKey: .x)
                for v in y { try list.encode(v) }
                try c.encode(b, forKey: .b)
                var base = c.superEncoder(forKey: .base).singleValueContainer()
                try base.encode("super")
            }
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: Keys.self)
                a = try c.decode(Int.self, forKey: .a)
                x = try c.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner).decode(Int.self, forKey: .x)
                var list = try c.nestedUnkeyedContainer(forKey: .list)
                var values: [Int] = []
                while !list.isAtEnd { values.append(try list.decode(Int.self)) }
                y = values
                b = try c.decode(String.self, forKey: .b)
                #expect(try String(from: c.superDecoder(forKey: .base)) == "super")
            }
        }
        let value = Interleaved(a: 1, x: 2, y: [3, 4], b: "five")
        #expect(try encodedText(value) == #"{"inner":{"x":2},"list":[3,4],"a":1,"b":"five","base":"super"}"#)
        #expect(try roundTrip(value) == value)
    }

    @Test func concurrentDecodingIsSafe() async throws {
        let bytes = try encoder.encode(Extremes())
        let decoder = self.decoder
        let document = try JSONDocument(parsing: bytes)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<200 {
                        guard try decoder.decode(Extremes.self, from: bytes) == Extremes(),
                              try decoder.decode(Extremes.self, from: document.root) == Extremes() else { return false }
                    }
                    return true
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
