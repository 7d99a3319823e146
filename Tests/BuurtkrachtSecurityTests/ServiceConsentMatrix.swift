import Buurtkracht
import BuurtkrachtTesting
import Foundation

/// Every public service method, each either called in the consent matrix or exempt with the
/// reason why it touches no one client's data. `ConsentMatrixTests` fails when a service gains a
/// method that is in neither list.
enum ServiceConsentMatrix {
    /// What stops a caller from another partner when their role has the permissions the method needs.
    enum Gate: Sendable {
        /// The client's consent for the caller's partner and purpose (or coordination, or break-the-glass).
        case consent
        /// Only the role: work on the neighbourhood as a whole (the signal meeting, the audit trail,
        /// subject requests) that a partner professional's role does not grant.
        case permission(Permission)
        /// Only the group's organiser sees who is in it.
        case organiser
        /// A query over many clients that leaves out those the caller may not see.
        case filtered(auditsDenials: Bool)
    }

    /// One method in the matrix: its name (`Type.method`), its gate, and a call that returns the
    /// client ids it revealed (for filtered queries; empty otherwise).
    struct Entry: Sendable {
        let name: String
        let gate: Gate
        let call: @Sendable (MatrixFixture, AccessContext) async throws -> [Client.ID]

        init(_ name: String, _ gate: Gate, _ call: @escaping @Sendable (MatrixFixture, AccessContext) async throws -> Void) {
            self.name = name
            self.gate = gate
            self.call = { fixture, context in
                try await call(fixture, context)
                return []
            }
        }

        init(_ name: String, filtering auditsDenials: Bool, _ call: @escaping @Sendable (MatrixFixture, AccessContext) async throws -> [Client.ID]) {
            self.name = name
            self.gate = .filtered(auditsDenials: auditsDenials)
            self.call = call
        }
    }

