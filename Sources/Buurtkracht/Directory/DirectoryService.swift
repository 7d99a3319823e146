public import Foundation

/// Partners, their professionals, and access tokens.
public struct DirectoryService: Sendable {
    let runner: ServiceRunner

    /// The first partner and administrator of an empty store: the way in for a new installation.
    ///
    /// - Returns: the administrator's access context.
    /// - Throws: ``BuurtkrachtError/Code/conflict`` when the store has partners already.
    public func bootstrap(partnerName: String, partnerKind: Partner.Kind = .neighbourhoodTeam, administratorName: String)
        async throws -> AccessContext
    {
        let environment = runner.environment
        return try await runner.storage.write { tx in
            guard try tx.directory.partners().isEmpty else {
                throw BuurtkrachtError(
                    code: .conflict,
                    message: "The store has partners already; bootstrap only sets up an empty store. "
                        + "Sign in as an administrator to add partners and professionals."
                )
            }
            let partner = Partner(id: environment.ids(), name: partnerName, kind: partnerKind)
            let admin = Professional(id: environment.ids(), name: administratorName, partner: partner.id, role: .administrator)
            try tx.directory.insert(partner)
            try tx.directory.insert(admin)
            let context = AccessContext(professional: admin.id, partner: partner.id, role: .administrator, purpose: .audit)
            let unit = UnitOfWork(transaction: tx, context: context, environment: environment)
            try unit.audit(.create, record: RecordReference(kind: .partner, id: partner.id.rawValue), subject: nil, basis: .role)
            try unit.audit(.create, record: RecordReference(kind: .professional, id: admin.id.rawValue), subject: nil, basis: .role)
            return context
        }
    }

    /// Registers a partner organisation. Needs ``Permission/manageDirectory``.
    public func registerPartner(name: String, kind: Partner.Kind, context: AccessContext) async throws -> Partner {
        try await runner.perform(context) { unit in
            let partner = Partner(id: unit.newID(), name: name, kind: kind)
            let record = RecordReference(kind: .partner, id: partner.id.rawValue)
            try unit.require(.manageDirectory, for: record)
            guard !name.isBlank else { throw BuurtkrachtError.missingField("name", in: .partner) }
            try unit.transaction.directory.insert(partner)
            try unit.audit(.create, record: record, subject: nil, basis: .role)
            return partner
        }
    }

    /// Registers a professional of a partner. Needs ``Permission/manageDirectory``.
    public func registerProfessional(name: String, partner: Partner.ID, role: Role, context: AccessContext)
        async throws -> Professional
    {
        try await runner.perform(context) { unit in
            let professional = Professional(id: unit.newID(), name: name, partner: partner, role: role)
            let record = RecordReference(kind: .professional, id: professional.id.rawValue)
            try unit.require(.manageDirectory, for: record)
            guard try unit.transaction.directory.partner(partner) != nil else {
                throw BuurtkrachtError.notFound(.partner, id: partner.rawValue)
            }
            try unit.transaction.directory.insert(professional)
            try unit.audit(.create, record: record, subject: nil, basis: .role)
            return professional
        }
    }

    /// Every partner. Open to every professional: partners are organisations, not personal data.
    public func partners(context: AccessContext) async throws -> [Partner] {
        try await runner.storage.read { try $0.directory.partners() }
    }

    /// The professionals of a partner, or of all partners. Needs ``Permission/manageDirectory``.
    public func professionals(of partner: Partner.ID?, context: AccessContext) async throws -> [Professional] {
        try await runner.perform(context) { unit in
            try unit.require(.manageDirectory, for: RecordReference(kind: .professional, id: partner?.rawValue ?? "*"))
            return try unit.transaction.directory.professionals(of: partner)
        }
    }

    /// Stores an access token for a professional; the caller hashes the secret (only the hash is
    /// kept). Needs ``Permission/manageDirectory``.
    public func storeToken(
        hash: String,
        for professional: Professional.ID,
        purpose: Purpose,
        expiresAt: Date?,
        context: AccessContext
    ) async throws -> AccessToken {
        try await runner.perform(context) { unit in
            let token = AccessToken(
                id: unit.newID(), professional: professional, hash: hash, purpose: purpose,
                issuedAt: unit.now, expiresAt: expiresAt
            )
            let record = RecordReference(kind: .accessToken, id: token.id.rawValue)
            try unit.require(.manageDirectory, for: record)
            guard try unit.transaction.directory.professional(professional) != nil else {
                throw BuurtkrachtError.notFound(.professional, id: professional.rawValue)
            }
            try unit.transaction.directory.insert(token)
            try unit.audit(.create, record: record, subject: nil, basis: .role)
            return token
        }
    }

    /// Signs a session in with the hash of an access token: returns the professional's access
    /// context, and audits the sign-in.
    ///
    /// - Throws: ``BuurtkrachtError/Code/accessDenied`` when the token is unknown, expired or
    ///   revoked, or the professional is inactive — with the same message in each case.
    public func signIn(tokenHash: String) async throws -> AccessContext {
        let environment = runner.environment
        return try await runner.storage.write { tx in
            let now = environment.clock.now
            guard let token = try tx.directory.accessToken(hash: tokenHash), token.isValid(at: now),
                let professional = try tx.directory.professional(token.professional), professional.isActive
            else {
                throw BuurtkrachtError(
                    code: .accessDenied,
                    message: "The access token is unknown, expired or revoked. "
                        + "Issue a new one with `buurtkracht token issue --professional ID`."
                )
            }
            let context = AccessContext(
                professional: professional.id, partner: professional.partner, role: professional.role,
                purpose: token.purpose
            )
            let unit = UnitOfWork(transaction: tx, context: context, environment: environment)
            try unit.audit(.signIn, record: RecordReference(kind: .accessToken, id: token.id.rawValue), subject: nil, basis: .role)
            return context
        }
    }
}
