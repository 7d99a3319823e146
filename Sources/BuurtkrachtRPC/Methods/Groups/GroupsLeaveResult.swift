public import Buurtkracht

/// The result of `groups.leave`: the client who moved up from the waiting list, if any.
public struct GroupsLeaveResult: Codable, Sendable, Hashable {
    /// The first waiting client, who took the freed place.
    public var movedUp: Client.ID?

    /// Creates the result.
    public init(movedUp: Client.ID?) {
        self.movedUp = movedUp
    }
}
