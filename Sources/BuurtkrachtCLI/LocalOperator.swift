import Buurtkracht

/// Who acts when someone with access to the database file runs an administrative command
/// (`token issue`, `import`, `audit verify`, …): a professional of the first partner named
/// after the role, registered on first use. Every action is audited under that professional.
enum LocalOperator {
    /// The context for acting in `role` for `purpose`; bootstraps an empty store first.
    static func context(_ role: Role, purpose: Purpose, in services: Services) async throws -> AccessContext {
        let name = "Command line (\(role.rawValue))"
        let storage = services.storage
        let existing = try await storage.read { tx -> (admin: Professional?, match: Professional?) in
            let all = try tx.directory.professionals(of: nil)
            return (all.first { $0.role == .administrator && $0.isActive }, all.first { $0.name == name && $0.role == role })
        }
        if let match = existing.match {
            return AccessContext(professional: match.id, partner: match.partner, role: role, purpose: purpose)
        }
        let admin: AccessContext
        if let found = existing.admin {
            admin = AccessContext(professional: found.id, partner: found.partner, role: .administrator, purpose: purpose)
        } else {
            admin = try await services.directory.bootstrap(partnerName: "Sociaal wijkteam", administratorName: "Command line (administrator)")
        }
        if role == .administrator { return admin.with(purpose: purpose) }
        let professional = try await services.directory.registerProfessional(name: name, partner: admin.partner, role: role, context: admin)
        return AccessContext(professional: professional.id, partner: professional.partner, role: role, purpose: purpose)
    }
}
