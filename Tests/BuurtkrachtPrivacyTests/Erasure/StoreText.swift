import Buurtkracht
import Foundation

/// Everything a store holds, read through its stores and encoded as JSON text, so that a test
/// can search it for a name or a BSN.
enum StoreText {
    static func of(_ storage: any Storage, households: [Household.ID]) async throws -> String {
        try await storage.read { tx in
            let encoder = JSONEncoder()
            func text(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
            return try [
                text(try tx.clients.clients(matching: ClientQuery())),
                text(try households.compactMap { try tx.households.household($0) }),
                text(try tx.signals.signals(matching: SignalQuery())),
                text(try tx.visits.visits(matching: VisitQuery())),
                text(try tx.plans.plans(matching: PlanQuery())),
                text(try tx.network.ties(matching: TieQuery())),
                text(try tx.groups.groups(matching: GroupQuery())),
                text(try tx.consents.consents(matching: ConsentQuery())),
                text(try tx.consents.grants(matching: BreakGlassQuery())),
                text(try tx.referrals.referrals(matching: ReferralQuery())),
                text(try tx.duplicates.duplicates(matching: DuplicateQuery())),
                text(try tx.imports.provenance(matching: ProvenanceQuery())),
                text(try tx.imports.runs()),
                text(try tx.audit.entries(matching: AuditQuery())),
            ].joined(separator: "\n")
        }
    }
}
