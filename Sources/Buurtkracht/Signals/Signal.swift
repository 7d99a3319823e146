public import Foundation

/// A signal of concern (*signaal*): someone noticed that a resident may be slipping.
///
/// A signal concerns a known client, a household, or only an address. It moves through a
/// workflow — new → triaged → contact attempted → referred / no action needed / merged — and
/// only along legal transitions (see ``Status``). Signals from mandated sources carry a
/// deadline for the first contact offer (see ``ContactDeadlinePolicy``).
///
/// Report signals through ``SignalService/report(_:context:)``, which computes the deadline and
/// recognises repeat arrears signals; change them through the service's workflow methods.
public struct Signal: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible, CustomReflectable {
    /// A signal's identifier.
    public typealias ID = Identifier<Signal>

    /// The signal's identifier.
    public var id: ID
    /// Whom or what the signal is about.
    public var subject: SignalSubject
    /// The neighbourhood whose signal meeting handles the signal.
    public var neighbourhood: NeighbourhoodCode
    /// The address the signal is about, when known; signals with the same address key are fused.
    public var address: Address?
    /// Who reported the signal.
    public var reporter: Reporter
    /// What kind of concern it is.
    public var category: SignalCategory
    /// How serious it looks.
    public var severity: Severity
    /// When the reporter noticed it.
    public var observedAt: Date
    /// When the signal reached the team; deadlines count from here.
    public var reportedAt: Date
    /// Free text from the reporter. May hold sensitive details: never logged.
    public var summary: String?
    /// Payment arrears, for early debt signals (*vroegsignalering*).
    public var arrears: Arrears?
    /// Where the signal is in its workflow.
    public private(set) var status: Status
    /// When the status last changed.
    public private(set) var statusChangedAt: Date
    /// The moment before which the first contact must be offered, when a policy applies.
    public var contactDeadline: Date?
    /// The professional who handles the signal after triage.
    public var assignee: Professional.ID?
    /// Every attempt to make contact, in the order they were recorded.
    public private(set) var contactAttempts: [ContactAttempt]
    /// The signal this one was merged into, when ``status`` is ``Status/merged``.
    public private(set) var mergedInto: ID?
    /// How the case ended, once it is closed.
    public private(set) var closure: SignalClosure?

    /// Creates a new signal in status ``Status/new``.
    public init(
        id: ID,
        subject: SignalSubject,
        neighbourhood: NeighbourhoodCode,
        address: Address? = nil,
        reporter: Reporter,
        category: SignalCategory,
        severity: Severity,
        observedAt: Date,
        reportedAt: Date,
        summary: String? = nil,
        arrears: Arrears? = nil,
        contactDeadline: Date? = nil
    ) {
        self.id = id
        self.subject = subject
        self.neighbourhood = neighbourhood
        self.address = address
        self.reporter = reporter
        self.category = category
        self.severity = severity
        self.observedAt = observedAt
        self.reportedAt = reportedAt
        self.summary = summary
        self.arrears = arrears
        self.status = .new
        self.statusChangedAt = reportedAt
        self.contactDeadline = contactDeadline
        self.contactAttempts = []
        self.mergedInto = nil
        self.closure = nil
    }

    /// Restores a signal with its full state, as a store reads it back. Checks nothing:
    /// use the workflow methods to change a signal.
    public init(
        restoring signal: Signal,
        status: Status,
        statusChangedAt: Date,
        contactAttempts: [ContactAttempt],
        mergedInto: ID?,
        closure: SignalClosure?
    ) {
        self = signal
        self.status = status
        self.statusChangedAt = statusChangedAt
        self.contactAttempts = contactAttempts
        self.mergedInto = mergedInto
        self.closure = closure
    }

    /// Whether the case is still open (new, triaged or contact attempted).
    public var isOpen: Bool { !status.isTerminal }

    /// The first attempt that reached the resident, when there was one.
    public var firstContact: ContactAttempt? {
        contactAttempts.filter(\.reached).min { $0.at < $1.at }
    }

    /// The key under which this signal is fused with others about the same dwelling or subject.
    public var fusionKey: String {
        if let address { return "address:" + address.key.rawValue }
        return subject.fusionKey
    }

    /// Removes what identifies the resident, for erasure: the subject becomes `subject` (a
    /// pseudonym no record holds), the address and the free texts go; category, source, dates and
    /// workflow stay, so that reports keep their counts.
    public mutating func anonymise(as subject: SignalSubject) {
        self.subject = subject
        address = nil
        summary = nil
        closure?.summary = nil
    }

    // MARK: Workflow

    /// Moves the signal to `target`, or throws ``BuurtkrachtError/Code/illegalTransition``.
    public mutating func transition(to target: Status, at moment: Date) throws(BuurtkrachtError) {
        try status.checkTransition(to: target, signal: id)
        status = target
        statusChangedAt = moment
    }

    /// Marks the signal as discussed in the signal meeting: new → triaged.
    public mutating func triage(severity: Severity? = nil, assignee: Professional.ID?, at moment: Date)
        throws(BuurtkrachtError)
    {
        try transition(to: .triaged, at: moment)
        if let severity { self.severity = severity }
        self.assignee = assignee
    }

    /// Records a contact attempt; the first one moves a triaged signal to contact attempted.
    public mutating func record(_ attempt: ContactAttempt) throws(BuurtkrachtError) {
        if status != .contactAttempted {
            try transition(to: .contactAttempted, at: attempt.at)
        }
        contactAttempts.append(attempt)
    }

    /// Closes the case as referred to care or as needing no action, with a stated result.
    public mutating func close(as outcome: Outcome, summary: String?, by professional: Professional.ID?, at moment: Date)
        throws(BuurtkrachtError)
    {
        try transition(to: outcome.status, at: moment)
        closure = SignalClosure(outcome: outcome.status, summary: summary, closedAt: moment, closedBy: professional)
    }

    /// Merges this signal into `other` (a duplicate, or a repeat that did not grow).
    public mutating func merge(into other: ID, reason: String, by professional: Professional.ID?, at moment: Date)
        throws(BuurtkrachtError)
    {
        guard other != id else {
            throw BuurtkrachtError(
                code: .illegalTransition,
                message: "A signal cannot be merged into itself. Choose another signal to merge into.",
                context: ["record": RecordKind.signal.rawValue, "id": id.rawValue]
            )
        }
        try transition(to: .merged, at: moment)
        mergedInto = other
        closure = SignalClosure(outcome: .merged, summary: reason, closedAt: moment, closedBy: professional)
    }

    /// How a case can be closed by a professional.
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        /// Referred to care or support (*toegeleid*).
        case referred
        /// Looked into; no action is needed.
        case noActionNeeded

        var status: Status {
            switch self {
            case .referred: .referred
            case .noActionNeeded: .noActionNeeded
            }
        }
    }

    /// `Signal(<id>)` — never personal data.
    public var description: String { "Signal(\(id))" }

    /// A mirror that shows only the identifier and status.
    public var customMirror: Mirror { Mirror(self, children: ["id": id, "status": status]) }
}
