import Buurtkracht
import BuurtkrachtJSON
import BuurtkrachtRPC
import Foundation
import Testing

/// The OpenRPC document and `Documentation/RPC.md` come from the registry that dispatches.
@Suite struct DiscoveryTests {
    static var documentationFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation")
    }

    @Test func theCommittedOpenRPCDocumentAndReferenceMatchTheRegistry() throws {
        let document = try RPCRegistryBuilder.buurtkracht().build().document
        let json = try Data(contentsOf: Self.documentationFolder.appendingPathComponent("openrpc.json"))
        let markdown = try String(contentsOf: Self.documentationFolder.appendingPathComponent("RPC.md"), encoding: .utf8)
        let fix = "Regenerate with `swift run buurtkracht rpc-docs --out Documentation` and commit the result."
        #expect(Array(json) == (try document.prettyJSON()), "Documentation/openrpc.json is stale. \(fix)")
        #expect(markdown == RPCMarkdown.render(document), "Documentation/RPC.md is stale. \(fix)")
    }

    @Test func theMethodTableKeepsAVersionNumberInASummaryWhole() throws {
        let markdown = RPCMarkdown.render(try RPCRegistryBuilder.buurtkracht().build().document)
        #expect(markdown.contains("| Returns the OpenRPC 1.3 document of every method, generated from the same registry that dispatches. |"))
        #expect(markdown.contains("returns the server's info, protocol version and capabilities. |"), "only the first sentence")
    }

    @Test func everyRegisteredMethodIsDescribedWithItsParamsInDecodingOrder() throws {
        let dispatcher = try RPCRegistryBuilder.buurtkracht().build()
        #expect(dispatcher.document.methods.map(\.name) == dispatcher.methodNames)
        let report = try #require(dispatcher.document.methods.first { $0.name == "signals.report" })
        #expect(report.params.map(\.name) == ["subject", "neighbourhood", "address", "reporter", "category", "severity", "observedAt", "summary", "arrears"])
        #expect(report.params.filter(\.required).map(\.name) == ["subject", "reporter", "category", "severity", "observedAt"])
        #expect(report.result.schema.referencedName == "SignalReportOutcome")
    }

    @Test func taggedUnionsBecomeOneOfWithTheTagAsConst() throws {
        let builder = JSONSchemaBuilder()
        _ = try builder.schema(for: SignalSubject.self)
        let schema = try #require(builder.components["SignalSubject"])
        let variants = try #require(schema.oneOf)
        #expect(variants.count == 4)
        #expect(variants.compactMap { $0.properties?.first { $0.name == "kind" }?.schema.constValue?.description } == ["\"client\"", "\"household\"", "\"address\"", "\"anonymised\""])
    }

    @Test func everyTaggedUnionExampleRoundTrips() throws {
        func check<T: JSONTaggedUnionSchema & Decodable & Equatable>(_ type: T.Type) throws {
            for variant in T.schemaVariants {
                #expect(try JSONCDecoder().decode(T.self, from: JSONCEncoder().encode(variant)) == variant)
            }
        }
        try check(SignalSubject.self)
        try check(PlanSubject.self)
        try check(ActionOwner.self)
        try check(Tie.Counterpart.self)
        try check(Referral.Target.self)
    }

    @Test func aTypeThatCannotBeWalkedIsNamedWithTheFix() throws {
        struct Validating: Codable, Sendable {
            var value: String
            init(from decoder: any Decoder) throws {
                value = try decoder.singleValueContainer().decode(String.self)
                guard !value.isEmpty else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "empty")) }
            }
        }
        enum Bad: RPCMethod {
            static let name = "bad.method"
            static let summary = "Cannot be described."
            struct Params: Codable, Sendable { var field: Validating }
            static func handle(_ params: Params, in context: RPCRequestContext) async throws -> RPCEmpty { RPCEmpty() }
        }
        var builder = RPCRegistryBuilder()
        try builder.register(Bad.self)
        #expect { try builder.build() } throws: { error in
            "\(error)".contains("bad.method") && "\(error)".contains("Validating") && "\(error)".contains("JSONSchemaProviding")
        }
    }
}
