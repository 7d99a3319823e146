import Buurtkracht
import Foundation

/// Fully populated sample records for the conformance checks: every optional field set, every
/// enum case with associated values used, dates with fractional seconds.
enum Fixtures {
    /// A moment `seconds` after Monday 23 November 2026, 09:00 UTC.
    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_795_424_400 + seconds) }

    static func code(_ text: String) -> NeighbourhoodCode { NeighbourhoodCode(uncheckedRawValue: text) }

    static let north = code("BU19160101")
    static let northNextDoor = code("BU19160102")
    static let acrossTown = code("BU19160301")
    static let elsewhere = code("BU03630000")

    static func address(_ number: String, postcode: String = "2262AB", in neighbourhood: NeighbourhoodCode = north) -> Address {
        Address(street: "Kerkstraat", houseNumber: number, postcode: try? Postcode(postcode), city: "Leidschendam",
                neighbourhood: neighbourhood)
    }

    static func bsn(_ text: String) -> BSN? { try? BSN(text) }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        (try? CalendarDate(year: year, month: month, day: day)) ?? CalendarDate(daysSinceEpoch: 0)
    }

    static func client(
        _ id: String,
        familyName: String = "Jansen",
        bsn: String? = nil,
        household: Household.ID? = nil,
        address: Address? = Fixtures.address("1"),
        birthDate: CalendarDate? = Fixtures.date(1961, 3, 2),
        status: Client.Status = .active,
        externalIDs: [String: String] = [:]
    ) -> Client {
        Client(
            id: Client.ID(id),
            name: PersonName(givenNames: "Kees Jan", prefix: "van der", familyName: familyName),
            birthDate: birthDate,
            gender: .male,
            bsn: bsn.flatMap(Fixtures.bsn),
            household: household,
            address: address,
            referralSource: .housingCorporation,
            problemAreas: [.finances, .housing, .socialNetwork],
            hasForensicTitle: true,
            status: status,
            mergedInto: status == .merged ? Client.ID("client-survivor") : nil,
            externalIDs: externalIDs,
            registeredAt: at(0.25)
        )
    }

    static func signal(
        _ id: String,
        subject: SignalSubject = .address(Fixtures.address("7")),
        neighbourhood: NeighbourhoodCode = north,
        category: SignalCategory = .paymentArrears,
        observedAt: Date = at(-3_600.5),
        reportedAt: Date = at(0.75),
        address: Address? = Fixtures.address("7")
    ) -> Signal {
        Signal(
            id: Signal.ID(id), subject: subject, neighbourhood: neighbourhood, address: address,
            reporter: Reporter(kind: .housingCorporation, organisation: "Woonstad", partner: "partner-1", professional: "professional-9"),
            category: category, severity: .high, observedAt: observedAt, reportedAt: reportedAt,
            summary: "Huurachterstand; \"brief\" onbeantwoord; ; ë€", arrears: Arrears(amountInCents: 142_050, monthsInArrears: 2, threat: .eviction),
            contactDeadline: at(3 * 86_400.5)
        )
    }

    /// A signal that went all the way: triaged, two attempts, closed as referred.
    static func closedSignal(_ id: String) -> Signal {
        let base = signal(id)
        return Signal(
            restoring: base, status: .referred, statusChangedAt: at(7_200.125),
            contactAttempts: [
                ContactAttempt(channel: .phone, at: at(3_600.5), reached: false, by: "professional-2"),
                ContactAttempt(channel: .homeVisit, at: at(7_000), reached: true, by: nil),
            ],
            mergedInto: nil,
            closure: SignalClosure(outcome: .referred, summary: "Naar schuldhulp", closedAt: at(7_200.125), closedBy: "professional-2")
        )
    }

    static func mergedSignal(_ id: String, into other: String) -> Signal {
        Signal(
            restoring: signal(id, subject: .client("client-1")), status: .merged, statusChangedAt: at(10),
            contactAttempts: [], mergedInto: Signal.ID(other),
            closure: SignalClosure(outcome: .merged, summary: nil, closedAt: at(10), closedBy: nil)
        )
    }

    static func plan(_ id: String, subject: PlanSubject = .client("client-1"), coordinator: Professional.ID = "professional-1",
                     neighbourhood: NeighbourhoodCode? = north, startedAt: Date = at(0.5), closed: Bool = false) -> Plan {
        var plan = Plan(
            id: Plan.ID(id), subject: subject, coordinator: coordinator, neighbourhood: neighbourhood,
            programme: Programme(name: "Doelbewust Wonen", targetMonths: 12, startQualification: [
                .init(text: "Begeleidbaar", met: true), .init(text: "Stabiel inkomen", met: false),
            ]),
            guidanceModel: .situationalLeadershipII, startedAt: startedAt
        )
        plan.addGoal(Goal(
            id: Goal.ID(id + "-goal"), domain: .finances, description: "Schulden in beeld", baseline: .acuteProblems,
            target: .sufficientlySelfSufficient, readiness: Readiness(competence: .unable, motivation: .willing),
            model: plan.guidanceModel, createdAt: at(1)
        ))
        plan.actions.append(PlanAction(id: PlanAction.ID(id + "-action"), description: "Post openen", owner: .networkMember("tie-1"),
                                       due: date(2026, 12, 1), goal: Goal.ID(id + "-goal"), completedAt: at(86_400.5)))
        plan.agreements.append(Agreement(id: Agreement.ID(id + "-agreement"), text: "Elke maandag post", agreedAt: at(2), status: .kept))
        let evaluation = Evaluation(id: Evaluation.ID(id + "-evaluation"), at: at(30 * 86_400.25), by: coordinator,
                                    scores: [.finances: .barelySelfSufficient, .housing: .sufficientlySelfSufficient], summary: "Goed")
        var restored = Plan(
            restoring: plan, phase: closed ? .closed : .tackle,
            phaseHistory: [PhaseChange(from: .stabilise, to: .tackle, at: at(5), by: coordinator, justification: "Toch starten")]
                + (closed ? [PhaseChange(from: .tackle, to: .closed, at: at(50), by: coordinator, justification: nil)] : []),
            closure: closed ? PlanClosure(reason: .movedAway, justification: "Verhuisd", closedAt: at(50), closedBy: coordinator) : nil,
            evaluations: [evaluation]
        )
        restored.goals[0].current = .barelySelfSufficient
        return restored
    }

    static func tie(_ id: String, client: String = "client-1", counterpart: Tie.Counterpart, ended: Bool = false) -> Tie {
        Tie(id: Tie.ID(id), client: Client.ID(client), counterpart: counterpart, role: "maatje", frequency: .weekly,
            lastContactAt: at(-86_400.5), since: at(-400 * 86_400), endedAt: ended ? at(-10) : nil)
    }

    static func volunteer(_ id: String, skills: Set<Skill> = [.paperwork, .budgeting], in neighbourhood: NeighbourhoodCode = north,
                          active: Bool = true) -> Volunteer {
        Volunteer(id: Volunteer.ID(id), name: "Vrijwilliger \(id)", skills: skills, neighbourhood: neighbourhood, capacity: 2, isActive: active)
    }

    static func group(_ id: String, theme: GroupTheme = .debts, in neighbourhood: NeighbourhoodCode = north,
                      members: [String] = ["client-1"], waiting: [String] = ["client-2"]) -> SelfHelpGroup {
        let group = SelfHelpGroup(
            id: SelfHelpGroup.ID(id), name: "Grip op geld", theme: theme, organiser: "partner-5", facilitators: ["volunteer-1"],
            location: "Huis van de Buurt", neighbourhood: neighbourhood,
            schedule: MeetingSchedule(weekday: 2, hour: 19, minute: 30, frequency: .fortnightly), capacity: 8
        )
        return SelfHelpGroup(
            restoring: group,
            members: members.map { Membership(client: Client.ID($0), since: at(100.5)) },
            waitingList: waiting.map { Membership(client: Client.ID($0), since: at(200)) },
            meetings: [GroupMeeting(date: date(2026, 11, 24), present: Set(members.map { Client.ID($0) }))]
        )
    }

    static func referral(_ id: String, client: String = "client-1", target: Referral.Target = .partner("partner-4"),
                         status: Referral.Status = .declined, requestedAt: Date = at(3)) -> Referral {
        let referral = Referral(id: Referral.ID(id), client: Client.ID(client), target: target, purpose: .debtAssistance,
                                need: "Overzicht schulden", sharesClientData: true, requestedBy: "professional-1", requestedAt: requestedAt)
        return Referral(restoring: referral, status: status, statusChangedAt: at(9.5),
                        declineReason: status == .declined ? "Geen capaciteit" : nil)
    }

    static func duplicate(_ id: String, _ a: String = "client-1", _ b: String = "client-2", merged: Bool = true) -> PossibleDuplicate {
        var pair = PossibleDuplicate(id: PossibleDuplicate.ID(id), clients: Client.ID(a), Client.ID(b), reason: .sameNameBirthDateAndPostcode,
                                     detectedAt: at(4.5))
        if merged {
            pair.status = .merged
            pair.survivor = Client.ID(a)
            pair.statusBeforeMerge = .inactive
            pair.decisions = [PossibleDuplicate.Decision(status: .merged, by: "professional-1", at: at(6))]
        }
        return pair
    }

    static func consent(_ id: String, client: String = "client-1", partner: String = "partner-4", purpose: Purpose = .debtAssistance,
                        withdrawn: Bool = true) -> Consent {
        Consent(id: Consent.ID(id), client: Client.ID(client), partner: Partner.ID(partner), purpose: purpose, basis: .consent,
                validFrom: at(-10.5), validUntil: at(365 * 86_400), withdrawnAt: withdrawn ? at(20) : nil, recordedBy: "professional-1")
    }

    static func grant(_ id: String, client: String = "client-1", professional: String = "professional-3", grantedAt: Date = at(1),
                      reviewed: Bool = true) -> BreakGlassGrant {
        BreakGlassGrant(id: BreakGlassGrant.ID(id), professional: Professional.ID(professional), partner: "partner-2",
                        client: Client.ID(client), reason: "Acute zorg", grantedAt: grantedAt, expiresAt: grantedAt.addingTimeInterval(4 * 3600),
                        review: reviewed ? BreakGlassGrant.Review(by: "professional-7", at: at(9_000.5), justified: false, note: "Te ruim") : nil)
    }

    static let auditContext = AccessContext(professional: "professional-1", partner: "partner-1", role: .coordinator, purpose: .guidance)

    static func auditEntry(_ sequence: Int64, subject: String? = "client-1", action: AuditAction = .read,
                           outcome: AuditEntry.Outcome = .allowed, actor: Professional.ID = "professional-1") -> AuditEntry {
        var context = auditContext
        context.professional = actor
        return AuditEntry(
            id: AuditEntry.ID("audit-\(sequence)"), sequence: sequence, at: at(Double(sequence) + 0.5), context: context,
            action: action, record: RecordReference(kind: .client, id: subject ?? "none"), subject: subject.map { Client.ID($0) },
            outcome: outcome, basis: outcome == .allowed ? .consent : nil, detail: outcome == .denied ? "noConsent" : nil,
            commitment: "commitment-\(sequence)", isPseudonymised: sequence == 2,
            previousDigest: sequence > 1 ? "digest-\(sequence - 1)" : nil, digest: "digest-\(sequence)"
        )
    }

    static func importRun(_ id: String, startedAt: Date = at(0)) -> ImportRun {
        var run = ImportRun(id: ImportRun.ID(id), sourceSystem: "Suite4Sociaal", fileName: "export.csv", fileFingerprint: "sha:abc",
                            startedBy: "professional-8", startedAt: startedAt)
        run.status = .completed
        run.finishedAt = startedAt.addingTimeInterval(12.25)
        run.checkpoint = ImportRun.Checkpoint(row: 1_000, byteOffset: 123_456)
        run.counts = ImportRun.Counts(read: 1_000, created: 900, updated: 50, unchanged: 40, rejected: 10)
        return run
    }

    static func provenance(run: String, record: String, legacyID: String, row: Int, updated: Bool = false) -> ImportProvenance {
        ImportProvenance(run: ImportRun.ID(run), record: RecordReference(kind: .client, id: record), sourceSystem: "Suite4Sociaal",
                         legacyID: legacyID, fileName: "export.csv", row: row, change: updated ? .updated : .created,
                         previousVersion: updated ? Data([0, 1, 2, 255]) : nil)
    }
}