    static let entries: [Entry] = [
        // Clients and households
        Entry("ClientService.client", .consent) { f, c in _ = try await f.world.services.clients.client(f.client.id, context: c) },
        Entry("ClientService.update", .consent) { f, c in _ = try await f.world.services.clients.update(f.client, context: c) },
        Entry("ClientService.find", filtering: true) { f, c in
            try await f.world.services.clients.find(.bsn(try BSN(MatrixFixture.bsn)), context: c).map(\.id)
        },
        Entry("ClientService.registerHousehold", .consent) { f, c in
            _ = try await f.world.services.clients.registerHousehold(address: nil, members: [f.client.id], context: c)
        },
        Entry("ClientService.household", .consent) { f, c in _ = try await f.world.services.clients.household(f.household, context: c) },
        // Signals
        Entry("SignalService.report", .consent) { f, c in
            _ = try await f.world.services.signals.report(
                SignalReport(
                    subject: .client(f.client.id), reporter: Reporter(kind: .neighbour), category: .nuisance, severity: .low,
                    observedAt: f.world.clock.now
                ),
                context: c
            )
        },
        Entry("SignalService.triageQueue", .permission(.triageSignals)) { f, c in
            _ = try await f.world.services.signals.triageQueue(for: f.world.neighbourhood, context: c)
        },
        Entry("SignalService.signal", .permission(.triageSignals)) { f, c in _ = try await f.world.services.signals.signal(f.signal, context: c) },
        Entry("SignalService.signals", .consent) { f, c in _ = try await f.world.services.signals.signals(about: f.client.id, context: c) },
        Entry("SignalService.triage", .permission(.triageSignals)) { f, c in
            _ = try await f.world.services.signals.triage(f.signal, assignee: nil, context: c)
        },
        Entry("SignalService.recordContactAttempt", .permission(.triageSignals)) { f, c in
            _ = try await f.world.services.signals.recordContactAttempt(f.signal, channel: .phone, reached: false, context: c)
        },
        Entry("SignalService.close", .permission(.triageSignals)) { f, c in
            _ = try await f.world.services.signals.close(f.signal, as: .noActionNeeded, summary: nil, context: c)
        },
        Entry("SignalService.merge", .permission(.triageSignals)) { f, c in
            _ = try await f.world.services.signals.merge(f.otherSignal, into: f.signal, context: c)
        },
        // Outreach
        Entry("OutreachService.record", .consent) { f, c in
            _ = try await f.world.services.outreach.record(subject: .client(f.client.id), outcome: .contactMade, context: c)
        },
        Entry("OutreachService.visits", .consent) { f, c in _ = try await f.world.services.outreach.visits(to: f.client.id, context: c) },
        // Plans
        Entry("PlanService.create", .consent) { f, c in _ = try await f.world.services.plans.create(for: .client(f.client.id), context: c) },
        Entry("PlanService.plan", .consent) { f, c in _ = try await f.world.services.plans.plan(f.plan, context: c) },
        Entry("PlanService.addGoal", .consent) { f, c in
            _ = try await f.world.services.plans.addGoal(
                to: f.plan, domain: .housing, description: "Huis", baseline: .acuteProblems, target: .barelySelfSufficient,
                readiness: Readiness(competence: .able, motivation: .willing), context: c
            )
        },
        Entry("PlanService.updateReadiness", .consent) { f, c in
            _ = try await f.world.services.plans.updateReadiness(
                of: f.goal, in: f.plan, to: Readiness(competence: .able, motivation: .willing), context: c
            )
        },
        Entry("PlanService.addAction", .consent) { f, c in
            _ = try await f.world.services.plans.addAction(to: f.plan, description: "Bellen", owner: .client, context: c)
        },
        Entry("PlanService.completeAction", .consent) { f, c in
            _ = try await f.world.services.plans.completeAction(f.action, in: f.plan, context: c)
        },
        Entry("PlanService.addAgreement", .consent) { f, c in _ = try await f.world.services.plans.addAgreement(to: f.plan, text: "x", context: c) },
        Entry("PlanService.setAgreement", .consent) { f, c in
            _ = try await f.world.services.plans.setAgreement(f.agreement, in: f.plan, to: .kept, context: c)
        },
        Entry("PlanService.recordEvaluation", .consent) { f, c in
            _ = try await f.world.services.plans.recordEvaluation(for: f.plan, scores: [.finances: .barelySelfSufficient], context: c)
        },
        Entry("PlanService.move", .consent) { f, c in _ = try await f.world.services.plans.move(f.plan, to: .tackle, context: c) },
        Entry("PlanService.close", .consent) { f, c in _ = try await f.world.services.plans.close(f.plan, reason: .goalsAchieved, context: c) },
        Entry("PlanService.progress", .consent) { f, c in _ = try await f.world.services.plans.progress(of: f.plan, context: c) },
        // Networks
        Entry("NetworkService.addTie", .consent) { f, c in
            _ = try await f.world.services.network.addTie(
                to: f.client.id, counterpart: .person(name: "Kees", relation: .friend), frequency: .monthly, context: c
            )
        },
        Entry("NetworkService.recordContact", .consent) { f, c in _ = try await f.world.services.network.recordContact(on: f.tie, context: c) },
        Entry("NetworkService.endTie", .consent) { f, c in _ = try await f.world.services.network.endTie(f.tie, context: c) },
        Entry("NetworkService.ties", .consent) { f, c in _ = try await f.world.services.network.ties(of: f.client.id, context: c) },
        Entry("NetworkService.involved", .consent) { f, c in _ = try await f.world.services.network.involved(with: f.household, context: c) },
        Entry("NetworkService.isolation", .consent) { f, c in _ = try await f.world.services.network.isolation(of: f.client.id, context: c) },
        Entry("NetworkService.isolatedClients", filtering: false) { f, c in
            try await f.world.services.network.isolatedClients(in: f.world.neighbourhood, context: c).map(\.client)
        },
        // Volunteers and groups
        Entry("VolunteerService.assign", .consent) { f, c in _ = try await f.world.services.volunteers.assign(f.volunteer, to: f.client.id, context: c) },
        Entry("GroupService.group", .organiser) { f, c in _ = try await f.world.services.groups.group(f.group, context: c) },
        Entry("GroupService.match", .consent) { f, c in _ = try await f.world.services.groups.match(f.client.id, themes: [.debts], context: c) },
        Entry("GroupService.enrol", .consent) { f, c in _ = try await f.world.services.groups.enrol(f.client.id, in: f.group, context: c) },
        Entry("GroupService.leave", .consent) { f, c in _ = try await f.world.services.groups.leave(f.client.id, group: f.group, context: c) },
        Entry("GroupService.recordAttendance", .organiser) { f, c in
            _ = try await f.world.services.groups.recordAttendance(
                of: f.group, on: try CalendarDate(iso8601: "2026-01-06"), present: [f.client.id], context: c
            )
        },
        // Referrals
        Entry("ReferralService.refer", .consent) { f, c in
            _ = try await f.world.services.referrals.refer(
                f.client.id, to: .partner(f.world.debtAssistance), purpose: .debtAssistance, sharesClientData: false, context: c
            )
        },
        Entry("ReferralService.transition", .consent) { f, c in
            _ = try await f.world.services.referrals.transition(f.referral, to: .accepted, context: c)
        },
        Entry("ReferralService.referrals", .consent) { f, c in _ = try await f.world.services.referrals.referrals(of: f.client.id, context: c) },
        // Duplicates
        Entry("DuplicateService.flag", .consent) { f, c in _ = try await f.world.services.duplicates.flag(f.client.id, f.twin, context: c) },
        Entry("DuplicateService.markNotDuplicate", .consent) { f, c in _ = try await f.world.services.duplicates.markNotDuplicate(f.pair, context: c) },
        Entry("DuplicateService.merge", .consent) { f, c in _ = try await f.world.services.duplicates.merge(f.pair, keeping: f.client.id, context: c) },
        Entry("DuplicateService.unmerge", .consent) { f, c in _ = try await f.world.services.duplicates.unmerge(f.pair, context: c) },
        // Consents
        Entry("ConsentService.record", .consent) { f, c in
            _ = try await f.world.services.consents.record(for: f.client.id, partner: c.partner, purpose: c.purpose, context: c)
        },
        Entry("ConsentService.withdraw", .consent) { f, c in _ = try await f.world.services.consents.withdraw(f.registrationConsent, context: c) },
        Entry("ConsentService.consents", .consent) { f, c in _ = try await f.world.services.consents.consents(of: f.client.id, context: c) },
        Entry("ConsentService.grantsForReview", .permission(.reviewBreakGlass)) { f, c in
            _ = try await f.world.services.consents.grantsForReview(context: c)
        },
        Entry("ConsentService.review", .permission(.reviewBreakGlass)) { f, c in
            _ = try await f.world.services.consents.review(f.grant, justified: true, context: c)
        },
        // Audit and subject access
        Entry("AuditService.entries", .permission(.viewAuditTrail)) { f, c in
            _ = try await f.world.services.audit.entries(matching: AuditQuery(subject: f.client.id), context: c)
        },
        Entry("SubjectAccessService.export", .permission(.handleSubjectRequests)) { f, c in
            _ = try await f.world.services.subjectAccess.export(client: f.client.id, context: c)
        },
        Entry("ErasureService.erase", .permission(.handleSubjectRequests)) { f, c in
            _ = try await f.world.services.erasure.erase(client: f.client.id, reason: .subjectRequest, context: c)
        },
        Entry("RetentionService.apply", .permission(.handleSubjectRequests)) { f, c in
            _ = try await f.world.services.retention.apply(try RetentionPolicy(closedPlanYears: 15, noActionSignalMonths: 6), dryRun: true, context: c)
        },
    ]

