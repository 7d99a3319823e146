import BuurtkrachtJSON
import Foundation
import Testing

/// The keyed container looks members up by trying the member after the last match first (types
/// usually decode in the order they were encoded) and falls back to json-c's hash table. These
/// tests pin the results for every way the two paths can meet.
@Suite("Keyed look-up")
struct KeyedLookupTests {
    let decoder = JSONCDecoder()

    struct Four: Decodable, Equatable { var a: Int, b: Int, c: Int, d: Int }

    @Test func membersInAnyOrderWithUnknownMembersBetween() throws {
        let inOrder = try decoder.decode(Four.self, from: utf8(#"{"a":1,"b":2,"c":3,"d":4}"#))
        let shuffled = try decoder.decode(Four.self, from: utf8(#"{"d":4,"x":0,"b":2,"a":1,"y":[1,{"a":9}],"c":3}"#))
        #expect(inOrder == Four(a: 1, b: 2, c: 3, d: 4))
        #expect(shuffled == inOrder)
    }

    @Test func absentOptionalsBetweenPresentMembers() throws {
        struct Gaps: Decodable, Equatable { var a: Int, b: Int?, c: Int?, d: Int }
        #expect(try decoder.decode(Gaps.self, from: utf8(#"{"a":1,"d":4}"#)) == Gaps(a: 1, b: nil, c: nil, d: 4))
        #expect(try decoder.decode(Gaps.self, from: utf8(#"{"a":1,"c":null,"d":4}"#)) == Gaps(a: 1, b: nil, c: nil, d: 4))
        #expect(try decoder.decode(Gaps.self, from: utf8(#"{"d":4,"c":3,"a":1}"#)) == Gaps(a: 1, b: nil, c: 3, d: 4))
    }

    @Test func nonASCIIAndLongKeys() throws {
        struct Names: Decodable, Equatable {
            var street: String, name: String, emoji: Bool, long: Int
            enum CodingKeys: String, CodingKey {
                case street = "straße"
                case name = "名前"
                case emoji = "😀"
                case long = "eenHeelLangeSleutelNaamDieNietKleinIs"
            }
        }
        let expected = Names(street: "Kerkstraat", name: "Jip", emoji: true, long: 7)
        let text = #"{"straße":"Kerkstraat","名前":"Jip","😀":true,"eenHeelLangeSleutelNaamDieNietKleinIs":7}"#
        #expect(try decoder.decode(Names.self, from: utf8(text)) == expected)
        let reordered = #"{"eenHeelLangeSleutelNaamDieNietKleinIs":7,"😀":true,"名前":"Jip","straße":"Kerkstraat"}"#
        #expect(try decoder.decode(Names.self, from: utf8(reordered)) == expected)
        // Escaped in the input, the same member names still match.
        let escaped = #"{"stra\u00dfe":"Kerkstraat","\u540d\u524d":"Jip","\ud83d\ude00":true,"eenHeelLangeSleutelNaamDieNietKleinIs":7}"#
        #expect(try decoder.decode(Names.self, from: utf8(escaped)) == expected)
    }

    @Test func keysThatArePrefixesOfOtherKeys() throws {
        struct Prefixes: Decodable, Equatable {
            var a: Int, ab: Int, abc: Int
        }
        #expect(try decoder.decode(Prefixes.self, from: utf8(#"{"abc":3,"a":1,"ab":2}"#)) == Prefixes(a: 1, ab: 2, abc: 3))
        let error = decodingError { _ = try decoder.decode(Prefixes.self, from: utf8(#"{"abcd":4,"a":1,"ab":2}"#)) }
        guard case .keyNotFound(let key, _)? = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "abc")
    }

    @Test func sameKeyDecodedTwiceAndTwoContainersOnOneObject() throws {
        struct Twice: Decodable, Equatable {
            var first: Int, again: Int, other: String
            enum CodingKeys: String, CodingKey { case a, b }
            init(first: Int, again: Int, other: String) { self.first = first; self.again = again; self.other = other }
            init(from decoder: any Decoder) throws {
                let one = try decoder.container(keyedBy: CodingKeys.self)
                let two = try decoder.container(keyedBy: CodingKeys.self)
                first = try one.decode(Int.self, forKey: .a)
                other = try two.decode(String.self, forKey: .b)
                again = try one.decode(Int.self, forKey: .a)
            }
        }
        #expect(try decoder.decode(Twice.self, from: utf8(#"{"a":5,"b":"x"}"#)) == Twice(first: 5, again: 5, other: "x"))
    }

    @Test func duplicateMembersKeepTheLastValue() throws {
        struct One: Decodable, Equatable { var a: Int, b: Int }
        #expect(try decoder.decode(One.self, from: utf8(#"{"a":1,"b":2,"a":3}"#)) == One(a: 3, b: 2))
    }

    @Test func siblingObjectsInAnArrayUseTheirOwnMembers() throws {
        // Every element is decoded at the same nesting level, so each must not reuse the previous
        // element's position: after the first element the member after the last match is its own
        // "a", which must not be taken for the second element's "a".
        let text = #"[{"b":1,"c":1,"d":1,"a":1},{"d":2,"c":2,"b":2,"a":2},{"a":3,"b":3,"c":3,"d":3}]"#
        let values = try decoder.decode([Four].self, from: utf8(text))
        #expect(values == [Four(a: 1, b: 1, c: 1, d: 1), Four(a: 2, b: 2, c: 2, d: 2), Four(a: 3, b: 3, c: 3, d: 3)])
    }

    @Test func allKeysAndContainsWithNonASCIIKeys() throws {
        let decoded = try decoder.decode([String: Int].self, from: utf8(#"{"één":1,"twee":2,"中":3}"#))
        #expect(decoded == ["één": 1, "twee": 2, "中": 3])

        struct Probe: Decodable {
            var keys: [String]
            var hasEen: Bool, hasMissing: Bool
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: JSONKey.self)
                keys = c.allKeys.map(\.stringValue)
                hasEen = c.contains(JSONKey("één"))
                hasMissing = c.contains(JSONKey("een"))
            }
        }
        let probe = try decoder.decode(Probe.self, from: utf8(#"{"één":1,"twee":null}"#))
        #expect(probe.keys == ["één", "twee"])
        #expect(probe.hasEen)
        #expect(!probe.hasMissing)
    }

    @Test func decodeNilForKeyDistinguishesNullValueAndAbsent() throws {
        struct Nils: Decodable {
            var nullIsNil: Bool, valueIsNil: Bool
            enum CodingKeys: String, CodingKey { case n, v, absent }
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                nullIsNil = try c.decodeNil(forKey: .n)
                valueIsNil = try c.decodeNil(forKey: .v)
                _ = try c.decodeNil(forKey: .absent)
            }
        }
        let error = decodingError { _ = try decoder.decode(Nils.self, from: utf8(#"{"n":null,"v":0}"#)) }
        guard case .keyNotFound(let key, _)? = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "absent")
        struct Present: Decodable {
            var nullIsNil: Bool, valueIsNil: Bool
            enum CodingKeys: String, CodingKey { case n, v }
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                nullIsNil = try c.decodeNil(forKey: .n)
                valueIsNil = try c.decodeNil(forKey: .v)
            }
        }
        let present = try decoder.decode(Present.self, from: utf8(#"{"n":null,"v":0}"#))
        #expect(present.nullIsNil)
        #expect(!present.valueIsNil)
    }

    @Test func codingPathSeenByNestedValuesIsExact() throws {
        struct Leaf: Decodable {
            var path: String
            init(from decoder: any Decoder) throws {
                path = DecodingErrorSummary.fieldPath(decoder.codingPath)
                _ = try decoder.singleValueContainer().decode(Int.self)
            }
        }
        struct Middle: Decodable {
            var leaves: [Leaf], inner: Leaf
            enum CodingKeys: String, CodingKey { case leaves, wrapper }
            enum WrapperKeys: String, CodingKey { case inner }
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                leaves = try c.decode([Leaf].self, forKey: .leaves)
                inner = try c.nestedContainer(keyedBy: WrapperKeys.self, forKey: .wrapper).decode(Leaf.self, forKey: .inner)
            }
        }
        struct Top: Decodable { var middle: Middle }
        let top = try decoder.decode(Top.self, from: utf8(#"{"middle":{"leaves":[1,2],"wrapper":{"inner":3}}}"#))
        #expect(top.middle.leaves.map(\.path) == ["middle.leaves[0]", "middle.leaves[1]"])
        #expect(top.middle.inner.path == "middle.wrapper.inner")
    }

    @Test func superDecodersReadTheirMemberAndReportFullPaths() throws {
        struct Base: Decodable { var id: Int }
        struct Derived: Decodable {
            var base: Base, named: Base, element: Base, absentIsNull: Bool
            enum CodingKeys: String, CodingKey { case named, list, absent }
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                base = try Base(from: c.superDecoder())
                named = try Base(from: c.superDecoder(forKey: .named))
                var list = try c.nestedUnkeyedContainer(forKey: .list)
                element = try Base(from: list.superDecoder())
                absentIsNull = try c.superDecoder(forKey: .absent).singleValueContainer().decodeNil()
            }
        }
        let value = try decoder.decode(Derived.self, from: utf8(#"{"super":{"id":1},"named":{"id":2},"list":[{"id":3}]}"#))
        #expect([value.base.id, value.named.id, value.element.id] as [Int] == [1, 2, 3])
        #expect(value.absentIsNull)

        let keyed = decodingError { _ = try decoder.decode([Derived].self, from: utf8(#"[{"super":{"id":1},"named":{"id":"two"},"list":[{"id":3}]}]"#)) }
        #expect(path(of: keyed) == "[0].named.id")
        let unkeyed = decodingError { _ = try decoder.decode(Derived.self, from: utf8(#"{"super":{"id":1},"named":{"id":2},"list":[{}]}"#)) }
        #expect(path(of: unkeyed) == "list[0].id")
    }
}

/// A coding key for any member name.
private struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
