import Buurtkracht
import BuurtkrachtPrivacy
import Foundation

/// Builds the demo neighbourhood through the public services, as a team would over two
/// months: residents registered, signals reported and triaged, plans made, volunteers matched,
/// groups filled, visits made.
struct DemoScenario {
    /// The moment the demo ends: Monday 23 November 2026, 10:00 in Amsterdam.
    static let end = Date(timeIntervalSince1970: 1_795_424_400)

    let clock = ScenarioClock(DemoScenario.end)
    let neighbourhood = NeighbourhoodCode(uncheckedRawValue: "BU19160101")
    let areas = ["BU19160101", "BU19160102", "BU19160301"].map(NeighbourhoodCode.init(uncheckedRawValue:))

    /// The self-help groups: name, theme, area and capacity.
    static let groups: [(name: String, theme: GroupTheme, area: Int, capacity: Int)] = [
        ("Grip op geld", .debts, 0, 6),
        ("Samen sterk na verslaving", .addiction, 1, 4),
        ("Koffie-inloop Huis van de Buurt", .loneliness, 0, 12),
    ]

    /// Who joins which group (indexes into ``DemoResidents/all`` and ``groups``); the last step
    /// of ``populate(_:)``, so a store with all of them holds the whole demo.
    static let enrolments: [(resident: Int, group: Int)] = [
        (0, 0), (1, 0), (9, 0), (12, 0), (15, 0), (25, 0), (28, 0), (7, 1), (2, 2), (8, 2), (13, 2),
    ]

    /// The services' environment: the scenario's clock, the SHA-256 audit chain, and `ids`.
    ///
    /// Filling a new store uses readable incrementing ids, the same on every run; a run that
    /// reuses a filled store only adds audit entries, with time-ordered ids that cannot clash.
    func environment(ids: IDGenerator) -> ServiceEnvironment {
        ServiceEnvironment(clock: clock.wallClock, ids: ids, timeZone: .amsterdam, auditSealer: SHA256AuditSealer())
    }

    /// The quarter the demo ends in.
    func reportPeriod() throws -> ReportPeriod { try .quarter(4, of: 2026) }

    /// Fills an empty store and returns the cast.
    func populate(_ services: Services) async throws -> DemoCast {
        clock.set(Self.end.addingTimeInterval(-420 * 86_400))
        let cast = try await DemoCast.register(in: services)
        let clients = try await registerResidents(services, cast)
        let volunteers = try await registerVolunteers(services, cast)
        let groups = try await createGroups(services, cast, facilitators: volunteers)
        try await startJusticePlan(services, cast, client: clients[7])
        // Signals arrive over the last four weeks, inside the triage queue's 30-day fusion
        // window, so that independent sources about one address add up in the queue.
        clock.set(Self.end.addingTimeInterval(-26 * 86_400))
        try await reportSignals(services, cast, clients: clients)
        try await makePlans(services, cast, clients: clients)
        try await buildNetworks(services, cast, clients: clients, volunteers: volunteers, groups: groups)
        clock.set(Self.end)
        return cast
    }

    private func address(_ resident: DemoResidents.Resident) -> Address {
        Address(
            street: resident.street, houseNumber: resident.number, postcode: try? Postcode(resident.postcode),
            city: "Leidschendam", neighbourhood: areas[resident.area]
        )
    }

    private func registerResidents(_ services: Services, _ cast: DemoCast) async throws -> [Client] {
        var clients: [Client] = []
        for (index, resident) in DemoResidents.all.enumerated() {
            let draft = ClientDraft(
                name: PersonName(givenNames: resident.given, prefix: resident.prefix, familyName: resident.family),
                birthDate: try CalendarDate(year: resident.birth.0, month: resident.birth.1, day: resident.birth.2),
                bsn: index.isMultiple(of: 3) ? DemoResidents.bsn(index + 11).flatMap { try? BSN($0) } : nil,
                address: address(resident),
                referralSource: [.police, .socialWork, .housingCorporation, .generalPractitioner, .neighbour][index % 5],
                problemAreas: Set(resident.problems.compactMap(LifeDomain.init(rawValue:))),
                hasForensicTitle: resident.forensic,
                externalIDs: ["Suite4Sociaal": "D-\(1000 + index)"]
            )
            clients.append(try await services.clients.register(draft, basis: .publicTask, context: cast.coordinator).client)
            clock.advance(days: 0.1)
        }
        for pair in [(2, 3), (5, 6)] {
            let members = [clients[pair.0].id, clients[pair.1].id]
            _ = try await services.clients.registerHousehold(address: clients[pair.0].address, members: members, context: cast.coordinator)
        }
        for (index, client) in clients.enumerated() where index.isMultiple(of: 4) {
            _ = try await services.consents.record(
                for: client.id, partner: cast.policeOfficer.partner, purpose: .safety,
                validUntil: clock.now.addingTimeInterval(365 * 86_400), context: cast.coordinator
            )
        }
        return try await clients.asyncMap { try await services.clients.client($0.id, context: cast.coordinator) }
    }

