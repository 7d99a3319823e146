import Buurtkracht
import Foundation

/// The benchmark's data: 500 neighbourhoods, 200,000 clients, 1,000,000 signals over five
/// years, 20,000 plans, 50,000 visits and 1,000 groups, made deterministically (the same
/// seeds give the same rows on every run).
///
/// Signals are as a neighbourhood team would have them: reported in time order with
/// time-ordered (UUID version 7) ids; 70 % about a known client, 10 % a household, 20 % an
/// address only; those older than 60 days mostly closed with one or two contact attempts, a
/// backlog of 2 % still open; the recent ones new, triaged or being contacted.
///
/// The full size is issue 3's; smaller ones (`--signals`, `--clients`) keep the same 500
/// neighbourhoods, five years and proportions, for a quick check that the benchmark works.
struct Dataset {
    static let fullSignalCount = 1_000_000
    static let fullClientCount = 200_000

    let signalCount: Int
    let clientCount: Int
    var planCount: Int { max(1, clientCount / 10) }
    var visitCount: Int { max(1, clientCount / 4) }
    var groupCount: Int { max(1, clientCount / 200) }

    /// The moment the benchmark pretends it is: Monday 2 November 2026, 09:00 Amsterdam.
    let now = Date(timeIntervalSince1970: 1_793_606_400)
    let neighbourhoods: [NeighbourhoodCode]
    private let span: TimeInterval = 5 * 365.25 * 86_400

    init(signals: Int = Dataset.fullSignalCount, clients: Int = Dataset.fullClientCount) {
        signalCount = signals
        clientCount = clients
        let municipalities = ["0363", "0518", "0599", "0344", "1916"]
        neighbourhoods = municipalities.flatMap { municipality in
            (0..<100).map { index in
                NeighbourhoodCode(uncheckedRawValue: "BU" + municipality + pad(index / 10, 2) + pad(index % 10, 2))
            }
        }
    }

    // MARK: Clients

    func client(_ index: Int) -> Client {
        var random = SplitMix64(seed: 0xC11E_0000 + UInt64(index))
        let neighbourhood = neighbourhoods[index % neighbourhoods.count]
        return Client(
            id: Client.ID(clientID(index)),
            name: PersonName(givenNames: "Voornaam\(index % 977)", prefix: index % 5 == 0 ? "van der" : nil,
                             familyName: "Achternaam\(index % 4_001)"),
            birthDate: CalendarDate(daysSinceEpoch: -20_000 + Int(random.next() % 25_000)),
            gender: Gender.allCases[Int(random.next() % 3)],
            bsn: bsn(index),
            household: index % 4 == 0 ? Household.ID("household-\(pad(index / 4, 6))") : nil,
            address: address(index, in: neighbourhood),
            referralSource: ReferralSource.allCases[Int(random.next() % UInt64(ReferralSource.allCases.count))],
            problemAreas: [.finances, .housing],
            externalIDs: ["Suite4Sociaal": externalID(index)],
            registeredAt: now.addingTimeInterval(-span * Double(clientCount - index) / Double(clientCount))
        )
    }

    func clientID(_ index: Int) -> String { "client-" + pad(index, 6) }

    func externalID(_ index: Int) -> String { "S-" + pad(index, 7) }

