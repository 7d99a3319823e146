/// Who is calling, for which organisation, in which role, and why. Every service call takes
/// one; the consent rules and the audit trail work from it.
///
/// ```swift
/// let context = AccessContext(
///     professional: "professional-00000003",
///     partner: "partner-00000001",
///     role: .coordinator,
///     purpose: .guidance
/// )
/// try await services.clients.client(clientID, context: context)
/// ```
///
/// The context is trusted: front ends make it from an authenticated session (the RPC server
/// from an access token), never from what a caller claims.
public struct AccessContext: Hashable, Sendable, Codable {
    /// The professional who acts.
    public var professional: Professional.ID
    /// The partner they act for.
    public var partner: Partner.ID
    /// Their role.
    public var role: Role
    /// Why they act.
    public var purpose: Purpose

    /// Creates a context.
    public init(professional: Professional.ID, partner: Partner.ID, role: Role, purpose: Purpose) {
        self.professional = professional
        self.partner = partner
        self.role = role
        self.purpose = purpose
    }

    /// The same caller acting for another purpose.
    public func with(purpose: Purpose) -> AccessContext {
        var copy = self
        copy.purpose = purpose
        return copy
    }
}
