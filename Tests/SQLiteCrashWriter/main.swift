// The crash-safety test's child process (see Tests/BuurtkrachtSQLiteTests/CrashSafetyTests.swift).
//
// Usage: SQLiteCrashWriter <database path> [writers]
//
// Writes transactions until it is killed. Transaction n inserts the signal `signal-n`, with two
// contact attempts, and the plan `plan-n` — both or neither must survive a crash — and prints
// `committed n` on stdout only after `write` has returned, so the parent knows which
// transactions it must find after killing this process at a random moment. `writers` tasks
// (default 1) write side by side, so that their transactions share group commits.
import Buurtkracht
import BuurtkrachtSQLite
import Foundation

guard (2...3).contains(CommandLine.arguments.count),
      let writers = CommandLine.arguments.count == 3 ? Int(CommandLine.arguments[2]) : 1, writers > 0
else {
    FileHandle.standardError.write(Data("usage: SQLiteCrashWriter <database path> [writers]\n".utf8))
    exit(64)
}

let neighbourhood = NeighbourhoodCode(uncheckedRawValue: "BU03630000")
let start = Date(timeIntervalSinceReferenceDate: 815_000_000.123)

func signal(_ n: Int) -> Signal {
    let reported = start.addingTimeInterval(Double(n) * 1.5)
    let signal = Signal(
        id: Signal.ID("signal-\(n)"), subject: .client(Client.ID("client-\(n % 97)")), neighbourhood: neighbourhood,
        address: Address(street: "Kerkstraat", houseNumber: String(n), postcode: try? Postcode("1011AB"), city: "Amsterdam",
                         neighbourhood: neighbourhood),
        reporter: Reporter(kind: .housingCorporation, organisation: "Woonstad"), category: .paymentArrears, severity: .high,
        observedAt: reported.addingTimeInterval(-3_600), reportedAt: reported, summary: "transaction \(n)",
        arrears: Arrears(amountInCents: 10_000 + n, monthsInArrears: 2)
    )
    return Signal(
        restoring: signal, status: .contactAttempted, statusChangedAt: reported,
        contactAttempts: [
            ContactAttempt(channel: .phone, at: reported, reached: false),
            ContactAttempt(channel: .letter, at: reported.addingTimeInterval(60), reached: true),
        ],
        mergedInto: nil, closure: nil
    )
}

func plan(_ n: Int) -> Plan {
    var plan = Plan(
        id: Plan.ID("plan-\(n)"), subject: .client(Client.ID("client-\(n % 97)")), coordinator: "professional-1",
        neighbourhood: neighbourhood, startedAt: start.addingTimeInterval(Double(n))
    )
    plan.agreements.append(Agreement(id: Agreement.ID("agreement-\(n)"), text: "transaction \(n)", agreedAt: plan.startedAt))
    return plan
}

do {
    let storage = try SQLiteStorage(path: CommandLine.arguments[1])
    try await withThrowingTaskGroup(of: Void.self) { group in
        for first in 0..<writers {
            group.addTask {
                var n = first
                while true {
                    let signal = signal(n)
                    let plan = plan(n)
                    try await storage.write { tx in
                        try tx.signals.insert(signal)
                        try tx.plans.insert(plan)
                    }
                    // Unbuffered, one write(2) per line: the line is in the pipe before this
                    // writer starts its next transaction.
                    FileHandle.standardOutput.write(Data("committed \(n)\n".utf8))
                    n += writers
                }
            }
        }
        try await group.next()
    }
} catch {
    FileHandle.standardError.write(Data("SQLiteCrashWriter: \(error)\n".utf8))
    exit(1)
}
