/// Runs units of work for the services: one write transaction each, with denials audited
/// after the rollback.
struct ServiceRunner: Sendable {
    let storage: any Storage
    let environment: ServiceEnvironment

    /// Runs a unit of work, with `allowingReplay` as often as the storage needs to (see
    /// ``Storage/writeAllowingReplay(_:)``). Allowed by default: the built-in services' units
    /// change nothing outside their transaction.
    func perform<T: Sendable>(
        _ context: AccessContext, allowingReplay: Bool = true, _ body: @escaping @Sendable (UnitOfWork) throws -> T
    ) async throws -> T {
        let environment = environment
        let storage = storage
        func write<R: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> R) async throws -> R {
            allowingReplay ? try await storage.writeAllowingReplay(work) : try await storage.write(work)
        }
        do {
            return try await write { transaction in
                try body(UnitOfWork(transaction: transaction, context: context, environment: environment))
            }
        } catch let denial as AccessDenial {
            try await write { transaction in
                let unit = UnitOfWork(transaction: transaction, context: context, environment: environment)
                try unit.append(
                    AuditEntry(
                        id: unit.newID(), at: unit.now, context: context, action: denial.action,
                        record: denial.record, subject: denial.subject, outcome: .denied, basis: nil,
                        detail: denial.reason.rawValue
                    )
                )
            }
            throw denial.error(for: context)
        }
    }
}
