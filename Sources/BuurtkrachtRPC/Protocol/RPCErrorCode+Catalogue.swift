public import Buurtkracht

extension RPCErrorCode {
    /// One entry of the published list of error codes: the code, a name and what it means.
    public struct Entry: Sendable, Hashable {
        /// The code.
        public var code: RPCErrorCode
        /// A short name (`"notFound"`); for domain codes the core's error code.
        public var name: String
        /// What the code means and what the caller can do.
        public var meaning: String
    }

    /// The domain codes, keyed by the core's error code: the stable wire form of every
    /// ``Buurtkracht/BuurtkrachtError/Code``.
    static let domainCodes: [BuurtkrachtError.Code: RPCErrorCode] = [
        .invalidValue: .invalidValue, .missingField: .missingField, .invalidBSN: .invalidBSN,
        .invalidPostcode: .invalidPostcode, .invalidAreaCode: .invalidAreaCode, .invalidDate: .invalidDate,
        .invalidScore: .invalidScore, .illegalTransition: .illegalTransition, .goalsBelowTarget: .goalsBelowTarget,
        .startQualificationNotMet: .startQualificationNotMet, .conflict: .conflict, .accessDenied: .accessDenied,
        .consentRequired: .consentRequired, .notFound: .notFound, .alreadyExists: .alreadyExists,
        .storageUnavailable: .storageUnavailable, .storageCorrupt: .storageCorrupt, .schemaTooNew: .schemaTooNew,
        .storageReadOnly: .storageReadOnly, .storageLocked: .storageLocked, .storageFailure: .storageFailure,
        .readOnlyTransaction: .readOnlyTransaction, .keyMissing: .keyMissing, .keyMismatch: .keyMismatch,
    ]

    /// The wire code for a core error code; ``domainError`` for a code this version does not know.
    public init(domainCode: BuurtkrachtError.Code) {
        self = Self.domainCodes[domainCode] ?? .domainError
    }

    /// Every code the server sends, for the OpenRPC document and `Documentation/RPC.md`.
    public static var catalogue: [Entry] {
        var entries = [
            Entry(code: .parseError, name: "parseError", meaning: "The message is not valid JSON. The id is null."),
            Entry(code: .invalidRequest, name: "invalidRequest", meaning: "The JSON is not a valid request object, or the session is shutting down."),
            Entry(code: .methodNotFound, name: "methodNotFound", meaning: "No method has this name; `rpc.discover` lists them."),
            Entry(code: .invalidParams, name: "invalidParams", meaning: "The params do not fit the method; `data.field` names the field and `data.reason` says why."),
            Entry(code: .internalError, name: "internalError", meaning: "A failure inside the server; the server log has the details."),
            Entry(code: .serverNotInitialized, name: "serverNotInitialized", meaning: "Call `initialize` with an access token first."),
            Entry(code: .messageTooLarge, name: "messageTooLarge", meaning: "The message exceeds the size limit in `data.limit` (bytes); it was skipped. The id is null."),
            Entry(code: .requestCancelled, name: "requestCancelled", meaning: "The request was cancelled with `$/cancelRequest` before it finished."),
            Entry(code: .domainError, name: "domainError", meaning: "A domain error without its own code yet; `data.code` names it."),
        ]
        for (domain, code) in domainCodes.sorted(by: { $0.value.rawValue > $1.value.rawValue }) {
            entries.append(
                Entry(code: code, name: domain.rawValue, meaning: "The core's `\(domain.rawValue)` error; `data.context` says where.")
            )
        }
        return entries
    }
}
