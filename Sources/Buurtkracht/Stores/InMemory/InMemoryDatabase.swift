/// The in-memory store's tables. Owned by ``InMemoryStorage`` and only touched on its actor.
final class InMemoryDatabase {
    var clients = Table<Client.ID, Client>(
        .client,
        id: \.id,
        indexKeys: { client in
            [
                client.bsn.map { "bsn:" + $0.digits }, client.household.map { "household:" + $0.rawValue },
                client.birthDate.flatMap { date in client.address?.postcode.map { "born:\(date)|\($0.rawValue)" } },
            ].compactMap { $0 }
        },
        uniqueKeys: { client in client.externalIDs.map { "externalID:\($0.key)|\($0.value)" } }
    )
    var households = Table<Household.ID, Household>(.household, id: \.id)
    var signals = Table<Signal.ID, Signal>(.signal, id: \.id) { signal in
        var keys = ["neighbourhood:" + signal.neighbourhood.rawValue]
        if let client = signal.subject.client { keys.append("client:" + client.rawValue) }
        return keys
    }
    var visits = Table<Visit.ID, Visit>(.visit, id: \.id)
    var plans = Table<Plan.ID, Plan>(.plan, id: \.id) { plan in
        [plan.subject.client.map { "client:" + $0.rawValue }, plan.subject.household.map { "household:" + $0.rawValue }]
            .compactMap { $0 }
    }
    var ties = Table<Tie.ID, Tie>(.tie, id: \.id) { ["client:" + $0.client.rawValue] }
    var volunteers = Table<Volunteer.ID, Volunteer>(.volunteer, id: \.id)
    var groups = Table<SelfHelpGroup.ID, SelfHelpGroup>(.group, id: \.id)
    var referrals = Table<Referral.ID, Referral>(.referral, id: \.id)
    var duplicates = Table<PossibleDuplicate.ID, PossibleDuplicate>(.duplicate, id: \.id)
    var partners = Table<Partner.ID, Partner>(.partner, id: \.id)
    var professionals = Table<Professional.ID, Professional>(.professional, id: \.id)
    var accessTokens = Table<AccessToken.ID, AccessToken>(.accessToken, id: \.id, uniqueKeys: { ["hash:" + $0.hash] })
    var consents = Table<Consent.ID, Consent>(.consent, id: \.id) { ["client:" + $0.client.rawValue] }
    var grants = Table<BreakGlassGrant.ID, BreakGlassGrant>(.breakGlassGrant, id: \.id)
    var auditEntries = Table<Int64, AuditEntry>(.auditEntry, id: \.sequence, uniqueKeys: { ["id:" + $0.id.rawValue] })
    var importRuns = Table<ImportRun.ID, ImportRun>(.importRun, id: \.id)
    var provenance = Table<String, ImportProvenance>(.importRun, id: { "\($0.run)|\($0.record)" }) {
        ["record:\($0.record)", "legacy:\($0.sourceSystem)|\($0.legacyID)", "run:\($0.run)"]
    }

    func commit() {
        clients.commit(); households.commit(); signals.commit(); visits.commit(); plans.commit()
        ties.commit(); volunteers.commit(); groups.commit(); referrals.commit(); duplicates.commit()
        partners.commit(); professionals.commit(); accessTokens.commit(); consents.commit(); grants.commit()
        auditEntries.commit(); importRuns.commit(); provenance.commit()
    }

    func rollback() {
        clients.rollback(); households.rollback(); signals.rollback(); visits.rollback(); plans.rollback()
        ties.rollback(); volunteers.rollback(); groups.rollback(); referrals.rollback(); duplicates.rollback()
        partners.rollback(); professionals.rollback(); accessTokens.rollback(); consents.rollback()
        grants.rollback(); auditEntries.rollback(); importRuns.rollback(); provenance.rollback()
    }
}
