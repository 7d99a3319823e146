import ArgumentParser
import Buurtkracht
import Foundation

/// `buurtkracht export-subject CLIENT --db PATH [--out FILE]`: everything held about one resident
/// (*inzage*) as one JSON document, on standard output or into a file only its owner can read.
struct ExportSubjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-subject",
        abstract: "Export everything held about one resident (inzage) as one JSON document.",
        discussion: """
            Runs as the command line's data officer; the export is recorded in the audit trail. \
            The document holds personal data: write it with --out (a file only you can read) \
            or pipe it straight to where the resident receives it.
            """
    )

    @Argument(help: ArgumentHelp("The client's id.", valueName: "client-id"))
    var client: String

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp("Write the document to this file instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        guard !client.isEmpty else { throw ValidationError("The client id must not be empty.") }
        guard FileManager.default.fileExists(atPath: storage.db) else {
            throw ValidationError("No database at '\(storage.db)'. Pass the store with --db PATH.")
        }
    }

    func run() async throws {
        let services = try storage.openServices()
        let context = try await LocalOperator.context(.dataOfficer, purpose: .subjectRequest, in: services)
        let export = try await services.subjectAccess.export(client: Client.ID(client), context: context)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var document = try encoder.encode(export)
        document.append(UInt8(ascii: "\n"))
        guard let out else {
            FileHandle.standardOutput.write(document)
            return
        }
        let url = URL(fileURLWithPath: out)
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("Cannot create '\(out)'. Check that its folder exists and is writable.")
        }
        try document.write(to: url)
    }
}
