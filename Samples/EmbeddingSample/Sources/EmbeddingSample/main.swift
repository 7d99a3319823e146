// Buurtkracht embedded in an app: a SQLite store in a temporary file, one household worked from
// signal to plan, buddy and self-help group, and the neighbourhood report at the end.
// Every name and address is made up.

import Buurtkracht
import BuurtkrachtSQLite
import Foundation

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtkracht-sample-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let database = folder.appendingPathComponent("buurtkracht.sqlite")

// 1. The store and the services over it; the first administrator and a coordinator.
let services = Services(storage: try SQLiteStorage(path: database.path))
let admin = try await services.directory.bootstrap(partnerName: "Sociaal Wijkteam Noord", administratorName: "Beheer")
let professional = try await services.directory.registerProfessional(
    name: "Regisseur Noord", partner: admin.partner, role: .coordinator, context: admin
)
let coordinator = AccessContext(professional: professional.id, partner: admin.partner, role: .coordinator, purpose: .guidance)
print("Opened \(database.lastPathComponent); coordinator \(professional.id) at partner \(admin.partner).")

// 2. A household of two at one address.
let neighbourhood = try NeighbourhoodCode("BU19160101")
let address = Address(
    street: "Molenlaan", houseNumber: "4", postcode: try Postcode("2262AA"), city: "Leidschendam", neighbourhood: neighbourhood
)
var members: [Client] = []
for (given, domains) in [("Kees", Set<LifeDomain>([.finances, .housing])), ("Ria", [.socialNetwork])] {
    let draft = ClientDraft(
        name: PersonName(givenNames: given, familyName: "Jansen"), address: address, referralSource: .housingCorporation,
        problemAreas: domains
    )
    members.append(try await services.clients.register(draft, basis: .publicTask, context: coordinator).client)
}
let household = try await services.clients.registerHousehold(address: address, members: members.map(\.id), context: coordinator)
print("Registered household \(household.id) with \(members.count) members.")

// 3. Two independent signals about the address: rent arrears with eviction threatening, and a neighbour.
let reports = [
    SignalReport(
        subject: .address(address), reporter: Reporter(kind: .housingCorporation, organisation: "Woonstichting Vliet"),
        category: .paymentArrears, severity: .high, observedAt: Date(),
        arrears: Arrears(amountInCents: 184_000, monthsInArrears: 3, threat: .eviction)
    ),
    SignalReport(
        subject: .address(address), reporter: Reporter(kind: .neighbour), category: .socialIsolation, severity: .moderate,
        observedAt: Date().addingTimeInterval(-86_400)
    ),
]
for report in reports {
    let outcome = try await services.signals.report(report, context: coordinator)
    print("Signal \(outcome.signal.id): \(report.category.rawValue) from \(report.reporter.kind.rawValue).")
}

// 4. The signal meeting: the queue fuses both signals into one dwelling; triage them.
let queue = try await services.signals.triageQueue(for: neighbourhood, context: coordinator)
for item in queue {
    let deadline = item.contactDeadline.map { "first contact by \($0.formatted(date: .abbreviated, time: .omitted))" } ?? "no deadline"
    print("Triage queue: \(item.signals.count) signals, \(item.independentSources) independent sources, severity \(item.severity), \(deadline).")
    for signal in item.signals {
        _ = try await services.signals.triage(signal, assignee: coordinator.professional, context: coordinator)
    }
}

// 5. One household, one plan, one coordinator: goals per life domain; the style follows readiness.
var plan = try await services.plans.create(for: .household(household.id), context: coordinator)
plan = try await services.plans.addGoal(
    to: plan.id, domain: .finances, description: "Huurachterstand afgelost", baseline: .acuteProblems,
    target: .sufficientlySelfSufficient, readiness: Readiness(competence: .unable, motivation: .willing), context: coordinator
)
plan = try await services.plans.addGoal(
    to: plan.id, domain: .socialNetwork, description: "Wekelijks de deur uit", baseline: .notSelfSufficient,
    target: .barelySelfSufficient, readiness: Readiness(competence: .able, motivation: .unwilling), context: coordinator
)
plan = try await services.plans.move(plan.id, to: .tackle, context: coordinator)
for goal in plan.goals {
    print("Goal \(goal.domain.dutchName): \(goal.baseline.rawValue) → \(goal.target.rawValue), style \(goal.style.rawValue) (\(goal.style.dutchName)).")
}

// 6. A buddy for the paperwork: the administrator registers volunteers, the coordinator matches.
_ = try await services.volunteers.register(
    name: "Ellen (budgetmaatje)", skills: [.paperwork, .budgeting], neighbourhood: neighbourhood, capacity: 2, context: admin
)
let need = VolunteerNeed(skills: [.paperwork, .budgeting], neighbourhood: neighbourhood)
if let buddy = try await services.volunteers.match(need, context: coordinator).first {
    _ = try await services.volunteers.assign(buddy.volunteer, to: members[0].id, relation: .buddy, role: "budgetmaatje", context: coordinator)
    print("Buddy \(buddy.volunteer) (\(buddy.proximity)) assigned to \(members[0].id).")
}

// 7. A self-help group on debts in the neighbourhood house; enrol Kees in the best fit.
_ = try await services.groups.create(
    name: "Grip op geld", theme: .debts, location: "Huis van de Buurt Noord", neighbourhood: neighbourhood,
    schedule: MeetingSchedule(weekday: 2, hour: 19, minute: 30, frequency: .weekly), capacity: 8, context: coordinator
)
if let group = try await services.groups.match(members[0].id, themes: [.debts], context: coordinator).first {
    let enrolment = try await services.groups.enrol(members[0].id, in: group.group, context: coordinator)
    print("Enrolled \(members[0].id) in group \(group.group): \(enrolment.placement.rawValue).")
}

// 8. The neighbourhood report over the last thirty days.
let today = CalendarDate(Date(), in: .amsterdam)
let report = try await services.reports.neighbourhoodReport(
    for: neighbourhood, period: try ReportPeriod(first: today.adding(days: -30), last: today), context: coordinator
)
print("")
print("Neighbourhood report \(report.neighbourhood) \(report.period)")
print("  signals (new cases): \(report.signalCount)")
for (category, count) in report.signalsByCategory.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
    print("    \(category.rawValue): \(count)")
}
for (phase, count) in report.plansByPhase.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
    print("  plans in \(phase.rawValue): \(count)")
}
for group in report.groups {
    print("  group \(group.name) (\(group.theme.rawValue)): \(group.members)/\(group.capacity) members, \(group.waiting) waiting")
}
print("  funnel: \(report.funnel.inScope) in scope → \(report.funnel.reached) reached → \(report.funnel.helped) helped")
