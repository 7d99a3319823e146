/// One meeting of a self-help group and who attended.
public struct GroupMeeting: Hashable, Sendable, Codable {
    /// The day of the meeting.
    public var date: CalendarDate
    /// The members present.
    public var present: Set<Client.ID>

    /// Creates a meeting record.
    public init(date: CalendarDate, present: Set<Client.ID>) {
        self.date = date
        self.present = present
    }
}
