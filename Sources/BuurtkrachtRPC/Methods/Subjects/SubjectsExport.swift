public import Buurtkracht

/// `subjects.export`: Everything held about one resident (inzage), as one document. Needs handleSubjectRequests; the export is audited.
public enum SubjectsExport: RPCMethod {
    /// `"subjects.export"`.
    public static let name = "subjects.export"
    /// What the method does.
    public static let summary = "Everything held about one resident (inzage), as one document: client record, household, signals, visits, plans, ties, groups, referrals, consents, duplicates, import provenance and audit entries. Needs handleSubjectRequests; the export is audited."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> SubjectAccessExport {
        try await context.services.subjectAccess.export(client: params.client, context: context.access)
    }
}
