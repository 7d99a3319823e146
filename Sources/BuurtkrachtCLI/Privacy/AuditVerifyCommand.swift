import ArgumentParser
import Buurtkracht
import BuurtkrachtPrivacy
import Foundation

/// `buurtkracht audit verify`: walks the SHA-256 audit chain and reports the first broken link.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify the audit chain; report the first entry that was edited, deleted or reordered.",
        discussion: """
            Exit status 0 when every entry is intact; 1 when the chain is broken, with the first \
            broken link's entry id, sequence number and reason on stderr. Acts as the command-line \
            auditor; the verification is itself audited (after the entries it checked).
            """
    )

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let services = try storage.openServices()
        let auditor = try await LocalOperator.context(.auditor, purpose: .audit, in: services)
        let report = try await services.verifyAuditChain(context: auditor)
        if let broken = report.firstBreak {
            FileHandle.standardError.write(Data((
                "Audit chain broken at \(broken) after \(report.checked) intact entries. "
                    + "Every entry from there on is suspect; restore the trail from a backup and investigate.\n").utf8))
            throw ExitCode.failure
        }
        print("Audit chain intact: \(report.checked) entries checked.")
    }
}
