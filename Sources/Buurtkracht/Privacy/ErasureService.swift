/// Erasure of a resident's personal data (*recht op vergetelheid*, AVG/GDPR article 17).
///
/// ```swift
/// let report = try await services.erasure.erase(client: id, reason: .subjectRequest, context: dataOfficer)
/// ```
public struct ErasureService: Sendable {
    let runner: ServiceRunner

    /// Erases `client`'s personal data in one unit of work. Needs
    /// ``Permission/handleSubjectRequests`` (the data officer); a denial is audited.
    ///
    /// - Removed: the client record with its BSN and external ids (and every record merged into
    ///   it, erased the same way), their household when nobody
    ///   else belongs to it, ties in their network, consents, break-the-glass grants, referrals,
    ///   possible-duplicate pairs, and the import provenance (with earlier versions) of every
    ///   record touched.
    /// - Anonymised, because reports count them: signals about the client, their household or
    ///   only their address, visits and plans keep category, source, dates, workflow, domains and
    ///   scores, but lose address and every free text; self-help groups keep the place, position
    ///   and attendance. A pseudonym (`erased-…`) that no record holds stands in for the client,
    ///   one per former fusion key of their signals, so that every report figure stays the same.
    /// - Audit: entries about the client get the pseudonym in place of the client id and are
    ///   marked pseudonymised, so the chain still verifies; the erasure itself is audited with
    ///   `reason` as its detail.
    ///
    /// - Throws: ``BuurtkrachtError/Code/notFound`` for an unknown client,
    ///   ``BuurtkrachtError/Code/accessDenied`` without the permission.
    public func erase(client: Client.ID, reason: ErasureReason, context: AccessContext) async throws -> ErasureReport {
        try await runner.perform(context) { unit in
            try unit.require(.handleSubjectRequests, for: RecordReference(kind: .client, id: client.rawValue))
            guard let found = try unit.transaction.clients.client(client) else {
                throw BuurtkrachtError.notFound(.client, id: client.rawValue)
            }
            return try SubjectEraser(unit: unit).erase(found, reason: reason)
        }
    }
}
