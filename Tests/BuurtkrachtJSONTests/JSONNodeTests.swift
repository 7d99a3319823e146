import BuurtkrachtJSON
import Foundation
import Testing

@Suite("JSONNode and id echo")
struct JSONNodeTests {
    struct Params: Codable, Equatable { var name: String; var count: Int }
    struct Response: Encodable { let jsonrpc = "2.0"; let id: JSONNode; let result: Params }

    @Test func inspectEnvelopeThenDecodeParams() throws {
        let document = try JSONDocument(parsing: utf8(#"{"jsonrpc":"2.0","id":7,"method":"signals.report","params":{"name":"x","count":2},"extra":null}"#))
        let root = document.root
        #expect(root.kind == .object)
        #expect(root.count == 5)
        #expect(root["jsonrpc"]?.stringValue == "2.0")
        #expect(root["method"]?.stringValue == "signals.report")
        #expect(root["id"]?.int64Value == 7)
        #expect(root["extra"]?.kind == .null)
        #expect(root["missing"] == nil)
        #expect(root.members.map(\.key) == ["jsonrpc", "id", "method", "params", "extra"])
        let params = try #require(root["params"])
        #expect(try JSONCDecoder().decode(Params.self, from: params) == Params(name: "x", count: 2))
        #expect(try params.decode(Params.self) == Params(name: "x", count: 2))
    }

    @Test func paramsErrorsAreRelativeToTheNode() throws {
        let document = try JSONDocument(parsing: utf8(#"{"params":{"name":"x","count":"2"}}"#))
        let error = try #require(decodingError { _ = try document.root["params"]?.decode(Params.self) })
        #expect(DecodingErrorSummary(error, root: "params").field == "params.count")
    }

    @Test(arguments: [
        ("1", "1"), ("-5", "-5"), ("1.5", "1.5"), ("1.50", "1.50"), ("1e3", "1e3"), ("-0.0", "-0.0"),
        (#""abc""#, #""abc""#), (#""a\/b\u00e9""#, #""a/bé""#), ("null", "null"),
        ("9007199254740993", "9007199254740993"), ("18446744073709551615", "18446744073709551615"),
        ("-9223372036854775808", "-9223372036854775808"), ("1E+2", "1E+2"),
    ])
    func idIsEchoedAsWritten(_ id: String, _ echoed: String) throws {
        let request = try JSONDocument(parsing: utf8(#"{"jsonrpc":"2.0","id":\#(id),"method":"m"}"#))
        let idNode = request.root["id"] ?? .null(in: request)
        let response = Response(id: idNode, result: Params(name: "n", count: 1))
        #expect(try encodedText(response) == #"{"jsonrpc":"2.0","id":\#(echoed),"result":{"name":"n","count":1}}"#)
        #expect(try idNode.rawJSON().description == echoed)
    }

    @Test func nodeAccessors() throws {
        let document = try JSONDocument(parsing: utf8(#"[true,-3,18446744073709551615,2.50,"s\u0000t",[1],{"k":"v"},null]"#))
        let e = document.root.elements
        #expect(e.map(\.kind) == [.bool, .int, .int, .double, .string, .array, .object, .null])
        #expect(e[0].boolValue == true)
        #expect(e[1].int64Value == -3 && e[1].uint64Value == nil)
        #expect(e[2].int64Value == nil && e[2].uint64Value == .max)
        #expect(e[3].doubleValue == 2.5 && e[3].numberText == "2.50")
        #expect(e[4].stringValue == "s\u{0}t")
        #expect(document.root[5]?[0]?.int64Value == 1)
        #expect(document.root[99] == nil)
        #expect(e[6]["k"]?.stringValue == "v")
        #expect(e[7].isNull)
    }

    @Test func nonFiniteNodesCannotBeWritten() throws {
        // NaN/Infinity literals are rejected by the parser; overflowing exponents reach the tree as ±inf.
        #expect(jsonError { _ = try JSONDocument(parsing: utf8("[NaN]")) }?.code == .nonFiniteNumber)
        let document = try JSONDocument(parsing: utf8("[1e400]"))
        #expect(document.root[0]?.doubleValue == .infinity)
        #expect(jsonError { _ = try document.root.rawJSON() }?.code == .nonFiniteNumber)
    }

    @Test func nodeOutlivesItsDocumentReference() throws {
        var node: JSONNode?
        do {
            let document = try JSONDocument(parsing: utf8(#"{"deep":{"value":"kept"}}"#))
            node = document.root["deep"]
        }
        // The document variable is gone; the node keeps the tree alive.
        #expect(node?["value"]?.stringValue == "kept")
    }

    @Test func jsonNodeAndRawJSONAsDecodableFields() throws {
        struct Envelope: Decodable { var id: JSONNode; var params: RawJSON }
        let envelope = try JSONCDecoder().decode(Envelope.self, from: utf8(#"{"id":1.50,"params":{ "a" : [1, 2.0] }}"#))
        #expect(envelope.id.numberText == "1.50")
        #expect(envelope.params.description == #"{"a":[1,2.0]}"#)
        // Foundation cannot produce a JSONNode.
        #expect(decodingError { _ = try JSONDecoder().decode(Envelope.self, from: Data(#"{"id":1,"params":{}}"#.utf8)) } != nil)
    }

    @Test func nodeEncodesStructurallyWithFoundation() throws {
        let document = try JSONDocument(parsing: utf8(#"{"a":[1,2.5,"x",true,null]}"#))
        let data = try JSONEncoder().encode(document.root)
        #expect(String(decoding: data, as: UTF8.self) == #"{"a":[1,2.5,"x",true,null]}"#)
    }
}
