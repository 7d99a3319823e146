public import Foundation

/// One service operation in progress: the transaction, who acts, the moment, and the
/// access checks and audit entries that go with it.
///
/// Every service runs its work as a unit of work, so that the data it changes and the audit
/// entries that record it commit together. Integrators who add their own operations can do
/// the same through ``Services/perform(_:allowingReplay:_:)``:
///
/// ```swift
/// let count = try await services.perform(context) { unit in
///     let client = try unit.client(clientID, for: .read)   // checks access, writes the audit entry
///     return client.problemAreas.count
/// }
/// ```
///
/// A denied access throws out of the unit; the transaction rolls back, and the denial is then
/// audited in a transaction of its own, so it is recorded even though nothing else is.
public final class UnitOfWork {
    /// The transaction; valid only inside the unit.
    public let transaction: any StorageTransaction
    /// Who acts, for whom, and why.
    public let context: AccessContext
    /// The environment: clock, ids, time zone, policies.
    public let environment: ServiceEnvironment
    /// The moment of the operation, read once from the clock.
    public let now: Date

    private var lastAuditEntry: AuditEntry??

    init(transaction: any StorageTransaction, context: AccessContext, environment: ServiceEnvironment) {
        self.transaction = transaction
        self.context = context
        self.environment = environment
        self.now = environment.clock.now
    }

    /// A new identifier.
    public func newID<Entity>(_ entity: Entity.Type = Entity.self) -> Identifier<Entity> {
        environment.ids(entity)
    }

    // MARK: Access

    /// Checks that the context's role grants `permission`; throws an access denial otherwise.
    public func require(_ permission: Permission, for record: RecordReference) throws {
        if case .denied(let reason) = AccessPolicy.decide(context, permission: permission) {
            throw AccessDenial(reason: reason, action: .read, record: record, subject: nil, permission: permission)
        }
    }

    /// Checks that the context may see or change `client`'s data and writes the audit entry for
    /// `action` on `record` (the client itself by default); throws an access denial otherwise.
    @discardableResult
    public func requireAccess(to client: Client, for action: AuditAction, record: RecordReference? = nil) throws
        -> AccessBasis
    {
        let record = record ?? RecordReference(kind: .client, id: client.id.rawValue)
        switch try decide(client) {
        case .allowed(let basis):
            try audit(action, record: record, subject: client.id, basis: basis)
            return basis
        case .denied(let reason):
            throw AccessDenial(reason: reason, action: action, record: record, subject: client.id, permission: nil)
        }
    }

    /// Whether the context may see `client`'s data, without auditing anything: for queries over
    /// many clients that skip those the caller may not see, then audit what they do read.
    public func decision(for client: Client) throws -> AccessDecision {
        try decide(client)
    }

    /// The client with `id` after checking access for `action`; throws ``BuurtkrachtError/Code/notFound``
    /// or an access denial.
    public func client(_ id: Client.ID, for action: AuditAction, record: RecordReference? = nil) throws -> Client {
        guard let client = try transaction.clients.client(id) else { throw BuurtkrachtError.notFound(.client, id: id.rawValue) }
        try requireAccess(to: client, for: action, record: record)
        return client
    }

    private func decide(_ client: Client) throws -> AccessDecision {
        let tx = transaction
        var plans = try tx.plans.plans(matching: PlanQuery(client: client.id, phases: Self.openPhases))
        if let household = client.household {
            plans += try tx.plans.plans(matching: PlanQuery(household: household, phases: Self.openPhases))
        }
        return AccessPolicy.decide(
            context,
            client: client,
            plans: plans,
            consents: try tx.consents.consents(matching: ConsentQuery(client: client.id)),
            grants: try tx.consents.grants(matching: BreakGlassQuery(client: client.id, professional: context.professional)),
            at: now
        )
    }

    // MARK: Audit

    /// Appends an audit entry for an allowed action, sealed into the chain.
    public func audit(_ action: AuditAction, record: RecordReference, subject: Client.ID?, basis: AccessBasis?, detail: String? = nil)
        throws
    {
        try append(
            AuditEntry(
                id: newID(), at: now, context: context, action: action, record: record,
                subject: subject, outcome: .allowed, basis: basis, detail: detail
            )
        )
    }

    func append(_ entry: AuditEntry) throws {
        let previous: AuditEntry?
        if let cached = lastAuditEntry {
            previous = cached
        } else {
            previous = try transaction.audit.lastEntry()
        }
        var numbered = entry
        numbered.sequence = (previous?.sequence ?? 0) + 1
        let sealed = environment.auditSealer.seal(numbered, after: previous)
        try transaction.audit.append(sealed)
        lastAuditEntry = .some(sealed)
    }

    private static let openPhases: Set<Plan.Phase> = [.stabilise, .tackle, .letGo]
}

/// An access the policy denied, thrown out of a unit of work so that its transaction rolls back
/// before the denial is audited.
struct AccessDenial: Error {
    let reason: AccessDecision.DenialReason
    let action: AuditAction
    let record: RecordReference
    let subject: Client.ID?
    let permission: Permission?

    func error(for context: AccessContext) -> BuurtkrachtError {
        var details = [
            "record": record.kind.rawValue, "id": record.id, "reason": reason.rawValue,
            "partner": context.partner.rawValue, "purpose": context.purpose.rawValue,
        ]
        let what: String
        if reason == .notOrganiser {
            what = "Partner \(context.partner) does not organise this \(record.kind.displayName)"
        } else if let permission {
            details["permission"] = permission.rawValue
            what = "The role \(context.role.rawValue) does not have the permission \(permission.rawValue)"
        } else {
            what = "Partner \(context.partner) may not see this client's data for purpose \(context.purpose)"
        }
        return BuurtkrachtError(code: .accessDenied, message: "\(what). \(reason.advice)", context: details)
    }
}
