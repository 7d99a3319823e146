import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Codable")
struct CodableTests {
    private let now = TestClock.referenceDate

    private func roundTrip<T: Codable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(T.self, from: data) == value, sourceLocation: sourceLocation)
    }

    /// The JSON text of `value` with sorted keys.
    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    // MARK: Round trips

    @Test func clientRoundTrips() throws {
        try roundTrip(
            Client(
                id: "client-1", name: PersonName(givenNames: "Jan Willem", prefix: "van der", familyName: "Berg"),
                birthDate: try day("1979-05-14"), gender: .male, bsn: try BSN("111222333"), household: "household-1",
                address: try makeAddress(), referralSource: .police, problemAreas: [.finances, .housing], hasForensicTitle: true,
                status: .merged, mergedInto: "client-0", externalIDs: ["Suite4Sociaal": "D-1042"], registeredAt: now
            )
        )
    }

    @Test func signalWithItsWorkflowStateRoundTrips() throws {
        let address = try makeAddress()
        let signal = Signal(
            id: "signal-1", subject: .address(address), neighbourhood: homeNeighbourhood, address: address,
            reporter: Reporter(kind: .housingCorporation, organisation: "Woonstad", partner: "partner-1", professional: "professional-1"),
            category: .paymentArrears, severity: .acute, observedAt: now.addingTimeInterval(-86_400), reportedAt: now,
            summary: "Huurachterstand", arrears: Arrears(amountInCents: 142_000, monthsInArrears: 2, threat: .eviction),
            contactDeadline: now.addingTimeInterval(3 * 86_400)
        )
        try roundTrip(
            Signal(
                restoring: signal, status: .referred, statusChangedAt: now.addingTimeInterval(7200),
                contactAttempts: [ContactAttempt(channel: .homeVisit, at: now.addingTimeInterval(3600), reached: true, by: "professional-2")],
                mergedInto: nil,
                closure: SignalClosure(outcome: .referred, summary: "GGZ", closedAt: now.addingTimeInterval(7200), closedBy: "professional-2")
            )
        )
    }

    @Test func planWithGoalsActionsEvaluationsAndHistoryRoundTrips() throws {
        var plan = Plan(
            id: "plan-1", subject: .household("household-1"), coordinator: "professional-1", neighbourhood: homeNeighbourhood,
            programme: Programme(name: "Doelbewust Wonen", targetMonths: 12, startQualification: [.init(text: "Motivatie", met: true)]),
            guidanceModel: .situationalLeadershipII, startedAt: now
        )
        plan.addGoal(
            Goal(
                id: "goal-1", domain: .finances, description: "Schulden in beeld", baseline: .acuteProblems, target: .sufficientlySelfSufficient,
                readiness: Readiness(competence: .unable, motivation: .willing), model: .situationalLeadershipII, createdAt: now
            )
        )
        plan.actions = [
            PlanAction(id: "action-1", description: "Bellen", owner: .client, due: try day("2026-12-01")),
            PlanAction(id: "action-2", description: "Post", owner: .networkMember("tie-1"), completedAt: now),
        ]
        plan.agreements = [Agreement(id: "agreement-1", text: "Post openen", agreedAt: now, status: .kept)]
        try plan.move(to: .tackle, at: now, by: "professional-1", justification: nil)
        try plan.record(Evaluation(id: "evaluation-1", at: now.addingTimeInterval(86_400), by: "professional-1",
                                   scores: [.finances: .sufficientlySelfSufficient, .justice: .fullySelfSufficient]))
        try plan.close(reason: .goalsAchieved, justification: nil, at: now.addingTimeInterval(2 * 86_400), by: "professional-1")
        try roundTrip(plan)
    }

    @Test func networkGroupReferralDuplicateAndPrivacyRecordsRoundTrip() throws {
        try roundTrip(Tie(id: "tie-1", client: "client-1", counterpart: .person(name: "Anke", relation: .family), role: "zus",
                          frequency: .weekly, lastContactAt: now, since: now, endedAt: now.addingTimeInterval(60)))
        var group = SelfHelpGroup(
            id: "group-1", name: "Grip op geld", theme: .debts, organiser: "partner-1", facilitators: ["volunteer-1"],
            location: "Huis van de Buurt", neighbourhood: homeNeighbourhood, schedule: MeetingSchedule(weekday: 2, hour: 19, minute: 30, frequency: .fortnightly),
            capacity: 1
        )
        try group.enrol("client-1", at: now)
        try group.enrol("client-2", at: now)
        try group.recordAttendance(GroupMeeting(date: try day("2026-11-24"), present: ["client-1"]))
        try roundTrip(group)
        var referral = Referral(id: "referral-1", client: "client-1", target: .group("group-1"), purpose: .referral,
                                sharesClientData: true, requestedBy: "professional-1", requestedAt: now)
        try referral.transition(to: .declined, reason: "Vol", at: now)
        try roundTrip(referral)
        var pair = PossibleDuplicate(id: "duplicate-1", clients: "client-2", "client-1", reason: .sameBSN, detectedAt: now)
        pair.status = .merged
        pair.survivor = "client-1"
        pair.statusBeforeMerge = .inactive
        pair.decisions = [.init(status: .merged, by: "professional-1", at: now)]
        try roundTrip(pair)
        try roundTrip(Consent(id: "consent-1", client: "client-1", partner: "partner-1", purpose: .debtAssistance, basis: .legalObligation,
                              validFrom: now, validUntil: now.addingTimeInterval(86_400), withdrawnAt: now, recordedBy: "professional-1"))
        try roundTrip(BreakGlassGrant(id: "grant-1", professional: "professional-1", partner: "partner-1", client: "client-1", reason: "Acuut",
                                      grantedAt: now, expiresAt: now.addingTimeInterval(3600),
                                      review: .init(by: "professional-2", at: now, justified: false, note: "Te ruim")))
        try roundTrip(AuditEntry(
            id: "auditEntry-1", sequence: 7, at: now,
            context: AccessContext(professional: "professional-1", partner: "partner-1", role: .auditor, purpose: .audit),
            action: .breakGlass, record: RecordReference(kind: .breakGlassGrant, id: "grant-1"), subject: "client-1", outcome: .denied,
            basis: nil, detail: "noConsent", previousDigest: "abc", digest: "def"
        ))
        try roundTrip(Visit(id: "visit-1", subject: .household("household-1"), signal: "signal-1", neighbourhood: homeNeighbourhood,
                            professionals: ["professional-1"], volunteers: ["volunteer-1"], at: now, outcome: .refused, summary: "Deur dicht"))
    }

    @Test func policiesAndReportsRoundTrip() throws {
        var deadlines = ContactDeadlinePolicy.dutchDefault
        deadlines.workingDays = DutchWorkingDays(extraClosedDays: [try day("2026-12-31")])
        try roundTrip(deadlines)
        try roundTrip(TriagePolicy(fusionWindow: .days(14), repeatWindow: .days(90)))
        try roundTrip(NeighbourhoodReport(
            neighbourhood: homeNeighbourhood, period: try .quarter(4, of: 2026), signalCount: 3,
            signalsByCategory: [.nuisance: 2, .paymentArrears: 1], signalsBySource: [.police: 3], medianDaysToFirstContact: 2.5,
            deadlinesMet: 1, deadlinesMissed: 0, shareReferred: 1.0 / 3, plansByPhase: [.tackle: 2], plansOverdue: 1,
            averageChangePerDomain: [.finances: 1.5], groups: [.init(group: "group-1", name: "Grip", theme: .debts, capacity: 8, members: 3, waiting: 0)],
            funnel: .init(inScope: 5, reached: 4, helped: 2)
        ))
        try roundTrip(BuurtkrachtError(code: .notFound, message: "No client with id client-1 exists.", context: ["id": "client-1"]))
    }

    // MARK: Kind-tagged enums

    @Test func signalSubjectEncodesWithAKind() throws {
        #expect(try json(SignalSubject.client("client-1")) == #"{"id":"client-1","kind":"client"}"#)
        #expect(try json(SignalSubject.household("household-1")) == #"{"id":"household-1","kind":"household"}"#)
        #expect(try json(SignalSubject.anonymised) == #"{"kind":"anonymised"}"#)
        let address = Address(street: "Kerkstraat", houseNumber: "1", postcode: try Postcode("2262AB"), city: "Leidschendam")
        #expect(try json(SignalSubject.address(address))
            == #"{"address":{"city":"Leidschendam","houseNumber":"1","postcode":"2262AB","street":"Kerkstraat"},"kind":"address"}"#)
        for subject in [SignalSubject.client("client-1"), .household("household-1"), .address(address), .anonymised] {
            try roundTrip(subject)
        }
    }

    @Test func planSubjectEncodesWithAKind() throws {
        #expect(try json(PlanSubject.client("client-1")) == #"{"id":"client-1","kind":"client"}"#)
        #expect(try json(PlanSubject.household("household-1")) == #"{"id":"household-1","kind":"household"}"#)
        #expect(try decode(PlanSubject.self, #"{"kind":"household","id":"household-9"}"#) == .household("household-9"))
    }

    @Test func actionOwnerEncodesWithAKind() throws {
        #expect(try json(ActionOwner.client) == #"{"kind":"client"}"#)
        #expect(try json(ActionOwner.professional("professional-1")) == #"{"id":"professional-1","kind":"professional"}"#)
        #expect(try json(ActionOwner.volunteer("volunteer-1")) == #"{"id":"volunteer-1","kind":"volunteer"}"#)
        #expect(try json(ActionOwner.networkMember("tie-1")) == #"{"id":"tie-1","kind":"networkMember"}"#)
    }

    @Test func tieCounterpartEncodesWithAKind() throws {
        #expect(try json(Tie.Counterpart.person(name: "Anke", relation: .family)) == #"{"kind":"person","name":"Anke","relation":"family"}"#)
        #expect(try json(Tie.Counterpart.volunteer("volunteer-1", relation: .buddy)) == #"{"id":"volunteer-1","kind":"volunteer","relation":"buddy"}"#)
        #expect(try json(Tie.Counterpart.professional("professional-1")) == #"{"id":"professional-1","kind":"professional"}"#)
        #expect(try json(Tie.Counterpart.partner("partner-1")) == #"{"id":"partner-1","kind":"partner"}"#)
    }

    @Test func volunteerCounterpartWithoutARelationDecodesAsAVolunteer() throws {
        #expect(try decode(Tie.Counterpart.self, #"{"kind":"volunteer","id":"volunteer-1"}"#) == .volunteer("volunteer-1", relation: .volunteer))
    }

    @Test func referralTargetEncodesWithAKind() throws {
        #expect(try json(Referral.Target.partner("partner-1")) == #"{"id":"partner-1","kind":"partner"}"#)
        #expect(try json(Referral.Target.group("group-1")) == #"{"id":"group-1","kind":"group"}"#)
    }

    @Test func unknownKindIsRejected() {
        #expect(throws: DecodingError.self) { try decode(SignalSubject.self, #"{"kind":"street","id":"x"}"#) }
        #expect(throws: DecodingError.self) { try decode(ActionOwner.self, #"{"id":"professional-1"}"#) }
        #expect(throws: DecodingError.self) { try decode(Referral.Target.self, #"{"kind":"group"}"#) }
    }

    // MARK: Values as text

    @Test func valuesEncodeAsTheirTextOrNumber() throws {
        #expect(try json([try BSN("111222333")]) == #"["111222333"]"#)
        #expect(try json([try Postcode("2262 ab")]) == #"["2262AB"]"#)
        #expect(try json([try day("1980-02-29")]) == #"["1980-02-29"]"#)
        #expect(try json([try NeighbourhoodCode("BU03630000")]) == #"["BU03630000"]"#)
        #expect(try json([SelfSufficiency.barelySelfSufficient]) == "[3]")
        #expect(try json([Signal.ID("signal-1")]) == #"["signal-1"]"#)
        #expect(try json([Severity.high]) == "[3]")
    }

    @Test func dictionariesKeyedByDomainEnumsEncodeAsObjects() throws {
        let evaluation = Evaluation(id: "evaluation-1", at: now, scores: [.finances: .barelySelfSufficient])
        #expect(try json(evaluation).contains(#""scores":{"finances":3}"#))
        #expect(try json([SignalCategory.paymentArrears: 2]) == #"{"paymentArrears":2}"#)
        #expect(try json([Plan.Phase.letGo: 1]) == #"{"letGo":1}"#)
    }

    @Test func postcodeDecodesFromEitherForm() throws {
        #expect(try decode([Postcode].self, #"["2262 ab"]"#) == [try Postcode("2262AB")])
    }

    @Test func invalidValuesAreRejectedOnDecoding() {
        #expect(throws: DecodingError.self) { try decode([BSN].self, #"["111222334"]"#) }
        #expect(throws: DecodingError.self) { try decode([Postcode].self, #"["0262AB"]"#) }
        #expect(throws: DecodingError.self) { try decode([CalendarDate].self, #"["1980-02-31"]"#) }
        #expect(throws: DecodingError.self) { try decode([NeighbourhoodCode].self, #"["WK036300"]"#) }
        #expect(throws: DecodingError.self) { try decode([SelfSufficiency].self, "[6]") }
        #expect(throws: DecodingError.self) { try decode([Client.ID].self, #"[""]"#) }
    }

    @Test func decodingErrorOfABSNDoesNotRepeatTheDigits() throws {
        do {
            _ = try decode([BSN].self, #"["111222334"]"#)
            Issue.record("An invalid BSN was decoded")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(!context.debugDescription.contains("111222334"))
            #expect(context.debugDescription.contains("eleven test"))
        }
    }
}
