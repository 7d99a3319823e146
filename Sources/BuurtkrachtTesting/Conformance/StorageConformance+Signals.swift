import Buurtkracht
import Foundation

extension StorageConformance {
    static var signalChecks: [Check] {
        [
            Check("signals: every subject kind, status and nested value reads back equal") { storage in
                let signals = [
                    Fixtures.signal("signal-1"),
                    Fixtures.closedSignal("signal-2"),
                    Fixtures.mergedSignal("signal-3", into: "signal-1"),
                    Fixtures.signal("signal-4", subject: .household("household-1"), address: nil),
                    Fixtures.signal("signal-5", subject: .anonymised, category: .socialIsolation, address: nil),
                ]
                try await storage.write { tx in for signal in signals { try tx.signals.insert(signal) } }
                for signal in signals {
                    try expectEqual(try await storage.read { try $0.signals.signal(signal.id) }, signal, "signal \(signal.id)")
                }
                try expect(try await storage.read { try $0.signals.signal("signal-404") } == nil, "an unknown signal must read as nil")
            },
            Check("signals: insert, update and delete report alreadyExists and notFound") { storage in
                var signal = Fixtures.signal("signal-1")
                try await storage.write { [signal] tx in try tx.signals.insert(signal) }
                try signal.triage(severity: .acute, assignee: "professional-2", at: Fixtures.at(50))
                try signal.record(ContactAttempt(channel: .letter, at: Fixtures.at(60.5), reached: false))
                let changed = signal
                try await storage.write { tx in
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.signals.insert(changed) }
                    try tx.signals.update(changed)
                    try expectError(.notFound, "updating a missing signal") { try tx.signals.update(Fixtures.signal("signal-2")) }
                }
                try expectEqual(try await storage.read { try $0.signals.signal("signal-1") }, changed, "updated signal")
                try await storage.write { try $0.signals.delete("signal-1") }
                try await storage.write { tx in try expectError(.notFound, "deleting twice") { try tx.signals.delete("signal-1") } }
            },
            Check("signals: a batch insert stores every signal; a duplicate in the batch fails it") { storage in
                let batch = (1...500).map { Fixtures.signal("signal-\(1000 + $0)", reportedAt: Fixtures.at(Double($0))) }
                try await storage.write { try $0.signals.insert(contentsOf: batch) }
                let stored = try await storage.read { try $0.signals.signals(matching: SignalQuery()) }
                try expectEqual(stored.count, 500, "signals stored by the batch")
                try expectEqual(stored, batch, "batch read back in report order")
                do {
                    try await storage.write { tx in
                        try tx.signals.insert(contentsOf: [Fixtures.signal("signal-new"), Fixtures.signal("signal-1001")])
                    }
                    throw ConformanceFailure(message: "a batch with a taken id must fail")
                } catch BuurtkrachtError.Code.alreadyExists {}
                try expect(try await storage.read { try $0.signals.signal("signal-new") } == nil,
                           "a failed batch must leave nothing behind")
            },
            Check("signals: queries filter by neighbourhood, status, category, subject, address and time, ordered by report time") { storage in
                let other = Fixtures.address("99", postcode: "2263XY")
                let signals = [
                    Fixtures.signal("signal-a", reportedAt: Fixtures.at(30)),
                    Fixtures.closedSignal("signal-b"),
                    Fixtures.signal("signal-c", subject: .client("client-1"), category: .socialIsolation, observedAt: Fixtures.at(-86_400 * 40), reportedAt: Fixtures.at(10), address: other),
                    Fixtures.signal("signal-d", subject: .household("household-1"), neighbourhood: Fixtures.northNextDoor, reportedAt: Fixtures.at(20), address: nil),
                    Fixtures.signal("signal-e", neighbourhood: Fixtures.acrossTown, category: .nuisance, reportedAt: Fixtures.at(10)),
                ]
                try await storage.write { tx in for signal in signals.shuffled() { try tx.signals.insert(signal) } }
                func ids(_ query: SignalQuery) async throws -> [Signal] {
                    try await storage.read { try $0.signals.signals(matching: query) }
                }
                try expectIDs(try await ids(SignalQuery()), ["signal-b", "signal-c", "signal-e", "signal-d", "signal-a"], "all, by report time then id")
                try expectIDs(try await ids(SignalQuery(neighbourhood: Fixtures.north)), ["signal-b", "signal-c", "signal-a"], "by neighbourhood")
                try expectIDs(try await ids(SignalQuery(neighbourhood: Fixtures.north, statuses: Signal.Status.open)), ["signal-c", "signal-a"], "open in neighbourhood")
                try expectIDs(try await ids(SignalQuery(statuses: [.referred])), ["signal-b"], "by status")
                try expectIDs(try await ids(SignalQuery(categories: [.socialIsolation, .nuisance])), ["signal-c", "signal-e"], "by category")
                try expectIDs(try await ids(SignalQuery(client: "client-1")), ["signal-c"], "by client")
                try expectIDs(try await ids(SignalQuery(household: "household-1")), ["signal-d"], "by household")
                try expectIDs(try await ids(SignalQuery(addressKey: other.key)), ["signal-c"], "by address")
                try expectIDs(try await ids(SignalQuery(observedFrom: Fixtures.at(-86_400 * 30))), ["signal-b", "signal-e", "signal-d", "signal-a"], "observed from")
                try expectIDs(try await ids(SignalQuery(observedBefore: Fixtures.at(-3_600.5))), ["signal-c"], "observed before (exclusive)")
                try expectIDs(try await ids(SignalQuery(reportedFrom: Fixtures.at(10), reportedBefore: Fixtures.at(30))), ["signal-c", "signal-e", "signal-d"], "reported in [from, before)")
                try expectIDs(try await ids(SignalQuery(limit: 2)), ["signal-b", "signal-c"], "limit")
            },
            Check("visits: stored, queried by client, household, signal, neighbourhood and time, ordered by time") { storage in
                let visits = [
                    Visit(id: "visit-1", subject: .client("client-1"), signal: "signal-1", neighbourhood: Fixtures.north,
                          professionals: ["professional-1", "professional-2"], volunteers: ["volunteer-1"], at: Fixtures.at(50.5),
                          outcome: .contactMade, summary: "Koffie gedronken"),
                    Visit(id: "visit-2", subject: .household("household-1"), at: Fixtures.at(10), outcome: .noAnswer),
                    Visit(id: "visit-3", subject: .address(Fixtures.address("3")), neighbourhood: Fixtures.north, at: Fixtures.at(20), outcome: .refused),
                ]
                try await storage.write { tx in for visit in visits { try tx.visits.insert(visit) } }
                try expectEqual(try await storage.read { try $0.visits.visit("visit-1") }, visits[0], "visit")
                func ids(_ query: VisitQuery) async throws -> [Visit] { try await storage.read { try $0.visits.visits(matching: query) } }
                try expectIDs(try await ids(VisitQuery()), ["visit-2", "visit-3", "visit-1"], "all, by time")
                try expectIDs(try await ids(VisitQuery(client: "client-1")), ["visit-1"], "by client")
                try expectIDs(try await ids(VisitQuery(household: "household-1")), ["visit-2"], "by household")
                try expectIDs(try await ids(VisitQuery(signal: "signal-1")), ["visit-1"], "by signal")
                try expectIDs(try await ids(VisitQuery(neighbourhood: Fixtures.north, from: Fixtures.at(20))), ["visit-3", "visit-1"], "by neighbourhood from")
                try expectIDs(try await ids(VisitQuery(before: Fixtures.at(20))), ["visit-2"], "before (exclusive)")
                var changed = visits[2]
                changed.outcome = .referred
                try await storage.write { [changed] tx in
                    try tx.visits.update(changed)
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.visits.insert(changed) }
                    try tx.visits.delete("visit-2")
                    try expectError(.notFound, "deleting twice") { try tx.visits.delete("visit-2") }
                }
                try expectEqual(try await storage.read { try $0.visits.visit("visit-3") }, changed, "updated visit")
            },
        ]
    }
}
