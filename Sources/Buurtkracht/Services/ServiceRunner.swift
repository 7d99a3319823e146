/// Runs units of work for the services: one write transaction each, with denials audited
/// after the rollback.
struct ServiceRunner: Sendable {
    let storage: any Storage
    let environment: ServiceEnvironment

    func perform<T: Sendable>(_ context: AccessContext, _ body: @escaping @Sendable (UnitOfWork) throws -> T) async throws -> T {
        let environment = environment
        do {
            return try await storage.write { transaction in
                try body(UnitOfWork(transaction: transaction, context: context, environment: environment))
            }
        } catch let denial as AccessDenial {
            try await storage.write { transaction in
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
