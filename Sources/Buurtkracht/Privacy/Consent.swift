public import Foundation

/// A client's consent — or another lawful basis — for one partner to process their data for
/// one purpose, during a period, until withdrawn.
///
/// ```swift
/// let consent = Consent(
///     id: ids(), client: clientID, partner: debtHelp, purpose: .debtAssistance,
///     basis: .consent, validFrom: now, validUntil: now.addingTimeInterval(365 * 86_400),
///     recordedBy: me
/// )
/// consent.isValid(at: now)   // true
/// ```
public struct Consent: Identifiable, Hashable, Sendable, Codable {
    /// A consent's identifier.
    public typealias ID = Identifier<Consent>

    /// The consent's identifier.
    public var id: ID
    /// The client who consented.
    public var client: Client.ID
    /// The partner that may process the data.
    public var partner: Partner.ID
    /// What for.
    public var purpose: Purpose
    /// On what lawful basis.
    public var basis: LawfulBasis
    /// From when.
    public var validFrom: Date
    /// Until when; nil for open-ended.
    public var validUntil: Date?
    /// When the client withdrew it, if they did.
    public var withdrawnAt: Date?
    /// Who recorded it.
    public var recordedBy: Professional.ID

    /// Creates a consent.
    public init(
        id: ID,
        client: Client.ID,
        partner: Partner.ID,
        purpose: Purpose,
        basis: LawfulBasis = .consent,
        validFrom: Date,
        validUntil: Date? = nil,
        withdrawnAt: Date? = nil,
        recordedBy: Professional.ID
    ) {
        self.id = id
        self.client = client
        self.partner = partner
        self.purpose = purpose
        self.basis = basis
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.withdrawnAt = withdrawnAt
        self.recordedBy = recordedBy
    }

    /// Whether the consent is in force at `moment`: started, not expired, not withdrawn.
    public func isValid(at moment: Date) -> Bool { state(at: moment) == .valid }

    /// The consent's state at `moment`.
    public func state(at moment: Date) -> State {
        if let withdrawnAt, withdrawnAt <= moment { return .withdrawn }
        if moment < validFrom { return .notYetValid }
        if let validUntil, validUntil <= moment { return .expired }
        return .valid
    }

    /// The state of a consent at a moment.
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        /// In force.
        case valid
        /// Not started yet.
        case notYetValid
        /// Past its end.
        case expired
        /// Withdrawn by the client.
        case withdrawn
    }
}
