import ArgumentParser
import Buurtkracht
import BuurtkrachtPrivacy
import Foundation

/// `buurtkracht token issue`: makes an access token for a professional, prints its secret once,
/// and stores only its SHA-256 hash.
struct TokenIssueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Issue an access token for a professional; the secret is printed once and only its hash is stored.",
        discussion: """
            The token signs a 'buurtkracht serve' session in as that professional ('initialize' \
            with {"token": "…"}). Acts as the store's administrator; the issue is audited. \
            Use --operator ROLE on a new store to get a token for a command-line professional in \
            that role (an administrator, say, who then registers the real professionals).
            """
    )

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp("The professional the token signs in.", valueName: "id"))
    var professional: String?

    @Option(help: ArgumentHelp("Instead of --professional: the command-line professional in this role (made on first use).", valueName: "role"))
    var `operator`: String?

    @Option(help: ArgumentHelp("The purpose the sessions work for (guidance, signalTriage, outreach, …).", valueName: "purpose"))
    var purpose: String = Purpose.guidance.rawValue

    @Option(help: ArgumentHelp("Days until the token stops working; without it, it works until revoked.", valueName: "days"))
    var expiresDays: Int?

    func validate() throws {
        guard (professional == nil) != (`operator` == nil) else {
            throw ValidationError("Give exactly one of --professional ID and --operator ROLE.")
        }
        if let role = `operator`, Role(rawValue: role) == nil {
            throw ValidationError("Unknown role '\(role)'. Use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let expiresDays, expiresDays < 1 {
            throw ValidationError("--expires-days must be 1 or more.")
        }
    }

    func run() async throws {
        let services = try storage.openServices()
        let administrator = try await LocalOperator.context(.administrator, purpose: .audit, in: services)
        let subject: Professional.ID
        if let professional {
            subject = Professional.ID(professional)
        } else {
            let role = Role(rawValue: `operator` ?? "") ?? .administrator
            subject = try await LocalOperator.context(role, purpose: Purpose(rawValue: purpose), in: services).professional
        }
        let secret = AccessTokenSecret.generate()
        let expiresAt = expiresDays.map { Date().addingTimeInterval(TimeInterval($0) * 86_400) }
        _ = try await services.directory.storeToken(
            hash: secret.hash, for: subject, purpose: Purpose(rawValue: purpose), expiresAt: expiresAt, context: administrator
        )
        print(secret.text)
    }
}
