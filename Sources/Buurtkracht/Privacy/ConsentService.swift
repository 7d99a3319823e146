public import Foundation

/// Consents per partner and purpose, and break-the-glass access with its review.
public struct ConsentService: Sendable {
    let runner: ServiceRunner

    /// Records a client's consent (or another lawful basis) for a partner and purpose. Needs
    /// ``Permission/recordConsent`` and access to the client.
    public func record(
        for client: Client.ID,
        partner: Partner.ID,
        purpose: Purpose,
        basis: LawfulBasis = .consent,
        validFrom: Date? = nil,
        validUntil: Date? = nil,
        context: AccessContext
    ) async throws -> Consent {
        try await runner.perform(context) { unit in
            let consent = Consent(
                id: unit.newID(), client: client, partner: partner, purpose: purpose, basis: basis,
                validFrom: validFrom ?? unit.now, validUntil: validUntil, recordedBy: unit.context.professional
            )
            let record = RecordReference(kind: .consent, id: consent.id.rawValue)
            try unit.require(.recordConsent, for: record)
            _ = try unit.client(client, for: .create, record: record)
            guard try unit.transaction.directory.partner(partner) != nil else {
                throw BuurtkrachtError.notFound(.partner, id: partner.rawValue)
            }
            if let validUntil, validUntil <= consent.validFrom {
                throw BuurtkrachtError.invalidValue("validUntil", in: .consent, rule: "the end must come after the start.")
            }
            try unit.transaction.consents.insert(consent)
            return consent
        }
    }

    /// Records that the client withdrew a consent, from now on. Needs access to the client.
    ///
    /// - Throws: ``BuurtkrachtError/Code/invalidValue`` for a record on another lawful basis
    ///   (a public task or legal obligation is not withdrawn by the client).
    public func withdraw(_ id: Consent.ID, context: AccessContext) async throws -> Consent {
        try await runner.perform(context) { unit in
            guard var consent = try unit.transaction.consents.consent(id) else {
                throw BuurtkrachtError.notFound(.consent, id: id.rawValue)
            }
            _ = try unit.client(consent.client, for: .update, record: RecordReference(kind: .consent, id: id.rawValue))
            guard consent.basis == .consent else {
                throw BuurtkrachtError.invalidValue(
                    "basis", in: .consent,
                    rule: "only a consent can be withdrawn; a \(consent.basis.rawValue) basis ends when its period ends. "
                        + "Set its end date instead."
                )
            }
            consent.withdrawnAt = consent.withdrawnAt ?? unit.now
            try unit.transaction.consents.update(consent)
            return consent
        }
    }

    /// A client's consents. Needs access to the client.
    public func consents(of client: Client.ID, context: AccessContext) async throws -> [Consent] {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .read)
            return try unit.transaction.consents.consents(matching: ConsentQuery(client: client))
        }
    }

    /// Breaks the glass: time-limited access to one client's data in an emergency, with a reason.
    /// Open to every professional; audited, and listed for review.
    ///
    /// - Throws: ``BuurtkrachtError/Code/missingField`` without a reason.
    public func breakGlass(for client: Client.ID, reason: String, context: AccessContext) async throws -> BreakGlassGrant {
        try await runner.perform(context) { unit in
            guard !reason.isBlank else { throw BuurtkrachtError.missingField("reason", in: .breakGlassGrant) }
            guard try unit.transaction.clients.client(client) != nil else {
                throw BuurtkrachtError.notFound(.client, id: client.rawValue)
            }
            let grant = BreakGlassGrant(
                id: unit.newID(), professional: unit.context.professional, partner: unit.context.partner, client: client,
                reason: reason, grantedAt: unit.now,
                expiresAt: unit.now.addingTimeInterval(unit.environment.policies.breakGlassDuration.timeInterval)
            )
            try unit.transaction.consents.insert(grant)
            try unit.audit(
                .breakGlass, record: RecordReference(kind: .breakGlassGrant, id: grant.id.rawValue), subject: client,
                basis: .breakGlass, detail: grant.id.rawValue
            )
            return grant
        }
    }

    /// The break-the-glass grants not yet reviewed. Needs ``Permission/reviewBreakGlass``.
    public func grantsForReview(context: AccessContext) async throws -> [BreakGlassGrant] {
        try await runner.perform(context) { unit in
            try unit.require(.reviewBreakGlass, for: RecordReference(kind: .breakGlassGrant, id: "*"))
            let grants = try unit.transaction.consents.grants(matching: BreakGlassQuery(unreviewedOnly: true))
            for grant in grants {
                try unit.audit(.read, record: RecordReference(kind: .breakGlassGrant, id: grant.id.rawValue), subject: grant.client, basis: .role)
            }
            return grants
        }
    }

    /// Records an auditor's review of a grant. Needs ``Permission/reviewBreakGlass``.
    public func review(_ id: BreakGlassGrant.ID, justified: Bool, note: String? = nil, context: AccessContext)
        async throws -> BreakGlassGrant
    {
        try await runner.perform(context) { unit in
            let record = RecordReference(kind: .breakGlassGrant, id: id.rawValue)
            try unit.require(.reviewBreakGlass, for: record)
            guard var grant = try unit.transaction.consents.grant(id) else {
                throw BuurtkrachtError.notFound(.breakGlassGrant, id: id.rawValue)
            }
            grant.review = BreakGlassGrant.Review(by: unit.context.professional, at: unit.now, justified: justified, note: note)
            try unit.transaction.consents.update(grant)
            try unit.audit(.update, record: record, subject: grant.client, basis: .role)
            return grant
        }
    }
}
