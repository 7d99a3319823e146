import Buurtkracht
import BuurtkrachtSQLite
import BuurtkrachtTestSupport
import Foundation
import GRDB
import Testing

/// A process killed at any moment leaves a database that opens, passes SQLite's integrity
/// check, holds every transaction whose commit it reported, and no transaction in part.
@Suite("SQLite crash safety")
struct CrashSafetyTests {
    @Test("a writer killed with SIGKILL at random moments, 20 times: every reported commit is whole")
    func killedWriterLeavesWholeTransactions() async throws {
        let writer = try CrashWriterProcess.locate()
        // Concurrent writers, so that the kill also lands in the middle of group commits.
        let writers = 8
        var totalCommitted = 0
        for round in 1...20 {
            let folder = try TemporaryFolder()
            let database = folder.file()
            let delay = Duration.milliseconds(Int.random(in: 150...900))
            let reported = try await CrashWriterProcess.runAndKill(writer, database: database, writers: writers, after: delay)
            totalCommitted += reported.count
            let context = "round \(round), killed after \(delay), \(reported.count) commits reported"

            guard FileManager.default.fileExists(atPath: database) else {
                #expect(reported.isEmpty, "no database file, yet commits were reported (\(context))")
                continue
            }
            let integrity = try await rawDatabase(database).read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check")
            }
            #expect(integrity == ["ok"], "integrity check (\(context))")

            let storage = try SQLiteStorage(path: database)
            let (signals, plans) = try await storage.read { tx in
                (try tx.signals.signals(matching: SignalQuery()), try tx.plans.plans(matching: PlanQuery()))
            }
            let signalNumbers = Set(signals.compactMap { Int($0.id.rawValue.dropFirst("signal-".count)) })
            let planNumbers = Set(plans.compactMap { Int($0.id.rawValue.dropFirst("plan-".count)) })
            #expect(signalNumbers == planNumbers, "each transaction's signal and plan, both or neither (\(context))")
            #expect(Set(reported).isSubset(of: signalNumbers), "every reported commit is present (\(context))")
            let unreported = signalNumbers.subtracting(reported)
            #expect(unreported.count <= writers, "at most each writer's last transaction committed unreported (\(context))")
            for signal in signals {
                let number = signal.id.rawValue.dropFirst("signal-".count)
                #expect(signal.summary == "transaction \(number)" && signal.contactAttempts.count == 2,
                        "signal \(number) whole (\(context))")
            }
            for plan in plans {
                let number = plan.id.rawValue.dropFirst("plan-".count)
                #expect(plan.agreements.map(\.text) == ["transaction \(number)"], "plan \(number) whole (\(context))")
            }
        }
        #expect(totalCommitted > 20, "the child committed too little to test anything (\(totalCommitted) in 20 rounds)")
    }
}
