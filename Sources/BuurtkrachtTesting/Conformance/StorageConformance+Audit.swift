import Buurtkracht

extension StorageConformance {
    static var auditChecks: [Check] {
        [
            Check("audit: entries are kept in sequence, unchanged, and queried by every filter") { storage in
                let entries = [
                    Fixtures.auditEntry(1),
                    Fixtures.auditEntry(2, subject: "client-2", action: .update),
                    Fixtures.auditEntry(3, subject: nil, action: .create, actor: "professional-2"),
                    Fixtures.auditEntry(4, subject: "client-2", action: .read, outcome: .denied),
                    Fixtures.auditEntry(5, action: .breakGlass),
                ]
                try expect(try await storage.read { try $0.audit.lastEntry() } == nil, "an empty trail has no last entry")
                try await storage.write { tx in for entry in entries { try tx.audit.append(entry) } }
                try expectEqual(try await storage.read { try $0.audit.lastEntry() }, entries[4], "last entry")
                try expectEqual(try await storage.read { try $0.audit.entries(matching: AuditQuery()) }, entries, "all entries, unchanged, in sequence")
                func ids(_ query: AuditQuery) async throws -> [AuditEntry] { try await storage.read { try $0.audit.entries(matching: query) } }
                try expectIDs(try await ids(AuditQuery(actor: "professional-2")), ["audit-3"], "by actor")
                try expectIDs(try await ids(AuditQuery(subject: "client-2")), ["audit-2", "audit-4"], "by subject")
                try expectIDs(try await ids(AuditQuery(record: RecordReference(kind: .client, id: "client-1"))), ["audit-1", "audit-5"], "by record")
                try expectIDs(try await ids(AuditQuery(actions: [.create, .breakGlass])), ["audit-3", "audit-5"], "by action")
                try expectIDs(try await ids(AuditQuery(outcome: .denied)), ["audit-4"], "by outcome")
                try expectIDs(try await ids(AuditQuery(from: Fixtures.at(2.5), before: Fixtures.at(4.5))), ["audit-2", "audit-3"], "by time, [from, before)")
                try expectIDs(try await ids(AuditQuery(afterSequence: 3)), ["audit-4", "audit-5"], "after a sequence")
                try expectIDs(try await ids(AuditQuery(afterSequence: 1, limit: 2)), ["audit-2", "audit-3"], "after a sequence, limited")
                try await storage.write { tx in
                    try expectError(.alreadyExists, "a taken sequence") {
                        var again = Fixtures.auditEntry(6)
                        again.sequence = 5
                        try tx.audit.append(again)
                    }
                    try expectError(.alreadyExists, "a taken id") {
                        var again = Fixtures.auditEntry(6)
                        again.id = "audit-1"
                        try tx.audit.append(again)
                    }
                }
            },
            Check("audit: pseudonymising a client replaces its id as subject and record, marks those entries, changes nothing else") { storage in
                var recordOnly = Fixtures.auditEntry(3, subject: "client-2")
                recordOnly.record = RecordReference(kind: .client, id: "client-1")
                let entries = [Fixtures.auditEntry(1), Fixtures.auditEntry(2, subject: "client-2", action: .update), recordOnly]
                try await storage.write { tx in for entry in entries { try tx.audit.append(entry) } }
                let changed = try await storage.write { tx in try tx.audit.pseudonymise(subject: "client-1", as: "erased-1") }
                try expectEqual(changed, 2, "entries changed")
                var first = entries[0]
                first.record.id = "erased-1"
                first.subject = "erased-1"
                first.isPseudonymised = true
                var third = recordOnly
                third.record.id = "erased-1"
                third.isPseudonymised = true
                try expectEqual(
                    try await storage.read { try $0.audit.entries(matching: AuditQuery()) }, [first, entries[1], third],
                    "only the client's id and the flag changed; sequence, digests and commitments stay"
                )
                try expectEqual(try await storage.write { tx in try tx.audit.pseudonymise(subject: "client-1", as: "erased-2") }, 0, "a second time")
            },
            Check("imports: runs and provenance are kept, queried and removed per record") { storage in
                let runs = [Fixtures.importRun("run-2", startedAt: Fixtures.at(100)), Fixtures.importRun("run-1", startedAt: Fixtures.at(0))]
                let provenance = [
                    Fixtures.provenance(run: "run-1", record: "client-1", legacyID: "D-1", row: 2),
                    Fixtures.provenance(run: "run-1", record: "client-2", legacyID: "D-2", row: 3),
                    Fixtures.provenance(run: "run-2", record: "client-1", legacyID: "D-1", row: 7, updated: true),
                ]
                try await storage.write { tx in
                    for run in runs { try tx.imports.insert(run) }
                    try tx.imports.record(provenance)
                }
                try expectEqual(try await storage.read { try $0.imports.run("run-2") }, runs[0], "run")
                try expectIDs(try await storage.read { try $0.imports.runs() }, ["run-1", "run-2"], "runs, oldest first")
                func found(_ query: ProvenanceQuery) async throws -> [ImportProvenance] {
                    try await storage.read { try $0.imports.provenance(matching: query) }
                }
                try expectEqual(try await found(ProvenanceQuery()), provenance, "all provenance, by run then row, unchanged")
                try expectEqual(try await found(ProvenanceQuery(run: "run-2")), [provenance[2]], "by run")
                try expectEqual(try await found(ProvenanceQuery(record: RecordReference(kind: .client, id: "client-1"))), [provenance[0], provenance[2]], "by record")
                try expectEqual(try await found(ProvenanceQuery(sourceSystem: "Suite4Sociaal", legacyID: "D-2", kind: .client)), [provenance[1]], "by legacy id")
                try expectEqual(try await found(ProvenanceQuery(sourceSystem: "Suite4Sociaal", legacyID: "D-2", kind: .signal)), [], "by legacy id of another kind")
                var finished = runs[1]
                finished.status = .undone
                finished.counts.rejected = 11
                try await storage.write { [finished] tx in
                    try expectError(.alreadyExists, "provenance for the same run and record") { try tx.imports.record([provenance[0]]) }
                    try expectError(.alreadyExists, "a taken run id") { try tx.imports.insert(runs[0]) }
                    try tx.imports.update(finished)
                    try tx.imports.deleteProvenance(of: [RecordReference(kind: .client, id: "client-1")])
                }
                try expectEqual(try await storage.read { try $0.imports.run("run-1") }, finished, "updated run")
                try expectEqual(try await found(ProvenanceQuery()), [provenance[1]], "provenance left after deleting a record's")
            },
        ]
    }
}
