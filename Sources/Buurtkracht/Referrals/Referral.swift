public import Foundation

/// A referral (*toeleiding*, *doorverwijzing*) of a client to a partner or a self-help group.
///
/// ```
/// requested ──► accepted ──► completed
///     │  │          └──────► withdrawn
///     │  └──► declined (with a reason)
///     └─────► withdrawn
/// ```
/// A referral that shares client data needs the client's consent for the receiving partner.
public struct Referral: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// A referral's identifier.
    public typealias ID = Identifier<Referral>

    /// The referral's identifier.
    public var id: ID
    /// The client referred.
    public var client: Client.ID
    /// Where to.
    public var target: Target
    /// Why: the purpose that a consent must cover when data is shared.
    public var purpose: Purpose
    /// The question or need, in words. May hold sensitive details.
    public var need: String?
    /// Whether client data goes along with the referral.
    public var sharesClientData: Bool
    /// Where the referral is in its workflow.
    public private(set) var status: Status
    /// Who asked for it.
    public var requestedBy: Professional.ID
    /// When it was asked for.
    public var requestedAt: Date
    /// When the status last changed.
    public private(set) var statusChangedAt: Date
    /// Why it was declined, when it was.
    public private(set) var declineReason: String?

    /// Creates a referral in status ``Status/requested``.
    public init(
        id: ID,
        client: Client.ID,
        target: Target,
        purpose: Purpose,
        need: String? = nil,
        sharesClientData: Bool,
        requestedBy: Professional.ID,
        requestedAt: Date
    ) {
        self.id = id
        self.client = client
        self.target = target
        self.purpose = purpose
        self.need = need
        self.sharesClientData = sharesClientData
        self.status = .requested
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.statusChangedAt = requestedAt
        self.declineReason = nil
    }

    /// Restores a referral with its full state, as a store reads it back. Checks nothing.
    public init(restoring referral: Referral, status: Status, statusChangedAt: Date, declineReason: String?) {
        self = referral
        self.status = status
        self.statusChangedAt = statusChangedAt
        self.declineReason = declineReason
    }

    /// Moves the referral on. Declining needs a reason.
    ///
    /// - Throws: ``BuurtkrachtError/Code/illegalTransition`` or, for a decline without a reason,
    ///   ``BuurtkrachtError/Code/missingField``.
    public mutating func transition(to target: Status, reason: String? = nil, at moment: Date) throws(BuurtkrachtError) {
        guard status.allowedTargets.contains(target) else {
            let allowed = status.allowedTargets.map(\.rawValue).sorted()
            throw BuurtkrachtError(
                code: .illegalTransition,
                message: "A referral cannot move from \(status.rawValue) to \(target.rawValue). "
                    + (allowed.isEmpty ? "It has ended." : "It can move to: \(allowed.joined(separator: ", "))."),
                context: [
                    "record": RecordKind.referral.rawValue, "id": id.rawValue,
                    "from": status.rawValue, "to": target.rawValue,
                ]
            )
        }
        if target == .declined {
            guard let reason, !reason.isBlank else { throw .missingField("reason", in: .referral) }
            declineReason = reason
        }
        status = target
        statusChangedAt = moment
    }

    /// Where a referral goes.
    ///
    /// Encoded as `{"kind": "partner", "id": "…"}` or `{"kind": "group", "id": "…"}`.
    public enum Target: Hashable, Sendable, Codable {
        /// A partner organisation.
        case partner(Partner.ID)
        /// A self-help group.
        case group(SelfHelpGroup.ID)

        private enum CodingKeys: String, CodingKey { case kind, id }
        private enum Kind: String, Codable { case partner, group }

        /// Decodes the `kind`-tagged form.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(Kind.self, forKey: .kind) {
            case .partner: self = .partner(try container.decode(Partner.ID.self, forKey: .id))
            case .group: self = .group(try container.decode(SelfHelpGroup.ID.self, forKey: .id))
            }
        }

        /// Encodes the `kind`-tagged form.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .partner(let id):
                try container.encode(Kind.partner, forKey: .kind)
                try container.encode(id, forKey: .id)
            case .group(let id):
                try container.encode(Kind.group, forKey: .kind)
                try container.encode(id, forKey: .id)
            }
        }
    }

    /// Where a referral is in its workflow.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Asked for, not yet answered.
        case requested
        /// Accepted by the receiving partner or group.
        case accepted
        /// Declined, with a reason. Terminal.
        case declined
        /// The help was given. Terminal.
        case completed
        /// Withdrawn by the referrer. Terminal.
        case withdrawn

        /// The statuses a referral in this status may move to.
        public var allowedTargets: Set<Status> {
            switch self {
            case .requested: [.accepted, .declined, .withdrawn]
            case .accepted: [.completed, .withdrawn]
            case .declined, .completed, .withdrawn: []
            }
        }
    }

    /// `Referral(<id>)`.
    public var description: String { "Referral(\(id))" }
}
