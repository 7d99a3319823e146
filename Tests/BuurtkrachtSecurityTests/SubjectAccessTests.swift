import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// Inzage: one call returns everything held about one resident, nothing about anyone else, and
/// only to a role that handles subject requests — on every store.
@Suite struct SubjectAccessTests {
    @Test(arguments: StoreKind.allCases)
    func exportHoldsEveryPieceOfTheResidentsData(on kind: StoreKind) async throws {
        let town = try await PopulatedNeighbourhood.make(on: kind)
        let jansen = town.jansen
        let export = try await town.world.services.subjectAccess.export(client: jansen.client, context: town.world.dataOfficer)

        #expect(export.client.id == jansen.client)
        #expect(export.client.name.familyName == "Jansen")
        #expect(export.household?.id == jansen.household)
        #expect(Set(export.signals.map(\.id)) == jansen.signals)
        #expect(export.visits.map(\.id) == [jansen.visit])
        #expect(export.plans.map(\.id) == [jansen.plan])
        let plan = try #require(export.plans.first)
        #expect(plan.goals.count == 1 && plan.actions.count == 1 && plan.agreements.count == 1 && plan.evaluations.count == 1)
        #expect(Set(export.ties.map(\.id)) == jansen.ties)
        let participation = try #require(export.groups.first)
        #expect(export.groups.count == 1)
        #expect(participation.group == town.group && participation.placement == .member)
        #expect(participation.attended == [town.meeting])
        #expect(export.referrals.map(\.id) == [jansen.referral])
        #expect(export.consents.contains { $0.id == jansen.consent })
        #expect(export.consents.allSatisfy { $0.client == jansen.client })
        #expect(export.breakGlassGrants.map(\.id) == [jansen.grant])
        #expect(export.possibleDuplicates.map(\.id) == [jansen.duplicate])
        #expect(export.importProvenance.map(\.run) == [jansen.importRun])
        #expect(export.importProvenance.first?.legacyID == "legacy-Jansen")
        #expect(!export.auditEntries.isEmpty)
        #expect(export.auditEntries.allSatisfy { $0.subject == jansen.client })
    }

    @Test(arguments: StoreKind.allCases)
    func exportHoldsNothingAboutAnotherResident(on kind: StoreKind) async throws {
        let town = try await PopulatedNeighbourhood.make(on: kind)
        let export = try await town.world.services.subjectAccess.export(client: town.jansen.client, context: town.world.dataOfficer)
        let json = String(decoding: try JSONEncoder().encode(export), as: UTF8.self)

        #expect(!json.contains(town.deVries.familyName))
        for id in town.deVries.allIDs {
            #expect(!json.contains("\"\(id)\""), "De Vries's \(id) leaked into Jansen's export")
        }
        // Their own ids are all there, as a check that the search above can find anything.
        for id in town.jansen.allIDs {
            #expect(json.contains("\"\(id)\""), "Jansen's \(id) is missing from the export")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func exportIsAuditedAndTheEntryIsInTheDocument(on kind: StoreKind) async throws {
        let town = try await PopulatedNeighbourhood.make(on: kind)
        let officer = town.world.dataOfficer
        let export = try await town.world.services.subjectAccess.export(client: town.jansen.client, context: officer)

        let entry = try #require(export.auditEntries.last)
        #expect(entry.action == .export)
        #expect(entry.actor == officer.professional)
        #expect(entry.outcome == .allowed)
        #expect(entry.record == RecordReference(kind: .client, id: town.jansen.client.rawValue))
        let stored = try await town.world.services.storage.read { tx in
            try tx.audit.entries(matching: AuditQuery(actions: [.export]))
        }
        #expect(stored.map(\.id) == [entry.id])
    }

    @Test(arguments: StoreKind.allCases)
    func aRoleWithoutThePermissionIsDeniedAndTheDenialAudited(on kind: StoreKind) async throws {
        let town = try await PopulatedNeighbourhood.make(on: kind)
        let coordinator = town.world.coordinator
        #expect(!Role.coordinator.permissions.contains(.handleSubjectRequests))
        #expect(Role.dataOfficer.permissions.contains(.handleSubjectRequests))

        let error = await #expect(throws: BuurtkrachtError.self) {
            try await town.world.services.subjectAccess.export(client: town.jansen.client, context: coordinator)
        }
        #expect(error?.code == .accessDenied)
        let denials = try await town.world.services.storage.read { tx in
            try tx.audit.entries(matching: AuditQuery(actor: coordinator.professional, outcome: .denied))
        }
        #expect(denials.map(\.record) == [RecordReference(kind: .client, id: town.jansen.client.rawValue)])
        #expect(denials.first?.detail == AccessDecision.DenialReason.missingPermission.rawValue)
        let exports = try await town.world.services.storage.read { tx in
            try tx.audit.entries(matching: AuditQuery(actions: [.export]))
        }
        #expect(exports.isEmpty)
    }

    @Test func anUnknownClientIsNotFound() async throws {
        let world = try await TestNeighbourhood.make()
        let error = await #expect(throws: BuurtkrachtError.self) {
            try await world.services.subjectAccess.export(client: "client-missing", context: world.dataOfficer)
        }
        #expect(error?.code == .notFound)
    }

    @Test func aFormerGroupMemberStillSeesTheAttendanceHeldAboutThem() async throws {
        let town = try await PopulatedNeighbourhood.make(on: .inMemory)
        let services = town.world.services
        _ = try await services.groups.leave(town.jansen.client, group: town.group, context: town.world.coordinator)
        let export = try await services.subjectAccess.export(client: town.jansen.client, context: town.world.dataOfficer)
        let participation = try #require(export.groups.first)
        #expect(participation.placement == nil)
        #expect(participation.attended == [town.meeting])
    }
}
