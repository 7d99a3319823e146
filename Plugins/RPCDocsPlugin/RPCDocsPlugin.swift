import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory rpc-docs`: regenerates
/// `Documentation/RPC.md` and `Documentation/openrpc.json` from the JSON-RPC method registry by
/// running the hidden `buurtkracht rpc-docs` subcommand.
///
/// It writes the very bytes that `DiscoveryTests` compares the committed files with, so after
/// adding or changing an RPC method: run this, then commit both files.
@main
struct RPCDocsPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        guard arguments.isEmpty else {
            throw ToolFailure(command: "swift package rpc-docs \(arguments.joined(separator: " "))", status: 64, meaning: "the plugin takes no arguments; it always writes into the package's Documentation folder.")
        }
        let tool = try BuurtkrachtTool(context: context)
        let folder = context.package.directoryURL.appending(path: "Documentation")
        let status = try tool.run(["rpc-docs", "--out", folder.path], in: context.package.directoryURL)
        guard status == 0 else {
            throw ToolFailure(command: "buurtkracht rpc-docs --out \(folder.path)", status: status, meaning: "the documents could not be generated or written; see the error above.")
        }
    }
}
