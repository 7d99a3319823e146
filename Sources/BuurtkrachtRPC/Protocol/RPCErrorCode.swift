/// A JSON-RPC error code: the specification's codes, the server's, and Buurtkracht's domain
/// codes. The set is open — new codes may be added, existing ones never change meaning.
///
/// ```swift
/// let error = RPCError(code: .invalidParams, message: "params.subject is required")
/// error.code == .invalidParams          // true
/// error.code.rawValue                   // -32602
/// ```
///
/// Ranges: -32700 and -32600…-32603 are the specification's; -32000…-32009 are this server's
/// session and transport codes; -32010…-32099 are the domain's (one per
/// ``Buurtkracht/BuurtkrachtError/Code``, see ``RPCErrorCode/init(domainCode:)``); -32800 is
/// "request cancelled", as in the Language Server Protocol.
public struct RPCErrorCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The number sent on the wire.
    public let rawValue: Int

    /// Creates a code from its number.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// The number as text.
    public var description: String { String(rawValue) }

    /// Whether the code lies in the range the specification leaves to implementations,
    /// -32000…-32099.
    public var isServerDefined: Bool { (-32099)...(-32000) ~= rawValue }

    // MARK: JSON-RPC 2.0

    /// -32700: the message is not valid JSON.
    public static let parseError = RPCErrorCode(rawValue: -32700)
    /// -32600: the JSON is not a valid request object.
    public static let invalidRequest = RPCErrorCode(rawValue: -32600)
    /// -32601: no such method.
    public static let methodNotFound = RPCErrorCode(rawValue: -32601)
    /// -32602: the params do not fit the method; `data.field` names the offending field.
    public static let invalidParams = RPCErrorCode(rawValue: -32602)
    /// -32603: a failure inside the server; nothing about it is sent.
    public static let internalError = RPCErrorCode(rawValue: -32603)

    // MARK: Server and session (-32000…-32009)

    /// -32002: a method that needs a session was called before `initialize` (as in LSP).
    public static let serverNotInitialized = RPCErrorCode(rawValue: -32002)
    /// -32004: the message is larger than the server's limit; `data.limit` gives the limit in bytes.
    public static let messageTooLarge = RPCErrorCode(rawValue: -32004)
    /// -32800: the request was cancelled with `$/cancelRequest` (as in LSP).
    public static let requestCancelled = RPCErrorCode(rawValue: -32800)

    // MARK: Domain (-32010…-32099)

    /// -32010: a domain error whose code this version does not map yet; `data.code` says which.
    public static let domainError = RPCErrorCode(rawValue: -32010)
    /// -32011: a field's value breaks a rule of its own.
    public static let invalidValue = RPCErrorCode(rawValue: -32011)
    /// -32012: a required field is missing or empty.
    public static let missingField = RPCErrorCode(rawValue: -32012)
    /// -32013: a BSN that is not nine digits or fails the eleven test.
    public static let invalidBSN = RPCErrorCode(rawValue: -32013)
    /// -32014: a postcode that is not four digits and two letters.
    public static let invalidPostcode = RPCErrorCode(rawValue: -32014)
    /// -32015: a CBS area code of the wrong form.
    public static let invalidAreaCode = RPCErrorCode(rawValue: -32015)
    /// -32016: a date that does not exist.
    public static let invalidDate = RPCErrorCode(rawValue: -32016)
    /// -32017: a score outside the self-sufficiency scale 1–5.
    public static let invalidScore = RPCErrorCode(rawValue: -32017)
    /// -32020: a state change the workflow does not allow.
    public static let illegalTransition = RPCErrorCode(rawValue: -32020)
    /// -32021: letting go of or closing a plan with goals below target, without a justification.
    public static let goalsBelowTarget = RPCErrorCode(rawValue: -32021)
    /// -32022: a programme's start qualification is not met, without a justification.
    public static let startQualificationNotMet = RPCErrorCode(rawValue: -32022)
    /// -32023: the operation conflicts with the current state.
    public static let conflict = RPCErrorCode(rawValue: -32023)
    /// -32030: the session's professional may not do this (no role, consent or coordinator link),
    /// or the access token is unknown, expired or revoked.
    public static let accessDenied = RPCErrorCode(rawValue: -32030)
    /// -32031: sharing client data needs a consent that is missing.
    public static let consentRequired = RPCErrorCode(rawValue: -32031)
    /// -32040: a record that does not exist.
    public static let notFound = RPCErrorCode(rawValue: -32040)
    /// -32041: a record that already exists.
    public static let alreadyExists = RPCErrorCode(rawValue: -32041)
    /// -32050: the store cannot be opened or used.
    public static let storageUnavailable = RPCErrorCode(rawValue: -32050)
    /// -32051: the database is damaged or not a Buurtkracht database.
    public static let storageCorrupt = RPCErrorCode(rawValue: -32051)
    /// -32052: the database was made by a newer version.
    public static let schemaTooNew = RPCErrorCode(rawValue: -32052)
    /// -32053: the database cannot be written.
    public static let storageReadOnly = RPCErrorCode(rawValue: -32053)
    /// -32054: another process held the database lock too long.
    public static let storageLocked = RPCErrorCode(rawValue: -32054)
    /// -32055: another failure of the store.
    public static let storageFailure = RPCErrorCode(rawValue: -32055)
    /// -32056: a write inside a read-only transaction.
    public static let readOnlyTransaction = RPCErrorCode(rawValue: -32056)
    /// -32060: the key that protects BSNs was not supplied.
    public static let keyMissing = RPCErrorCode(rawValue: -32060)
    /// -32061: the key that protects BSNs does not match the data.
    public static let keyMismatch = RPCErrorCode(rawValue: -32061)
}
