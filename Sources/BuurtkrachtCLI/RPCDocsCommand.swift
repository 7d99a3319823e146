import ArgumentParser
import BuurtkrachtRPC
import Foundation

/// `buurtkracht rpc-docs` (hidden): writes `openrpc.json` and `RPC.md` from the method registry,
/// so that the published documentation is generated, never kept by hand.
struct RPCDocsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rpc-docs",
        abstract: "Write openrpc.json and RPC.md, generated from the JSON-RPC method registry.",
        shouldDisplay: false
    )

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "folder"))
    var out: String = "Documentation"

    func run() async throws {
        let document = try RPCRegistryBuilder.buurtkracht().build().document
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        try Data(try document.prettyJSON()).write(to: folder.appendingPathComponent("openrpc.json"))
        try Data(RPCMarkdown.render(document).utf8).write(to: folder.appendingPathComponent("RPC.md"))
        print("Wrote \(folder.appendingPathComponent("openrpc.json").path) and \(folder.appendingPathComponent("RPC.md").path)")
    }
}
