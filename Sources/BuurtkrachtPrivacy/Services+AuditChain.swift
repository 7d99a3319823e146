public import Buurtkracht

extension Services {
    /// Verifies the whole audit trail, in batches so that memory stays flat, and reports the
    /// first broken link. Needs ``Buurtkracht/Permission/viewAuditTrail``; the verification is
    /// itself audited.
    ///
    /// ```swift
    /// let result = try await services.verifyAuditChain(context: auditor)
    /// if let broken = result.firstBreak { print("tampered at \(broken.entry)") }
    /// ```
    public func verifyAuditChain(context: AccessContext, batchSize: Int = 10_000) async throws -> AuditChainReport {
        _ = try await perform(context) { unit in
            try unit.require(.viewAuditTrail, for: RecordReference(kind: .auditEntry, id: "*"))
        }
        var verifier = AuditChainVerifier()
        var after: Int64 = 0
        while true {
            let batch = try await storage.read { [after] tx in
                try tx.audit.entries(matching: AuditQuery(afterSequence: after, limit: batchSize))
            }
            for entry in batch {
                if let broken = verifier.check(entry) {
                    return try await finish(AuditChainReport(checked: verifier.checked, firstBreak: broken), context: context)
                }
            }
            guard let last = batch.last, batch.count == batchSize else { break }
            after = last.sequence
        }
        if let broken = verifier.finish() {
            return try await finish(AuditChainReport(checked: verifier.checked, firstBreak: broken), context: context)
        }
        return try await finish(AuditChainReport(checked: verifier.checked, firstBreak: nil), context: context)
    }

    private func finish(_ report: AuditChainReport, context: AccessContext) async throws -> AuditChainReport {
        try await perform(context) { unit in
            try unit.audit(.read, record: RecordReference(kind: .auditEntry, id: "*"), subject: nil, basis: .role,
                           detail: report.firstBreak == nil ? "chainIntact" : "chainBroken")
        }
        return report
    }
}

/// The result of verifying an audit trail.
public struct AuditChainReport: Hashable, Sendable, Codable {
    /// How many entries were found intact before the first break (all of them when intact).
    public var checked: Int
    /// The first broken link, or nil when the chain is intact.
    public var firstBreak: AuditChainBreak?

    /// Creates a report.
    public init(checked: Int, firstBreak: AuditChainBreak?) {
        self.checked = checked
        self.firstBreak = firstBreak
    }

    /// Whether every entry is intact.
    public var isIntact: Bool { firstBreak == nil }
}