    private func registerVolunteers(_ services: Services, _ cast: DemoCast) async throws -> [Volunteer.ID] {
        let volunteers: [(String, Set<Skill>, Int, Int)] = [
            ("Ellen (budgetmaatje)", [.paperwork, .budgeting], 0, 2),
            ("Youssef (taalmaatje)", [.language, .digital], 0, 1),
            ("Joke (bezoekvrijwilliger)", [.companionship], 1, 3),
            ("Rob (klussen)", [.chores, .transport], 2, 2),
            ("Marianne (ervaringsdeskundige)", [.livedExperience, .companionship], 0, 2),
            ("Dirk (ervaringsdeskundige)", [.livedExperience, .paperwork], 1, 2),
        ]
        var ids: [Volunteer.ID] = []
        for (name, skills, area, capacity) in volunteers {
            ids.append(try await services.volunteers.register(
                name: name, skills: skills, neighbourhood: areas[area], capacity: capacity, context: cast.administrator
            ).id)
        }
        return ids
    }

    private func createGroups(_ services: Services, _ cast: DemoCast, facilitators: [Volunteer.ID]) async throws -> [SelfHelpGroup.ID] {
        var ids: [SelfHelpGroup.ID] = []
        for (index, (name, theme, area, capacity)) in Self.groups.enumerated() {
            ids.append(try await services.groups.create(
                name: name, theme: theme, facilitators: [facilitators[4 + index % 2]], location: "Huis van de Buurt Noord",
                neighbourhood: areas[area], schedule: MeetingSchedule(weekday: 2 + index, hour: 19, minute: 30, frequency: .weekly),
                capacity: capacity, context: cast.volunteerCoordinator
            ).id)
        }
        return ids
    }

    /// A client leaving detention starts *Doelbewust Wonen* long ago: twelve months is past.
    private func startJusticePlan(_ services: Services, _ cast: DemoCast, client: Client) async throws {
        let programme = Programme(
            name: "Doelbewust Wonen", targetMonths: 12,
            startQualification: [
                .init(text: "Actieve, gemotiveerde houding", met: true),
                .init(text: "Begeleidbaar op wonen, leren, werken en sociale integratie", met: true),
            ]
        )
        _ = try await services.consents.record(
            for: client.id, partner: cast.otherCoordinator.partner, purpose: .guidance, context: cast.coordinator
        )
        let plan = try await services.plans.create(for: .client(client.id), programme: programme, context: cast.otherCoordinator)
        for (domain, baseline, target) in [
            (LifeDomain.timeUse, SelfSufficiency.acuteProblems, SelfSufficiency.sufficientlySelfSufficient),
            (.finances, .notSelfSufficient, .sufficientlySelfSufficient),
            (.housing, .notSelfSufficient, .fullySelfSufficient),
        ] {
            _ = try await services.plans.addGoal(
                to: plan.id, domain: domain, description: "Doel \(domain.dutchName)", baseline: baseline, target: target,
                readiness: Readiness(competence: .unable, motivation: .willing), context: cast.otherCoordinator
            )
        }
        _ = try await services.plans.move(plan.id, to: .tackle, context: cast.otherCoordinator)
        clock.advance(days: 120)
        _ = try await services.plans.recordEvaluation(
            for: plan.id, scores: [.timeUse: .barelySelfSufficient, .finances: .barelySelfSufficient], context: cast.otherCoordinator
        )
    }

