/// The erasure machinery, inside one unit of work: removes a resident's personal data from
/// every store, keeps what reports count with a pseudonym in the resident's place, and
/// pseudonymises the audit entries about them so that the chain still verifies.
///
/// Used by ``ErasureService`` for one resident and by ``RetentionService`` for many. The caller
/// checks the permission; the eraser records the erasure, with its legal reason, in the audit trail.
struct SubjectEraser {
    let unit: UnitOfWork

    private var tx: any StorageTransaction { unit.transaction }

    /// Erases `client`'s personal data, and that of the records merged into it (the same person
    /// arrived twice); see ``ErasureService/erase(client:reason:context:)`` for what goes where.
    /// The report is the client's own, with the merged records' counts added.
    func erase(_ client: Client, reason: ErasureReason) throws -> ErasureReport {
        let merged = try tx.clients.clients(matching: ClientQuery(statuses: [.merged])).filter { $0.mergedInto == client.id }
        let mergedReports = try merged.map { try erase($0, reason: reason) }
        var report = try eraseOne(client, reason: reason)
        for other in mergedReports {
            report.removed.merge(other.removed, uniquingKeysWith: +)
            report.anonymised.merge(other.anonymised, uniquingKeysWith: +)
            report.provenanceRemoved += other.provenanceRemoved
            report.auditEntriesPseudonymised += other.auditEntriesPseudonymised
        }
        return report
    }

    /// Erases one client record.
    private func eraseOne(_ client: Client, reason: ErasureReason) throws -> ErasureReport {
        let pseudonym = Client.ID("erased-" + unit.newID(Client.self).rawValue)
        var removed: [RecordKind: Int] = [:]
        var anonymised: [RecordKind: Int] = [:]
        var touched: [RecordReference] = [RecordReference(kind: .client, id: client.id.rawValue)]

        let household = try householdOnlyTheirs(client)
        let signals = try signals(about: client, household: household)
        // One pseudonym per former fusion key, so that the households-in-scope funnel keeps its count.
        var subjects: [String: Client.ID] = [:]
        for var signal in signals {
            let key = signal.fusionKey
            let subject = subjects[key] ?? (subjects.isEmpty ? pseudonym : Client.ID(pseudonym.rawValue + "-\(subjects.count)"))
            subjects[key] = subject
            signal.anonymise(as: .client(subject))
            try tx.signals.update(signal)
            touched.append(RecordReference(kind: .signal, id: signal.id.rawValue))
        }
        anonymised[.signal] = signals.count

        var visits = try tx.visits.visits(matching: VisitQuery(client: client.id))
        if let household { visits += try tx.visits.visits(matching: VisitQuery(household: household)) }
        for var visit in visits {
            visit.subject = .client(subjects[visit.subject.fusionKey] ?? pseudonym)
            visit.summary = nil
            try tx.visits.update(visit)
            touched.append(RecordReference(kind: .visit, id: visit.id.rawValue))
        }
        anonymised[.visit] = visits.count

        var plans = try tx.plans.plans(matching: PlanQuery(client: client.id))
        if let household { plans += try tx.plans.plans(matching: PlanQuery(household: household)) }
        for var plan in plans {
            plan.anonymise(as: .client(pseudonym))
            try tx.plans.update(plan)
            touched.append(RecordReference(kind: .plan, id: plan.id.rawValue))
        }
        anonymised[.plan] = plans.count

        let groups = try tx.groups.groups(matching: GroupQuery(client: client.id))
        for var group in groups {
            group.replaceClient(client.id, with: pseudonym)
            try tx.groups.update(group)
        }
        anonymised[.group] = groups.count

        removed[.tie] = try remove(try tx.network.ties(matching: TieQuery(clients: [client.id])), kind: .tie, touched: &touched) {
            try tx.network.delete($0.id)
        }
        removed[.consent] = try remove(try tx.consents.consents(matching: ConsentQuery(client: client.id)), kind: .consent, touched: &touched) {
            try tx.consents.delete($0.id)
        }
        removed[.breakGlassGrant] = try remove(
            try tx.consents.grants(matching: BreakGlassQuery(client: client.id)), kind: .breakGlassGrant, touched: &touched
        ) { try tx.consents.delete($0.id) }
        removed[.referral] = try remove(
            try tx.referrals.referrals(matching: ReferralQuery(client: client.id)), kind: .referral, touched: &touched
        ) { try tx.referrals.delete($0.id) }
        removed[.duplicate] = try remove(
            try tx.duplicates.duplicates(matching: DuplicateQuery(client: client.id)), kind: .duplicate, touched: &touched
        ) { try tx.duplicates.delete($0.id) }

        try tx.clients.delete(client.id)
        removed[.client] = 1
        if let household {
            try tx.households.delete(household)
            removed[.household] = 1
        }
        if let household { touched.append(RecordReference(kind: .household, id: household.rawValue)) }
        let provenance = try touched.flatMap { try tx.imports.provenance(matching: ProvenanceQuery(record: $0)) }
        try tx.imports.deleteProvenance(of: touched)

        let pseudonymised = try tx.audit.pseudonymise(subject: client.id, as: pseudonym)
        let entry = unit.newID(AuditEntry.self)
        try unit.append(
            AuditEntry(
                id: entry, at: unit.now, context: unit.context, action: .erase,
                record: RecordReference(kind: .client, id: pseudonym.rawValue), subject: pseudonym,
                outcome: .allowed, basis: .role, detail: reason.rawValue
            )
        )
        return ErasureReport(
            pseudonym: pseudonym, auditEntry: entry, removed: removed, anonymised: anonymised,
            provenanceRemoved: provenance.count, auditEntriesPseudonymised: pseudonymised
        )
    }

    /// The client's household when no other client belongs to it.
    private func householdOnlyTheirs(_ client: Client) throws -> Household.ID? {
        guard let household = client.household else { return nil }
        let members = try tx.clients.clients(matching: ClientQuery(household: household))
        return members.allSatisfy { $0.id == client.id } ? household : nil
    }

    /// Signals about the client, their household when it was theirs alone, or their address
    /// (signals that name only the address, not another resident).
    private func signals(about client: Client, household: Household.ID?) throws -> [Signal] {
        var found = try tx.signals.signals(matching: SignalQuery(client: client.id))
        if let household { found += try tx.signals.signals(matching: SignalQuery(household: household)) }
        if let address = client.address {
            found += try tx.signals.signals(matching: SignalQuery(addressKey: address.key)).filter {
                if case .address = $0.subject { true } else { false }
            }
        }
        var seen: Set<Signal.ID> = []
        return found.filter { seen.insert($0.id).inserted }
    }

    /// Deletes `records` and notes them as touched; returns how many.
    private func remove<Record: Identifiable>(
        _ records: [Record], kind: RecordKind, touched: inout [RecordReference], delete: (Record) throws -> Void
    ) throws -> Int where Record.ID: RawRepresentable<String> {
        for record in records {
            try delete(record)
            touched.append(RecordReference(kind: kind, id: record.id.rawValue))
        }
        return records.count
    }
}
