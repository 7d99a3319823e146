public import Foundation

/// A self-help group (*zelfhulpgroep*) on a theme, led by experts-by-experience, meeting at a
/// place in the neighbourhood, with a capacity, members, a waiting list and attendance.
///
/// Enrol clients through ``GroupService/enrol(_:in:context:)``: they become members while
/// there is a free place, and join the waiting list otherwise. When a member leaves, the
/// first on the waiting list moves up.
public struct SelfHelpGroup: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// A group's identifier.
    public typealias ID = Identifier<SelfHelpGroup>

    /// The group's identifier.
    public var id: ID
    /// The group's name.
    public var name: String
    /// The theme the group is about.
    public var theme: GroupTheme
    /// The partner organisation that hosts the group; referrals that share data need consent for it.
    public var organiser: Partner.ID
    /// The experts-by-experience who lead the group.
    public var facilitators: [Volunteer.ID]
    /// Where the group meets (*wijkhuis*, *Huis van de Buurt*).
    public var location: String
    /// The neighbourhood of the meeting place.
    public var neighbourhood: NeighbourhoodCode
    /// When the group meets.
    public var schedule: MeetingSchedule
    /// How many members the group takes.
    public var capacity: Int
    /// The members, in the order they joined.
    public private(set) var members: [Membership]
    /// Clients waiting for a place, first come first served.
    public private(set) var waitingList: [Membership]
    /// Attendance per meeting, oldest first.
    public private(set) var meetings: [GroupMeeting]

    /// Creates a group without members.
    public init(
        id: ID,
        name: String,
        theme: GroupTheme,
        organiser: Partner.ID,
        facilitators: [Volunteer.ID] = [],
        location: String,
        neighbourhood: NeighbourhoodCode,
        schedule: MeetingSchedule,
        capacity: Int
    ) {
        self.id = id
        self.name = name
        self.theme = theme
        self.organiser = organiser
        self.facilitators = facilitators
        self.location = location
        self.neighbourhood = neighbourhood
        self.schedule = schedule
        self.capacity = capacity
        self.members = []
        self.waitingList = []
        self.meetings = []
    }

    /// Puts `pseudonym` in `client`'s place as member, on the waiting list and in attendance, for
    /// erasure: places, positions and attendance counts stay the same.
    public mutating func replaceClient(_ client: Client.ID, with pseudonym: Client.ID) {
        for index in members.indices where members[index].client == client { members[index].client = pseudonym }
        for index in waitingList.indices where waitingList[index].client == client { waitingList[index].client = pseudonym }
        for index in meetings.indices where meetings[index].present.remove(client) != nil {
            meetings[index].present.insert(pseudonym)
        }
    }

    /// Restores a group with its members, waiting list and meetings, as a store reads it back.
    public init(restoring group: SelfHelpGroup, members: [Membership], waitingList: [Membership], meetings: [GroupMeeting]) {
        self = group
        self.members = members
        self.waitingList = waitingList
        self.meetings = meetings
    }

    /// The number of free places.
    public var freePlaces: Int { max(0, capacity - members.count) }

    /// The share of places taken, 0 to 1 (or more when over capacity).
    public var occupancy: Double { capacity > 0 ? Double(members.count) / Double(capacity) : 0 }

    /// Whether the client is a member.
    public func isMember(_ client: Client.ID) -> Bool { members.contains { $0.client == client } }

    /// Whether the client is on the waiting list.
    public func isWaiting(_ client: Client.ID) -> Bool { waitingList.contains { $0.client == client } }

    /// Enrols a client: a member while there is a free place, else on the waiting list.
    ///
    /// - Returns: where the client ended up.
    /// - Throws: ``BuurtkrachtError/Code/conflict`` when the client is a member or waiting already.
    @discardableResult
    public mutating func enrol(_ client: Client.ID, at moment: Date) throws(BuurtkrachtError) -> Enrolment {
        guard !isMember(client), !isWaiting(client) else {
            throw BuurtkrachtError(
                code: .conflict,
                message: "The client is already a member of group \(id) or on its waiting list.",
                context: ["record": RecordKind.group.rawValue, "id": id.rawValue, "client": client.rawValue]
            )
        }
        if freePlaces > 0 {
            members.append(Membership(client: client, since: moment))
            return Enrolment(placement: .member, waitingPosition: nil)
        }
        waitingList.append(Membership(client: client, since: moment))
        return Enrolment(placement: .waitingList, waitingPosition: waitingList.count)
    }

    /// Removes a client from the members or the waiting list; the first waiting client moves up
    /// into a freed place.
    ///
    /// - Returns: the client who moved up, if any.
    @discardableResult
    public mutating func remove(_ client: Client.ID, at moment: Date) throws(BuurtkrachtError) -> Client.ID? {
        if let index = waitingList.firstIndex(where: { $0.client == client }) {
            waitingList.remove(at: index)
            return nil
        }
        guard let index = members.firstIndex(where: { $0.client == client }) else {
            throw .notFound(.group, id: "\(id)/member/\(client)")
        }
        members.remove(at: index)
        guard freePlaces > 0, !waitingList.isEmpty else { return nil }
        let next = waitingList.removeFirst()
        members.append(Membership(client: next.client, since: moment))
        return next.client
    }

    /// Records who attended a meeting; everyone present must be a member.
    public mutating func recordAttendance(_ meeting: GroupMeeting) throws(BuurtkrachtError) {
        let strangers = meeting.present.filter { !isMember($0) }
        guard strangers.isEmpty else {
            throw BuurtkrachtError(
                code: .invalidValue,
                message: "\(strangers.count) of those marked present are not members of group \(id). "
                    + "Enrol them first, or leave them out of the attendance.",
                context: ["record": RecordKind.group.rawValue, "id": id.rawValue, "field": "present"]
            )
        }
        meetings.removeAll { $0.date == meeting.date }
        meetings.append(meeting)
        meetings.sort { $0.date < $1.date }
    }

    /// Where an enrolled client ended up.
    public struct Enrolment: Hashable, Sendable, Codable {
        /// Member or waiting.
        public var placement: Placement
        /// The position on the waiting list (1 is next), when waiting.
        public var waitingPosition: Int?

        /// Creates an enrolment.
        public init(placement: Placement, waitingPosition: Int?) {
            self.placement = placement
            self.waitingPosition = waitingPosition
        }

        /// Member or waiting.
        public enum Placement: String, Hashable, Sendable, Codable {
            /// A member.
            case member
            /// On the waiting list.
            case waitingList
        }
    }

    /// `SelfHelpGroup(<id>)`.
    public var description: String { "SelfHelpGroup(\(id))" }
}