    private func reportSignals(_ services: Services, _ cast: DemoCast, clients: [Client]) async throws {
        let signals = services.signals
        func arrears(_ resident: Int, _ source: SourceKind, _ organisation: String, cents: Int, threat: Arrears.Threat = .none)
            -> SignalReport
        {
            SignalReport(
                subject: .address(clients[resident].address ?? address(DemoResidents.all[resident])),
                reporter: Reporter(kind: source, organisation: organisation), category: .paymentArrears,
                severity: threat == .none ? .moderate : .high, observedAt: clock.now,
                arrears: Arrears(amountInCents: cents, monthsInArrears: 2, threat: threat)
            )
        }
        func concern(_ resident: Int, _ source: SourceKind, _ category: SignalCategory, _ severity: Severity) -> SignalReport {
            SignalReport(
                subject: .address(clients[resident].address ?? address(DemoResidents.all[resident])),
                reporter: Reporter(kind: source), category: category, severity: severity,
                observedAt: clock.now.addingTimeInterval(-86_400)
            )
        }
        let reports: [(SignalReport, AccessContext)] = [
            (arrears(0, .housingCorporation, "Woonstichting Vliet", cents: 184_000, threat: .eviction), cast.teamMember),
            (arrears(0, .utilityCompany, "Energie Noord", cents: 41_250), cast.teamMember),
            (concern(0, .neighbour, .socialIsolation, .moderate), cast.teamMember),
            (arrears(1, .healthInsurer, "Zorgverzekeraar Haaglanden", cents: 62_400), cast.teamMember),
            (concern(2, .generalPractitioner, .socialIsolation, .high), cast.teamMember),
            (concern(4, .police, .nuisance, .moderate), cast.policeOfficer),
            (concern(7, .police, .safety, .acute), cast.policeOfficer),
            (concern(7, .neighbour, .nuisance, .high), cast.teamMember),
            (concern(8, .outreachWorker, .socialIsolation, .high), cast.outreachWorker),
            (arrears(9, .housingCorporation, "Woonstichting Vliet", cents: 96_000), cast.teamMember),
            (concern(10, .neighbour, .hoardingOrFireRisk, .high), cast.teamMember),
            (concern(11, .police, .nuisance, .moderate), cast.policeOfficer),
            (arrears(12, .utilityCompany, "Energie Noord", cents: 38_900, threat: .cutOff), cast.teamMember),
            (concern(13, .neighbour, .socialIsolation, .moderate), cast.teamMember),
            (arrears(15, .housingCorporation, "Woonstichting Vliet", cents: 120_500), cast.teamMember),
            (concern(16, .generalPractitioner, .other, .moderate), cast.teamMember),
            (concern(18, .outreachWorker, .socialIsolation, .moderate), cast.outreachWorker),
            (arrears(25, .healthInsurer, "Zorgverzekeraar Haaglanden", cents: 55_000), cast.teamMember),
            (concern(27, .neighbour, .nuisance, .low), cast.teamMember),
            (arrears(28, .housingCorporation, "Woonstichting Vliet", cents: 74_000), cast.teamMember),
            (concern(29, .selfReport, .other, .low), cast.teamMember),
            (arrears(19, .housingCorporation, "Woonstichting Vliet", cents: 88_000), cast.teamMember),
            (concern(20, .neighbour, .socialIsolation, .moderate), cast.teamMember),
        ]
        var reported: [Signal.ID] = []
        for (report, context) in reports {
            reported.append(try await signals.report(report, context: context).signal.id)
            clock.advance(days: 0.5)
        }
        // A repeat from the housing corporation about resident 9: not grown, so no new case.
        _ = try await signals.report(arrears(9, .housingCorporation, "Woonstichting Vliet", cents: 96_000), context: cast.teamMember)
        // The signal meeting works through the older part of the queue.
        for index in [1, 3, 4, 8, 9, 13, 14] {
            _ = try await signals.triage(reported[index], assignee: cast.coordinator.professional, context: cast.teamMember)
        }
        for (index, reached) in [(1, true), (3, true), (4, true), (8, false), (9, true), (13, true)] {
            _ = try await signals.recordContactAttempt(reported[index], channel: .phone, reached: reached, context: cast.teamMember)
        }
        clock.advance(days: 1)
        _ = try await signals.close(reported[1], as: .referred, summary: "Naar schuldhulp", context: cast.teamMember)
        _ = try await signals.close(reported[3], as: .referred, summary: "Betalingsregeling", context: cast.teamMember)
        _ = try await signals.close(reported[13], as: .noActionNeeded, summary: "Familie helpt", context: cast.teamMember)
        _ = try await signals.close(reported[9], as: .referred, summary: "Naar schuldhulp", context: cast.teamMember)
        _ = try await signals.merge(reported[7], into: reported[6], context: cast.teamMember)
        for (index, outcome) in [(2, VisitOutcome.contactMade), (8, .noAnswer), (13, .contactMade), (18, .referred), (22, .refused)] {
            _ = try await services.outreach.record(
                subject: .address(clients[index].address ?? address(DemoResidents.all[index])), outcome: outcome,
                context: cast.outreachWorker
            )
        }
    }

