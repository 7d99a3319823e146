/// The one error type of the Buurtkracht library: a stable code, a message a person can act
/// on, and context that says where.
///
/// Messages and context never contain personal data — no BSN, no names, no addresses, no
/// health or justice details — only record kinds, identifiers, field names and row numbers,
/// so that errors can be logged and shown safely.
///
/// Catch by code with a pattern:
///
/// ```swift
/// do {
///     try await services.plans.move(planID, to: .letGo, context: context)
/// } catch BuurtkrachtError.Code.goalsBelowTarget {
///     // ask the coordinator for a justification
/// }
/// ```
public struct BuurtkrachtError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// What went wrong, as a stable machine-readable code (`"accessDenied"`, `"invalidBSN"`…).
    public var code: Code
    /// What went wrong and how to fix it, in English, without personal data.
    public var message: String
    /// Where it went wrong: record kind and id, field, row, from/to states. Never personal data.
    public var context: [String: String]

    /// Creates an error.
    public init(code: Code, message: String, context: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// `[code] message (key: value, …)`.
    public var description: String {
        var text = "[\(code.rawValue)] \(message)"
        if !context.isEmpty {
            let pairs = context.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            text += " (" + pairs.joined(separator: ", ") + ")"
        }
        return text
    }

    /// Returns a copy with more context.
    public func adding(_ extra: [String: String]) -> BuurtkrachtError {
        var copy = self
        copy.context.merge(extra) { _, new in new }
        return copy
    }
}

extension BuurtkrachtError {
    /// A stable error code. The set is open: new codes may be added, existing ones never change.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The code's text.
        public let rawValue: String

        /// Creates a code from its text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The code's text.
        public var description: String { rawValue }

        /// Matches an error against a code in a `catch` clause or a `switch`.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? BuurtkrachtError)?.code == code
        }

        // MARK: Values

        /// A BSN that is not nine digits or fails the eleven test.
        public static let invalidBSN = Code(rawValue: "invalidBSN")
        /// A postcode that is not four digits and two letters.
        public static let invalidPostcode = Code(rawValue: "invalidPostcode")
        /// A CBS area code (`BU…`, `WK…`, `GM…`) of the wrong form.
        public static let invalidAreaCode = Code(rawValue: "invalidAreaCode")
        /// A date that does not exist or is written in an unknown form.
        public static let invalidDate = Code(rawValue: "invalidDate")
        /// A score outside the self-sufficiency scale 1–5.
        public static let invalidScore = Code(rawValue: "invalidScore")
        /// A required field that is missing or empty.
        public static let missingField = Code(rawValue: "missingField")
        /// A value that breaks a rule of its own (a negative capacity, an end before a start).
        public static let invalidValue = Code(rawValue: "invalidValue")

        // MARK: Rules

        /// A state change the workflow does not allow (a closed plan reopened, a merged signal triaged).
        public static let illegalTransition = Code(rawValue: "illegalTransition")
        /// Letting go of or closing a plan while goals are below target, without a justification.
        public static let goalsBelowTarget = Code(rawValue: "goalsBelowTarget")
        /// Starting a programme's work while its start qualification is not met, without a justification.
        public static let startQualificationNotMet = Code(rawValue: "startQualificationNotMet")
        /// An operation that conflicts with the current state (a member enrolled twice).
        public static let conflict = Code(rawValue: "conflict")

        // MARK: Access

        /// The access context may not do this: no consent, no role, or no coordinator link.
        public static let accessDenied = Code(rawValue: "accessDenied")
        /// Sharing client data needs a valid consent that is missing.
        public static let consentRequired = Code(rawValue: "consentRequired")

        // MARK: Records

        /// A record that does not exist.
        public static let notFound = Code(rawValue: "notFound")
        /// A record that already exists.
        public static let alreadyExists = Code(rawValue: "alreadyExists")

        // MARK: Storage

        /// A write attempted inside a read-only transaction.
        public static let readOnlyTransaction = Code(rawValue: "readOnlyTransaction")
        /// The store cannot be opened or used (missing directory, I/O error).
        public static let storageUnavailable = Code(rawValue: "storageUnavailable")
        /// The file is not a Buurtkracht database, or it is damaged.
        public static let storageCorrupt = Code(rawValue: "storageCorrupt")
        /// The database was made by a newer version of Buurtkracht.
        public static let schemaTooNew = Code(rawValue: "schemaTooNew")
        /// The database is in a place that cannot be written.
        public static let storageReadOnly = Code(rawValue: "storageReadOnly")
        /// Another process held the database lock for longer than the timeout.
        public static let storageLocked = Code(rawValue: "storageLocked")
        /// Any other failure of the store.
        public static let storageFailure = Code(rawValue: "storageFailure")

        // MARK: Keys

        /// The key that protects BSNs was not supplied.
        public static let keyMissing = Code(rawValue: "keyMissing")
        /// The key that protects BSNs does not match the one the data was protected with.
        public static let keyMismatch = Code(rawValue: "keyMismatch")
    }
}
