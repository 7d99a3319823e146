import ArgumentParser
import Foundation

/// `buurtkracht key generate --out PATH`: writes a new random BSN key, readable by its owner only.
struct KeyGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a new random BSN key to a file with mode 0600.",
        discussion: """
            The key (32 random bytes, base64) makes the BSN look-up tokens and encrypts the BSNs; \
            the database stores only a check value, never the key. Keep the file outside the \
            database's folder and backups, and give it to every command with --key-file PATH or \
            BUURTKRACHT_KEY_FILE. An existing file is never overwritten. The key is not printed.
            """
    )

    @Option(help: ArgumentHelp("The new key file; it must not exist yet.", valueName: "path"))
    var out: String

    func run() async throws {
        _ = try KeyFile.create(at: out)
        FileHandle.standardError.write(Data("Wrote a new BSN key to \(out) (mode 0600).\n".utf8))
    }
}