    private func makePlans(_ services: Services, _ cast: DemoCast, clients: [Client]) async throws {
        let plans = services.plans
        let scenarios: [(Int, [(LifeDomain, SelfSufficiency, SelfSufficiency, Readiness)], Plan.Phase)] = [
            (0, [(.finances, .acuteProblems, .sufficientlySelfSufficient, .init(competence: .unable, motivation: .willing)),
                 (.housing, .notSelfSufficient, .sufficientlySelfSufficient, .init(competence: .unable, motivation: .unwilling))], .tackle),
            (1, [(.finances, .notSelfSufficient, .sufficientlySelfSufficient, .init(competence: .able, motivation: .willing))], .letGo),
            (5, [(.mentalHealth, .notSelfSufficient, .barelySelfSufficient, .init(competence: .able, motivation: .unwilling)),
                 (.domesticRelations, .acuteProblems, .barelySelfSufficient, .init(competence: .unable, motivation: .unwilling))], .stabilise),
            (9, [(.finances, .notSelfSufficient, .sufficientlySelfSufficient, .init(competence: .unable, motivation: .willing))], .tackle),
            (12, [(.finances, .barelySelfSufficient, .fullySelfSufficient, .init(competence: .able, motivation: .willing)),
                  (.timeUse, .notSelfSufficient, .sufficientlySelfSufficient, .init(competence: .able, motivation: .unwilling))], .tackle),
        ]
        for (resident, goals, phase) in scenarios {
            var plan = try await plans.create(for: .client(clients[resident].id), context: cast.coordinator)
            for (domain, baseline, target, readiness) in goals {
                plan = try await plans.addGoal(
                    to: plan.id, domain: domain, description: "Doel \(domain.dutchName)", baseline: baseline, target: target,
                    readiness: readiness, context: cast.coordinator
                )
            }
            plan = try await plans.addAction(to: plan.id, description: "Post samen doornemen", owner: .client, context: cast.coordinator)
            plan = try await plans.addAgreement(to: plan.id, text: "Wekelijks contact met de regisseur", context: cast.coordinator)
            guard phase != .stabilise else { continue }
            plan = try await plans.move(plan.id, to: .tackle, context: cast.coordinator)
            clock.advance(days: 3)
            let scores = Dictionary(uniqueKeysWithValues: plan.goals.map { goal in
                let reached = phase == .letGo ? goal.target.rawValue : min(goal.target.rawValue, goal.baseline.rawValue + 1)
                return (goal.domain, SelfSufficiency(rawValue: reached) ?? goal.baseline)
            })
            plan = try await plans.recordEvaluation(for: plan.id, scores: scores, context: cast.coordinator)
            if phase == .letGo {
                _ = try await plans.move(plan.id, to: .letGo, justification: nil, context: cast.coordinator)
            }
        }
    }

    private func buildNetworks(
        _ services: Services,
        _ cast: DemoCast,
        clients: [Client],
        volunteers: [Volunteer.ID],
        groups: [SelfHelpGroup.ID]
    ) async throws {
        let network = services.network
        for (resident, name, relation) in [(0, "Zoon Mark", InformalRelation.family), (1, "Buurvrouw Els", .neighbour),
                                           (5, "Zus Karin", .family), (12, "Vriendin Noor", .friend), (3, "Dochter Ingrid", .informalCarer)] {
            _ = try await network.addTie(
                to: clients[resident].id, counterpart: .person(name: name, relation: relation), frequency: .weekly,
                lastContactAt: clock.now.addingTimeInterval(-5 * 86_400), context: cast.coordinator
            )
        }
        let need = VolunteerNeed(skills: [.paperwork, .budgeting], neighbourhood: neighbourhood)
        if let buddy = try await services.volunteers.match(need, context: cast.coordinator).first {
            _ = try await services.volunteers.assign(buddy.volunteer, to: clients[0].id, relation: .buddy, role: "budgetmaatje",
                                                     context: cast.coordinator)
        }
        for (resident, group) in Self.enrolments {
            _ = try await services.groups.enrol(clients[resident].id, in: groups[group], context: cast.coordinator)
        }
    }
}

extension Array {
    /// Maps the elements in order with an async transform.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
