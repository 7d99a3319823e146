/// Referrals of clients to partners and self-help groups.
public struct ReferralService: Sendable {
    let runner: ServiceRunner

    /// Refers a client. Needs access to the client; a referral that shares client data also
    /// needs the client's valid consent for the receiving partner (a group's organiser) and the
    /// referral's purpose.
    ///
    /// - Throws: ``BuurtkrachtError/Code/consentRequired`` when that consent is missing.
    public func refer(
        _ client: Client.ID,
        to target: Referral.Target,
        purpose: Purpose,
        need: String? = nil,
        sharesClientData: Bool,
        context: AccessContext
    ) async throws -> Referral {
        try await runner.perform(context) { unit in
            let referral = Referral(
                id: unit.newID(), client: client, target: target, purpose: purpose, need: need,
                sharesClientData: sharesClientData, requestedBy: unit.context.professional, requestedAt: unit.now
            )
            let record = RecordReference(kind: .referral, id: referral.id.rawValue)
            _ = try unit.client(client, for: .create, record: record)
            let receiver: Partner.ID
            switch target {
            case .partner(let partner):
                guard try unit.transaction.directory.partner(partner) != nil else {
                    throw BuurtkrachtError.notFound(.partner, id: partner.rawValue)
                }
                receiver = partner
            case .group(let group):
                guard let found = try unit.transaction.groups.group(group) else {
                    throw BuurtkrachtError.notFound(.group, id: group.rawValue)
                }
                receiver = found.organiser
            }
            if sharesClientData {
                let consents = try unit.transaction.consents.consents(
                    matching: ConsentQuery(client: client, partner: receiver, purpose: purpose)
                )
                guard consents.contains(where: { $0.isValid(at: unit.now) }) else {
                    throw BuurtkrachtError(
                        code: .consentRequired,
                        message: "Sharing this client's data with partner \(receiver) for purpose \(purpose) needs the "
                            + "client's valid consent. Record it first, or refer without sharing data.",
                        context: [
                            "record": RecordKind.referral.rawValue, "partner": receiver.rawValue, "purpose": purpose.rawValue,
                        ]
                    )
                }
            }
            try unit.transaction.referrals.insert(referral)
            return referral
        }
    }

    /// Moves a referral on: accepted, declined (with a reason), completed or withdrawn. Needs
    /// access to the client.
    public func transition(_ id: Referral.ID, to status: Referral.Status, reason: String? = nil, context: AccessContext)
        async throws -> Referral
    {
        try await runner.perform(context) { unit in
            guard var referral = try unit.transaction.referrals.referral(id) else {
                throw BuurtkrachtError.notFound(.referral, id: id.rawValue)
            }
            _ = try unit.client(referral.client, for: .update, record: RecordReference(kind: .referral, id: id.rawValue))
            try referral.transition(to: status, reason: reason, at: unit.now)
            try unit.transaction.referrals.update(referral)
            return referral
        }
    }

    /// A client's referrals. Needs access to the client.
    public func referrals(of client: Client.ID, context: AccessContext) async throws -> [Referral] {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .read)
            return try unit.transaction.referrals.referrals(matching: ReferralQuery(client: client))
        }
    }
}
