/// Subject-access requests (*inzage*): everything held about one resident, as one document.
public struct SubjectAccessService: Sendable {
    let runner: ServiceRunner

    /// Everything held about `client`: the client record, household, signals, visits, plans,
    /// ties, group participation, referrals, consents, break-the-glass grants, possible
    /// duplicates, import provenance and the audit entries about them. Needs
    /// ``Permission/handleSubjectRequests``; the export is audited (action ``AuditAction/export``)
    /// in the same unit of work, and that entry is part of the document.
    ///
    /// ```swift
    /// let export = try await services.subjectAccess.export(client: clientID, context: dataOfficer)
    /// export.plans.flatMap(\.goals)   // every goal of every plan for the client or their household
    /// ```
    ///
    /// - Throws: ``BuurtkrachtError/Code/accessDenied`` for a role without the permission (the
    ///   denial is audited), ``BuurtkrachtError/Code/notFound`` for an unknown client.
    public func export(client id: Client.ID, context: AccessContext) async throws -> SubjectAccessExport {
        try await runner.perform(context) { unit in
            let record = RecordReference(kind: .client, id: id.rawValue)
            try unit.require(.handleSubjectRequests, for: record)
            let tx = unit.transaction
            guard let client = try tx.clients.client(id) else { throw BuurtkrachtError.notFound(.client, id: id.rawValue) }
            try unit.audit(.export, record: record, subject: id, basis: .role)

            let household = try client.household.flatMap { try tx.households.household($0) }
            let ownsSubject = { (subject: SignalSubject) -> Bool in
                switch subject {
                case .client(let other): other == id
                case .household(let other): other == client.household
                case .address(let address): address.key == client.address?.key
                case .anonymised: false
                }
            }

            var signalQueries = [SignalQuery(client: id)]
            if let household = client.household { signalQueries.append(SignalQuery(household: household)) }
            if let key = client.address?.key { signalQueries.append(SignalQuery(addressKey: key)) }
            let signals = try Self.unique(signalQueries.flatMap { try tx.signals.signals(matching: $0) }, by: \.id)
                .filter { ownsSubject($0.subject) }.sorted(by: SignalQuery.precedes)

            var visitQueries = [VisitQuery(client: id)]
            if let household = client.household { visitQueries.append(VisitQuery(household: household)) }
            // Visits to the address only: stores look visits up by neighbourhood, not by address, so
            // take the address's neighbourhood (every visit when it has none) and keep the address's own.
            if client.address != nil { visitQueries.append(VisitQuery(neighbourhood: client.neighbourhood)) }
            let visits = try Self.unique(visitQueries.flatMap { try tx.visits.visits(matching: $0) }, by: \.id)
                .filter { ownsSubject($0.subject) }.sorted(by: VisitQuery.precedes)

            var planQueries = [PlanQuery(client: id)]
            if let household = client.household { planQueries.append(PlanQuery(household: household)) }
            let plans = try Self.unique(planQueries.flatMap { try tx.plans.plans(matching: $0) }, by: \.id)
                .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }

            let ties = try tx.network.ties(matching: TieQuery(clients: [id]))
            // Every group, not only current ones: a former member's attendance is still held about them.
            let groups = try tx.groups.groups(matching: GroupQuery()).compactMap {
                SubjectAccessExport.GroupParticipation($0, client: id)
            }
            let referrals = try tx.referrals.referrals(matching: ReferralQuery(client: id))
            let consents = try tx.consents.consents(matching: ConsentQuery(client: id))
            let grants = try tx.consents.grants(matching: BreakGlassQuery(client: id))
            let duplicates = try tx.duplicates.duplicates(matching: DuplicateQuery(client: id))

            var records = [record]
            records += household.map { [RecordReference(kind: .household, id: $0.id.rawValue)] } ?? []
            records += signals.map { RecordReference(kind: .signal, id: $0.id.rawValue) }
            records += visits.map { RecordReference(kind: .visit, id: $0.id.rawValue) }
            records += plans.map { RecordReference(kind: .plan, id: $0.id.rawValue) }
            records += ties.map { RecordReference(kind: .tie, id: $0.id.rawValue) }
            records += referrals.map { RecordReference(kind: .referral, id: $0.id.rawValue) }
            records += consents.map { RecordReference(kind: .consent, id: $0.id.rawValue) }
            let provenance = try records.flatMap { try tx.imports.provenance(matching: ProvenanceQuery(record: $0)) }

            return SubjectAccessExport(
                exportedAt: unit.now,
                client: client,
                household: household,
                signals: signals,
                visits: visits,
                plans: plans,
                ties: ties,
                groups: groups,
                referrals: referrals,
                consents: consents,
                breakGlassGrants: grants,
                possibleDuplicates: duplicates,
                importProvenance: provenance,
                auditEntries: try tx.audit.entries(matching: AuditQuery(subject: id))
            )
        }
    }

    /// `items` without repeats of the same key, in first-seen order.
    private static func unique<Item, Key: Hashable>(_ items: [Item], by key: (Item) -> Key) -> [Item] {
        var seen: Set<Key> = []
        return items.filter { seen.insert(key($0)).inserted }
    }
}