    /// A valid BSN for every client: eight digits from the index and a check digit that
    /// passes the eleven test (indexes whose check digit would be 10 are shifted).
    func bsn(_ index: Int) -> BSN? {
        var base = 10_000_000 + index * 7
        while true {
            let digits = pad(base, 8).compactMap(\.wholeNumberValue)
            let sum = zip(digits, [9, 8, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
            let check = sum % 11
            if check < 10, let bsn = try? BSN(pad(base, 8) + String(check)) { return bsn }
            base += 1
        }
    }

    // MARK: Signals

    /// The signals `range` of the million, in report order.
    func signals(_ range: Range<Int>) -> [Signal] {
        range.map(signal)
    }

    func signal(_ index: Int) -> Signal {
        var random = SplitMix64(seed: 0x5164_0000_0000 + UInt64(index))
        let reportedAt = now.addingTimeInterval(-span * Double(signalCount - index) / Double(signalCount))
        let observedAt = reportedAt.addingTimeInterval(-Double(random.next() % (7 * 86_400)) - 0.25)
        let clientIndex = Int(random.next() % UInt64(clientCount))
        let roll = random.next() % 10
        let neighbourhood: NeighbourhoodCode
        let subject: SignalSubject
        let address: Address?
        if roll < 7 {
            neighbourhood = neighbourhoods[clientIndex % neighbourhoods.count]
            subject = .client(Client.ID(clientID(clientIndex)))
            address = self.address(clientIndex, in: neighbourhood)
        } else {
            neighbourhood = neighbourhoods[Int(random.next() % UInt64(neighbourhoods.count))]
            address = self.address(clientCount + index, in: neighbourhood)
            subject = roll < 8 ? .household(Household.ID("household-\(pad(clientIndex / 4, 6))")) : .address(address!)
        }
        let category = SignalCategory.allCases[Int(random.next() % UInt64(SignalCategory.allCases.count))]
        let reporter: Reporter =
            category == .paymentArrears
            ? Reporter(kind: .housingCorporation, organisation: "Woonstad", partner: "partner-woonstad")
            : Reporter(kind: [.neighbour, .police, .generalPractitioner, .outreachWorker][Int(random.next() % 4)])
        var signal = Signal(
            id: Signal.ID(uuidV7(at: reportedAt, random: &random)), subject: subject, neighbourhood: neighbourhood,
            address: address, reporter: reporter, category: category,
            severity: Severity.allCases[Int(random.next() % 4)], observedAt: observedAt, reportedAt: reportedAt,
            summary: "Signaal \(index): gordijnen al dagen dicht, post stapelt zich op.",
            arrears: category == .paymentArrears ? Arrears(amountInCents: 50_000 + Int(random.next() % 200_000), monthsInArrears: 2) : nil,
            contactDeadline: category == .paymentArrears ? reportedAt.addingTimeInterval(28 * 86_400) : nil
        )
        signal.assignee = Professional.ID("professional-\(random.next() % 50)")
        return evolve(signal, age: now.timeIntervalSince(reportedAt), random: &random)
    }

    /// Moves a signal along its workflow as far as its age makes likely.
    private func evolve(_ signal: Signal, age: TimeInterval, random: inout SplitMix64) -> Signal {
        let day: TimeInterval = 86_400
        let reportedAt = signal.reportedAt
        let first = ContactAttempt(channel: .phone, at: reportedAt.addingTimeInterval(2 * day), reached: false, by: signal.assignee)
        let second = ContactAttempt(channel: .homeVisit, at: reportedAt.addingTimeInterval(5 * day), reached: true, by: signal.assignee)
        let roll = random.next() % 100
        let isOld = age > 60 * day && roll >= 2
        guard isOld else {
            switch random.next() % 3 {
            case 0: return signal
            case 1: return restore(signal, .triaged, at: reportedAt.addingTimeInterval(day), attempts: [], closure: nil)
            default: return restore(signal, .contactAttempted, at: first.at, attempts: [first], closure: nil)
            }
        }
        let closedAt = reportedAt.addingTimeInterval(10 * day)
        switch roll % 20 {
        case 0..<8:
            return restore(signal, .referred, at: closedAt, attempts: [first, second],
                           closure: SignalClosure(outcome: .referred, summary: "Naar schuldhulp", closedAt: closedAt, closedBy: signal.assignee))
        case 8..<17:
            return restore(signal, .noActionNeeded, at: closedAt, attempts: [second],
                           closure: SignalClosure(outcome: .noActionNeeded, summary: nil, closedAt: closedAt, closedBy: signal.assignee))
        default:
            return restore(signal, .merged, at: closedAt, attempts: [],
                           closure: SignalClosure(outcome: .merged, summary: "Dubbel", closedAt: closedAt, closedBy: nil))
        }
    }

    private func restore(_ signal: Signal, _ status: Signal.Status, at moment: Date, attempts: [ContactAttempt],
                         closure: SignalClosure?) -> Signal {
        Signal(restoring: signal, status: status, statusChangedAt: moment, contactAttempts: attempts, mergedInto: nil, closure: closure)
    }

    // MARK: Plans, visits, groups

    func plan(_ index: Int) -> Plan {
        var random = SplitMix64(seed: 0x91A4_0000 + UInt64(index))
        let clientIndex = Int(random.next() % UInt64(clientCount))
        let startedAt = now.addingTimeInterval(-span * Double(planCount - index) / Double(planCount))
        var plan = Plan(
            id: Plan.ID("plan-" + pad(index, 6)), subject: .client(Client.ID(clientID(clientIndex))),
            coordinator: Professional.ID("professional-\(index % 50)"), neighbourhood: neighbourhoods[clientIndex % neighbourhoods.count],
            programme: index % 3 == 0 ? Programme(name: "Doelbewust Wonen", targetMonths: 12) : nil, startedAt: startedAt
        )
        for (offset, domain) in [LifeDomain.finances, .housing].enumerated() {
            plan.addGoal(Goal(
                id: Goal.ID("goal-\(index)-\(offset)"), domain: domain, description: "Doel \(offset)", baseline: .notSelfSufficient,
                target: .sufficientlySelfSufficient, readiness: Readiness(competence: .unable, motivation: .willing),
                model: plan.guidanceModel, createdAt: startedAt
            ))
        }
        plan.actions = [PlanAction(id: PlanAction.ID("action-\(index)"), description: "Post openen", owner: .client)]
        plan.agreements = [Agreement(id: Agreement.ID("agreement-\(index)"), text: "Elke maandag post", agreedAt: startedAt)]
        let evaluations = (0..<Int(random.next() % 4)).map { number in
            Evaluation(id: Evaluation.ID("evaluation-\(index)-\(number)"), at: startedAt.addingTimeInterval(Double(number + 1) * 90 * 86_400),
                       scores: [.finances: .barelySelfSufficient, .housing: .sufficientlySelfSufficient])
        }
        let isClosed = now.timeIntervalSince(startedAt) > 365 * 86_400
        let closedAt = startedAt.addingTimeInterval(300 * 86_400)
        return Plan(
            restoring: plan, phase: isClosed ? .closed : .tackle,
            phaseHistory: [PhaseChange(from: .stabilise, to: .tackle, at: startedAt.addingTimeInterval(14 * 86_400), by: plan.coordinator, justification: nil)],
            closure: isClosed ? PlanClosure(reason: .goalsAchieved, justification: "Klaar", closedAt: closedAt, closedBy: plan.coordinator) : nil,
            evaluations: evaluations
        )
    }

    func visit(_ index: Int) -> Visit {
        let clientIndex = (index * 7_919) % clientCount
        return Visit(
            id: Visit.ID("visit-" + pad(index, 6)), subject: .client(Client.ID(clientID(clientIndex))),
            neighbourhood: neighbourhoods[clientIndex % neighbourhoods.count], professionals: [Professional.ID("professional-\(index % 50)")],
            at: now.addingTimeInterval(-span * Double(visitCount - index) / Double(visitCount)),
            outcome: VisitOutcome.allCases[index % VisitOutcome.allCases.count]
        )
    }

    func group(_ index: Int) -> SelfHelpGroup {
        let group = SelfHelpGroup(
            id: SelfHelpGroup.ID("group-" + pad(index, 4)), name: "Groep \(index)", theme: GroupTheme.allCases[index % 7],
            organiser: "partner-welzijn", location: "Huis van de Buurt", neighbourhood: neighbourhoods[index % neighbourhoods.count],
            schedule: MeetingSchedule(weekday: 2, hour: 19, frequency: .weekly), capacity: 12
        )
        let members = (0..<8).map { Membership(client: Client.ID(clientID((index * 131 + $0) % clientCount)), since: now) }
        return SelfHelpGroup(restoring: group, members: members, waitingList: [], meetings: [])
    }

    // MARK: Helpers

    private func address(_ index: Int, in neighbourhood: NeighbourhoodCode) -> Address {
        let postcode = try? Postcode(String(1000 + index % 8_999) + ["AB", "CD", "EF", "GH"][index % 4])
        return Address(street: "Straat\(index % 3_001)", houseNumber: String(index % 250 + 1), postcode: postcode,
                       city: "Plaats", neighbourhood: neighbourhood)
    }

    /// A UUID version 7 for `moment`, as production's time-ordered identifiers are.
    private func uuidV7(at moment: Date, random: inout SplitMix64) -> String {
        let milliseconds = UInt64(moment.timeIntervalSince1970 * 1000)
        let low = random.next()
        let high = (milliseconds << 16) | 0x7000 | (random.next() & 0x0FFF)
        let variant = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = hex(high, 16) + hex(variant, 16)
        let characters = Array(hex)
        return String(characters[0..<8]) + "-" + String(characters[8..<12]) + "-" + String(characters[12..<16]) + "-"
            + String(characters[16..<20]) + "-" + String(characters[20..<32])
    }

    private func hex(_ value: UInt64, _ width: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
}