    /// Public service methods that touch no one client's data, with the reason.
    static let exempt: [String: String] = [
        "DirectoryService.bootstrap": "creates the first partner and administrator; no client data",
        "DirectoryService.registerPartner": "partners are organisations, not residents",
        "DirectoryService.registerProfessional": "professionals are staff, not residents",
        "DirectoryService.partners": "the partner list holds organisations only",
        "DirectoryService.professionals": "staff only; needs manageDirectory",
        "DirectoryService.storeToken": "stores a token hash for a professional; no client data",
        "DirectoryService.signIn": "turns a token into an access context; no client data",
        "ClientService.register": "creates a new client on the caller's own lawful basis; needs registerClients",
        "VolunteerService.register": "volunteers are not clients",
        "VolunteerService.volunteers": "volunteers only",
        "VolunteerService.match": "ranks volunteers for a need that names no client",
        "GroupService.create": "a new group has no members",
        "GroupService.groups": "group summaries carry counts, never members",
        "PlanService.overdue": "only the plans the caller coordinates, which coordination opens to them",
        "DuplicateService.open": "pairs of client ids only, no client data; needs registerClients",
        "ConsentService.breakGlass": "open to every professional by design (the emergency route); audited and reviewed",
        "ReportService.neighbourhoodReport": "aggregates only; needs viewReports",
    ]
}
