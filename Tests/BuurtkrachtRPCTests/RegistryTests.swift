import BuurtkrachtRPC
import Testing

/// The registry: duplicates and reserved names are refused; integrators add methods beside ours.
@Suite struct RegistryTests {
    @Test func aDuplicateNameIsRejectedWithAFix() throws {
        var builder = try RPCRegistryBuilder.buurtkracht()
        #expect(throws: RPCRegistryError.duplicate("ping")) { try builder.register(Ping.self) }
    }

    @Test func namesInTheReservedRPCSpaceAreRejected() {
        enum Reserved: RPCMethod {
            static let name = "rpc.mine"
            static let summary = "Not allowed."
            static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> RPCEmpty { RPCEmpty() }
        }
        var builder = RPCRegistryBuilder()
        #expect(throws: RPCRegistryError.invalidName("rpc.mine")) { try builder.register(Reserved.self) }
    }

    @Test func anIntegratorsMethodIsDispatchedAndDiscoveredBesideOurs() async throws {
        let dispatcher = try exampleDispatcher()
        #expect(dispatcher.hasMethod("subtract"))
        #expect(dispatcher.hasMethod("signals.report"))
        #expect(dispatcher.document.methods.contains { $0.name == "subtract" && $0.params.map(\.name) == ["minuend", "subtrahend"] })
    }

    @Test func everyCoreAreaHasMethods() throws {
        let names = try RPCRegistryBuilder.buurtkracht().methodNames
        for area in ["clients.", "households.", "signals.", "visits.", "plans.", "network.", "volunteers.", "groups.", "referrals.", "duplicates.", "consents.", "reports.", "audit.", "directory."] {
            #expect(names.contains { $0.hasPrefix(area) }, "no method for \(area)")
        }
    }
}
