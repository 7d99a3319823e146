public import Foundation

/// One attempt to reach the resident a signal is about.
public struct ContactAttempt: Hashable, Sendable, Codable {
    /// How the attempt was made.
    public var channel: ContactChannel
    /// When it was made.
    public var at: Date
    /// Whether the resident was reached.
    public var reached: Bool
    /// Who made it.
    public var by: Professional.ID?

    /// Creates a contact attempt.
    public init(channel: ContactChannel, at: Date, reached: Bool, by: Professional.ID? = nil) {
        self.channel = channel
        self.at = at
        self.reached = reached
        self.by = by
    }
}

/// How a contact attempt was made.
public enum ContactChannel: String, Hashable, Sendable, Codable, CaseIterable {
    /// A phone call.
    case phone
    /// A letter.
    case letter
    /// An e-mail or message.
    case email
    /// A visit at home (*huisbezoek*).
    case homeVisit
    /// Meeting in person elsewhere.
    case inPerson
}
