import Buurtkracht

extension StorageConformance {
    private struct Abort: Error {}

    static var transactionChecks: [Check] {
        [
            Check("transactions: a write that throws leaves nothing behind, in any aggregate") { storage in
                try await storage.write { try $0.clients.insert(Fixtures.client("client-0")) }
                do {
                    try await storage.write { tx in
                        try tx.clients.insert(Fixtures.client("client-1"))
                        var kept = Fixtures.client("client-0")
                        kept.name.familyName = "Gewijzigd"
                        try tx.clients.update(kept)
                        try tx.signals.insert(Fixtures.signal("signal-1"))
                        try tx.plans.insert(Fixtures.plan("plan-1"))
                        try tx.audit.append(Fixtures.auditEntry(1))
                        try tx.imports.record([Fixtures.provenance(run: "run-1", record: "client-1", legacyID: "D-1", row: 1)])
                        try tx.clients.delete("client-0")
                        throw Abort()
                    }
                    throw ConformanceFailure(message: "the error thrown inside a write must be rethrown")
                } catch is Abort {}
                let state = try await storage.read { tx in
                    (try tx.clients.client("client-1"), try tx.clients.client("client-0"), try tx.signals.signal("signal-1"),
                     try tx.plans.plan("plan-1"), try tx.audit.lastEntry(), try tx.imports.provenance(matching: ProvenanceQuery()))
                }
                try expect(state.0 == nil, "an inserted client must be rolled back")
                try expectEqual(state.1, Fixtures.client("client-0"), "an updated and deleted client must be restored")
                try expect(state.2 == nil && state.3 == nil, "inserted signal and plan must be rolled back")
                try expect(state.4 == nil && state.5.isEmpty, "audit and provenance must be rolled back")
            },
            Check("transactions: a write commits everything and returns its value") { storage in
                let count = try await storage.write { tx in
                    try tx.clients.insert(Fixtures.client("client-1"))
                    try tx.signals.insert(Fixtures.signal("signal-1"))
                    return try tx.clients.clients(matching: ClientQuery()).count
                }
                try expectEqual(count, 1, "value returned from a write, which sees its own changes")
                try expect(try await storage.read { try $0.signals.signal("signal-1") } != nil, "committed signal")
            },
            Check("transactions: a read transaction refuses writes") { storage in
                do {
                    try await storage.read { tx in try tx.clients.insert(Fixtures.client("client-1")) }
                    throw ConformanceFailure(message: "writing inside read must throw readOnlyTransaction")
                } catch BuurtkrachtError.Code.readOnlyTransaction {}
                try expect(try await storage.read { try $0.clients.client("client-1") } == nil, "nothing written by a refused write")
            },
            Check("transactions: concurrent writes all land, none lost") { storage in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 1...40 {
                        group.addTask {
                            try await storage.write { tx in
                                try tx.signals.insert(Fixtures.signal("signal-\(1000 + index)", reportedAt: Fixtures.at(Double(index))))
                            }
                        }
                    }
                    try await group.waitForAll()
                }
                let stored = try await storage.read { try $0.signals.signals(matching: SignalQuery()) }
                try expectEqual(stored.count, 40, "signals written by 40 concurrent writes")
            },
        ]
    }
}
