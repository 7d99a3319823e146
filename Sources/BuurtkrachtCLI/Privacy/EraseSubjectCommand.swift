import ArgumentParser
import Buurtkracht
import Foundation

/// `buurtkracht erase-subject CLIENT-ID --reason CODE`: erases a resident's personal data.
struct EraseSubjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase-subject",
        abstract: "Erase a resident's personal data for a recorded legal reason.",
        discussion: """
            Removes the client record (with BSN and external ids) and everything that is only \
            theirs; signals, visits, plans and group places that reports count are kept with a \
            pseudonym and without address or free texts. Audit entries about the resident are \
            pseudonymised; the audit chain still verifies. Acts as the command-line data officer; \
            the erasure is audited with its reason. Prints the pseudonym and what was removed.
            """
    )

    @Argument(help: ArgumentHelp("The client's id.", valueName: "client-id"))
    var client: String

    @Option(help: ArgumentHelp(
        "The legal ground, as a code: subjectRequest, retentionExpired, unlawfulProcessing, consentWithdrawn, or your own.",
        valueName: "code"
    ))
    var reason: String

    @OptionGroup var storage: StorageOptions

    func validate() throws {
        guard ErasureReason(rawValue: reason) != nil else {
            throw ValidationError("--reason is a code of 1 to 64 letters, digits, '-', '_' or '.', such as subjectRequest; not free text.")
        }
    }

    func run() async throws {
        let services = try storage.openServices()
        let officer = try await LocalOperator.context(.dataOfficer, purpose: .subjectRequest, in: services)
        let report = try await services.erasure.erase(
            client: Client.ID(client), reason: try ErasureReason(validating: reason), context: officer
        )
        print("Erased; the resident is now \(report.pseudonym) in kept records and the audit trail.")
        print(Self.counts("Removed", report.removed) + " Import provenance rows: \(report.provenanceRemoved).")
        print(Self.counts("Anonymised", report.anonymised) + " Audit entries pseudonymised: \(report.auditEntriesPseudonymised).")
    }

    /// `Label: kind n, kind n.` in a stable order.
    static func counts(_ label: String, _ counts: [RecordKind: Int]) -> String {
        let parts = counts.filter { $0.value > 0 }.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        return "\(label): " + (parts.isEmpty ? "nothing" : parts.joined(separator: ", ")) + "."
    }
}
