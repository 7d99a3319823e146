import Buurtkracht
import BuurtkrachtJSON
import BuurtkrachtTesting
import Foundation

/// Every method in the RPC registry: those that touch a client's data, with the params that
/// aim them at the matrix's client, and those exempt, with the reason. `RPCConsentMatrixTests`
/// fails when the registry has a method that is in neither list.
enum RPCConsentMatrix {
    /// The params of each client method, as JSON text, for a fixture.
    static let clientMethods: [String: @Sendable (MatrixFixture) throws -> String] = [
        "clients.get": { f in try params(["client": f.client.id]) },
        "clients.update": { f in try params(["client": f.client]) },
        "clients.find": { _ in try params(["bsn": MatrixFixture.bsn]) },
        "households.register": { f in try params(["members": [f.client.id]]) },
        "households.get": { f in try params(["household": f.household]) },
        "signals.report": { f in
            try params([
                "subject": SignalSubject.client(f.client.id), "reporter": Reporter(kind: .neighbour),
                "category": SignalCategory.nuisance, "severity": Severity.low, "observedAt": f.world.clock.now,
            ])
        },
        "signals.triageQueue": { f in try params(["neighbourhood": f.world.neighbourhood]) },
        "signals.get": { f in try params(["signal": f.signal]) },
        "signals.aboutClient": { f in try params(["client": f.client.id]) },
        "signals.triage": { f in try params(["signal": f.signal]) },
        "signals.recordContactAttempt": { f in try params(["signal": f.signal, "channel": ContactChannel.phone, "reached": false]) },
        "signals.close": { f in try params(["signal": f.signal, "outcome": Signal.Outcome.noActionNeeded]) },
        "signals.merge": { f in try params(["signal": f.otherSignal, "into": f.signal]) },
        "visits.record": { f in try params(["subject": SignalSubject.client(f.client.id), "outcome": VisitOutcome.contactMade]) },
        "visits.ofClient": { f in try params(["client": f.client.id]) },
        "plans.create": { f in try params(["subject": PlanSubject.client(f.client.id)]) },
        "plans.get": { f in try params(["plan": f.plan]) },
        "plans.addGoal": { f in
            try params([
                "plan": f.plan, "domain": LifeDomain.housing, "description": "Huis", "baseline": SelfSufficiency.acuteProblems,
                "target": SelfSufficiency.barelySelfSufficient, "readiness": Readiness(competence: .able, motivation: .willing),
            ])
        },
        "plans.updateReadiness": { f in
            try params(["plan": f.plan, "goal": f.goal, "readiness": Readiness(competence: .able, motivation: .willing)])
        },
        "plans.addAction": { f in try params(["plan": f.plan, "description": "Bellen", "owner": ActionOwner.client]) },
        "plans.completeAction": { f in try params(["plan": f.plan, "action": f.action]) },
        "plans.addAgreement": { f in try params(["plan": f.plan, "text": "Afspraak"]) },
        "plans.setAgreement": { f in try params(["plan": f.plan, "agreement": f.agreement, "status": Agreement.Status.kept]) },
        "plans.recordEvaluation": { f in
            try params(["plan": f.plan, "scores": [LifeDomain.finances: SelfSufficiency.barelySelfSufficient]])
        },
        "plans.move": { f in try params(["plan": f.plan, "phase": Plan.Phase.tackle]) },
        "plans.close": { f in try params(["plan": f.plan, "reason": PlanClosure.Reason.goalsAchieved]) },
        "plans.progress": { f in try params(["plan": f.plan]) },
        "network.addTie": { f in
            try params([
                "client": f.client.id, "counterpart": Tie.Counterpart.person(name: "Kees", relation: .friend),
                "frequency": ContactFrequency.monthly,
            ])
        },
        "network.recordContact": { f in try params(["tie": f.tie]) },
        "network.endTie": { f in try params(["tie": f.tie]) },
        "network.ties": { f in try params(["client": f.client.id]) },
        "network.involved": { f in try params(["household": f.household]) },
        "network.isolation": { f in try params(["client": f.client.id]) },
        "network.isolatedClients": { f in try params(["neighbourhood": f.world.neighbourhood]) },
        "volunteers.assign": { f in try params(["volunteer": f.volunteer, "client": f.client.id]) },
        "groups.get": { f in try params(["group": f.group]) },
        "groups.match": { f in try params(["client": f.client.id, "themes": [GroupTheme.debts]]) },
        "groups.enrol": { f in try params(["client": f.client.id, "group": f.group]) },
        "groups.leave": { f in try params(["client": f.client.id, "group": f.group]) },
        "groups.recordAttendance": { f in
            try params(["group": f.group, "date": try CalendarDate(iso8601: "2026-01-06"), "present": [f.client.id]])
        },
        "referrals.refer": { f in
            try params([
                "client": f.client.id, "target": Referral.Target.partner(f.world.debtAssistance),
                "purpose": Purpose.debtAssistance, "sharesClientData": false,
            ])
        },
        "referrals.transition": { f in try params(["referral": f.referral, "status": Referral.Status.accepted]) },
        "referrals.ofClient": { f in try params(["client": f.client.id]) },
        "duplicates.flag": { f in try params(["first": f.client.id, "second": f.twin]) },
        "duplicates.markNotDuplicate": { f in try params(["pair": f.pair]) },
        "duplicates.merge": { f in try params(["pair": f.pair, "survivor": f.client.id]) },
        "duplicates.unmerge": { f in try params(["pair": f.pair]) },
        "consents.record": { f in
            try params(["client": f.client.id, "partner": f.world.debtAssistance, "purpose": Purpose.debtAssistance])
        },
        "consents.withdraw": { f in try params(["consent": f.registrationConsent]) },
        "consents.ofClient": { f in try params(["client": f.client.id]) },
        "consents.grantsForReview": { _ in "{}" },
        "consents.review": { f in try params(["grant": f.grant, "justified": true]) },
        "audit.entries": { f in try params(["subject": f.client.id]) },
        "subjects.export": { f in try params(["client": f.client.id]) },
        "clients.erase": { f in try params(["client": f.client.id, "reason": "subjectRequest"]) },
    ]

    /// Methods that touch no existing client's data, with the reason.
    static let exempt: [String: String] = [
        "initialize": "signs the session in",
        "shutdown": "session control",
        "exit": "session control",
        "ping": "session control",
        "$/cancelRequest": "session control",
        "rpc.discover": "the method catalogue",
        "clients.register": "creates a new client on the caller's own lawful basis; needs registerClients",
        "plans.overdue": "only the plans the caller coordinates",
        "volunteers.register": "volunteers are not clients",
        "volunteers.list": "volunteers only",
        "volunteers.match": "ranks volunteers for a need that names no client",
        "groups.create": "a new group has no members",
        "groups.list": "group summaries carry counts, never members",
        "duplicates.open": "pairs of client ids only; needs registerClients",
        "consents.breakGlass": "open to every professional by design (the emergency route); audited and reviewed",
        "reports.neighbourhood": "aggregates only; needs viewReports",
        "directory.partners": "organisations only",
        "directory.registerPartner": "organisations only; needs manageDirectory",
        "directory.registerProfessional": "staff only; needs manageDirectory",
        "directory.professionals": "staff only; needs manageDirectory",
    ]

    /// A JSON object of named params, each value encoded as the server decodes it.
    static func params(_ members: KeyValuePairs<String, any Encodable>) throws -> String {
        let encoder = JSONCEncoder(initialCapacity: 256)
        let fields = try members.map { key, value in
            "\"\(key)\":" + String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
