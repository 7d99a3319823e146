import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtPrivacy
import BuurtkrachtRPC
import BuurtkrachtTesting
import Foundation
import PropertyBased
import Testing

/// Invalid UTF-8 where the input is bytes: JSON-RPC request bodies get a well-formed error and
/// the server keeps serving; CSV and JSON-lines imports reject the row with the bad bytes and
/// import every other row exactly.
@Suite struct InvalidUTF8Tests {
    /// Byte sequences that are not UTF-8: a lone continuation byte, bytes UTF-8 never uses, an
    /// overlong form, a surrogate, a scalar beyond U+10FFFF, and a sequence cut short.
    static let invalidSequences: [[UInt8]] = [
        [0x80], [0xFF], [0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xC3], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ]
    static let invalid = Gen<[UInt8]?>.element(of: invalidSequences).map { $0 ?? [0xFF] }

    /// Request bodies with `bad` spliced into each place a string goes: the method, a param, the
    /// id, a member name, and the params of a client method.
    static func requests(with bad: [UInt8], id: Int) -> [[UInt8]] {
        func body(_ parts: [[UInt8]]) -> [UInt8] { parts.flatMap { $0 } }
        let text = { (string: String) in Array(string.utf8) }
        return [
            body([text(#"{"jsonrpc":"2.0","id":\#(id),"method":""#), bad, text(#""}"#)]),
            body([text(#"{"jsonrpc":"2.0","id":\#(id),"method":"clients.get","params":{"client":"c"#), bad, text(#""}}"#)]),
            body([text(#"{"jsonrpc":"2.0","id":"a"#), bad, text(#"","method":"ping"}"#)]),
            body([text(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping",""#), bad, text(#"":1}"#)]),
            body([text(#"{"jsonrpc":"2.0","id":\#(id),"method":"plans.addAgreement","params":{"plan":"p","text":"x"#), bad, text(#"y"}}"#)]),
            body([text(#"[{"jsonrpc":"2.0","id":\#(id),"method":"ping"},{"jsonrpc":"2.0","id":1,"method":""#), bad, text(#""}]"#)]),
            bad + text(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#),
        ]
    }

    @Test func jsonRPCAnswersInvalidUTF8WithAWellFormedErrorAndKeepsServing() async throws {
        let world = try await TestNeighbourhood.make()
        let transport = InMemoryTransport()
        let server = RPCServer(
            services: world.services, dispatcher: try RPCRegistryBuilder.buurtkracht().build(),
            configuration: RPCServer.Configuration(framing: .newlineDelimited)
        )
        let running = Task { await server.run(on: transport) }
        var responses = transport.output.makeAsyncIterator()
        func call(_ body: [UInt8]) async throws -> [String: Any] {
            transport.write(FrameEncoder(framing: .newlineDelimited).frame(body))
            let frame = try #require(await responses.next())
            var decoder = FrameDecoder(framing: .newlineDelimited, sizeLimit: .max)
            decoder.append(frame)
            guard case .frame(let response)? = decoder.next() else { throw CocoaError(.coderReadCorrupt) }
            #expect(String(validating: response, as: UTF8.self) != nil, "the response is not UTF-8")
            let value = try JSONSerialization.jsonObject(with: Data(response))
            return try #require(value as? [String: Any] ?? (value as? [[String: Any]])?.last)
        }

        let secret = AccessTokenSecret.generate()
        _ = try await world.services.directory.storeToken(
            hash: secret.hash, for: world.coordinator.professional, purpose: .guidance, expiresAt: nil, context: world.administrator
        )
        let signedIn = try await call(Array(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"token":"\#(secret.text)"}}"#.utf8))
        #expect(signedIn["result"] != nil)

        var id = 1
        await propertyCheck(count: 25, input: Self.invalid) { bad in
            for body in Self.requests(with: bad, id: id) {
                id += 1
                let response = try await call(body)
                #expect(response["jsonrpc"] as? String == "2.0")
                let error = try #require(response["error"] as? [String: Any], "no error for \(body)")
                #expect(error["code"] is Int && error["message"] is String)
            }
            let pong = try await call(Array(#"{"jsonrpc":"2.0","id":"alive","method":"ping"}"#.utf8))
            #expect(pong["id"] as? String == "alive" && pong["result"] != nil)
        }
        transport.closeInput()
        #expect(await running.value == .endOfInput)
    }

    // MARK: Import

    static let mapping = ImportMapping(
        sourceSystem: "Oud", recordID: "Dossier",
        client: ["familyName": FieldMapping(column: "Achternaam", type: .text), "givenNames": FieldMapping(column: "Voornamen", type: .text)]
    )

    /// Imports `bytes` from a file named `name` and returns the report and the stored family names by legacy id.
    static func importFile(_ bytes: [UInt8], name: String) async throws -> (ImportReport, [String: String]) {
        let folder = try TemporaryFolder()
        let world = try await TestNeighbourhood.make()
        let file = folder.file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        var request = ImportRequest(file: file, mapping: mapping)
        request.rejectsPath = folder.file("rejects")
        let report = try await Importer(services: world.services).run(request, context: world.dataOfficer)
        let clients = try await world.services.storage.read { try $0.clients.clients(matching: ClientQuery()) }
        var names: [String: String] = [:]
        for client in clients { names[client.externalIDs["Oud"] ?? "?"] = client.name.familyName }
        return (report, names)
    }

    /// Good family names, and for each row whether it carries bad bytes.
    static let rows = Gen<Bool>.bool.array(of: 1...8)

    @Test func csvRowsWithInvalidUTF8AreRejectedAndEveryOtherRowIsImported() async throws {
        await propertyCheck(count: 15, input: Self.rows, Self.invalid) { badRows, bad in
            // The first row decides the file is UTF-8; the rows after it may carry bad bytes.
            var bytes = Array("Dossier;Voornamen;Achternaam\r\nD-0;Zoë;Jansen\r\n".utf8)
            var expected = ["D-0": "Jansen"]
            for (index, isBad) in badRows.enumerated() {
                let id = "D-\(index + 1)"
                let name = "O'Brien-\(index) 👩‍👩‍👧 \"%_\\"
                if isBad {
                    bytes += Array("\(id);Piet;".utf8) + Array("Bakker".utf8) + bad + Array("\r\n".utf8)
                } else {
                    bytes += Array("\(id);Piet;\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"\r\n".utf8)
                    expected[id] = name
                }
            }
            let (report, names) = try await Self.importFile(bytes, name: "export.csv")
            #expect(names == expected)
            #expect(report.rows.rejected == badRows.filter { $0 }.count)
            #expect(report.errors.map(\.code.rawValue).allSatisfy { $0 == "encoding" })
        }
    }

    @Test func jsonLinesWithInvalidUTF8AreRejectedAndEveryOtherLineIsImported() async throws {
        await propertyCheck(count: 15, input: Self.rows, Self.invalid) { badRows, bad in
            var bytes: [UInt8] = []
            var expected: [String: String] = [:]
            for (index, isBad) in badRows.enumerated() {
                let id = "D-\(index)"
                let start = Array(#"{"Dossier":"\#(id)","Voornamen":"Piet","Achternaam":""#.utf8)
                if isBad {
                    bytes += start + Array("Bakker".utf8) + bad + Array("\"}\n".utf8)
                } else {
                    let name = "O'Brien-\(index) 👩‍👩‍👧 %_ \u{0}"
                    bytes += start + Array(#"O'Brien-\#(index) 👩‍👩‍👧 %_ \u0000"}"#.utf8) + [0x0A]
                    expected[id] = name
                }
            }
            let (report, names) = try await Self.importFile(bytes, name: "export.jsonl")
            #expect(names == expected)
            #expect(report.rows.rejected == badRows.filter { $0 }.count)
            #expect(report.errors.map(\.code.rawValue).allSatisfy { $0 == "encoding" })
        }
    }
}
