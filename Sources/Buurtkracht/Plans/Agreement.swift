public import Foundation

/// An agreement the client keeps (*afspraak*): "I open my post every Monday with my buddy."
public struct Agreement: Identifiable, Hashable, Sendable, Codable {
    /// An agreement's identifier.
    public typealias ID = Identifier<Agreement>

    /// The agreement's identifier.
    public var id: ID
    /// What was agreed. May hold sensitive details.
    public var text: String
    /// When it was agreed.
    public var agreedAt: Date
    /// Whether it is kept.
    public var status: Status

    /// Creates an agreement.
    public init(id: ID, text: String, agreedAt: Date, status: Status = .open) {
        self.id = id
        self.text = text
        self.agreedAt = agreedAt
        self.status = status
    }

    /// Whether an agreement is kept.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Not yet assessed.
        case open
        /// Kept (*nagekomen*).
        case kept
        /// Broken (*niet nagekomen*).
        case broken
    }
}
