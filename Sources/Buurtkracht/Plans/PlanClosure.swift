public import Foundation

/// How a plan ended.
public struct PlanClosure: Hashable, Sendable, Codable {
    /// Why it ended.
    public var reason: Reason
    /// Why it ended although goals were below target, when that was the case.
    public var justification: String?
    /// When.
    public var closedAt: Date
    /// By whom.
    public var closedBy: Professional.ID

    /// Creates a closure.
    public init(reason: Reason, justification: String?, closedAt: Date, closedBy: Professional.ID) {
        self.reason = reason
        self.justification = justification
        self.closedAt = closedAt
        self.closedBy = closedBy
    }

    /// Why a plan ended.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// The goals were reached; the client stands on their own feet.
        case goalsAchieved
        /// The client stopped.
        case clientStopped
        /// The client moved out of the area.
        case movedAway
        /// Another organisation took over.
        case referredElsewhere
        /// Contact was lost.
        case noContact
        /// The client died.
        case deceased
        /// Another reason, given in the justification.
        case other
    }
}
