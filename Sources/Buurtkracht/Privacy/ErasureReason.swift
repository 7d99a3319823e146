/// The legal ground for erasing a resident's personal data, recorded as a stable code in the
/// erasure's audit entry. The set is open; a code is 1–64 letters, digits, `-`, `_` or `.`, so
/// that no free text (and no personal data) reaches the audit trail.
///
/// ```swift
/// try await services.erasure.erase(client: id, reason: .subjectRequest, context: dataOfficer)
/// let own = try ErasureReason(validating: "court-order")
/// ```
public struct ErasureReason: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The code.
    public let rawValue: String

    /// Creates a reason from a code; nil when it is not a valid code.
    public init?(rawValue: String) {
        guard Self.isCode(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Creates a reason from a code, or throws ``BuurtkrachtError/Code/invalidValue`` saying what a code looks like.
    public init(validating code: String) throws(BuurtkrachtError) {
        guard let reason = Self(rawValue: code) else {
            throw BuurtkrachtError(
                code: .invalidValue,
                message: "An erasure reason is a code of 1 to 64 letters, digits, '-', '_' or '.' (for example "
                    + "'\(Self.subjectRequest)' or '\(Self.retentionExpired)'), not free text.",
                context: ["field": "reason"]
            )
        }
        self = reason
    }

    /// The code.
    public var description: String { rawValue }

    /// The resident asked for erasure (AVG/GDPR article 17).
    public static let subjectRequest = ErasureReason(known: "subjectRequest")
    /// The retention period ended (see ``RetentionPolicy``).
    public static let retentionExpired = ErasureReason(known: "retentionExpired")
    /// The data was processed without a lawful basis.
    public static let unlawfulProcessing = ErasureReason(known: "unlawfulProcessing")
    /// The resident withdrew the consent the processing rested on.
    public static let consentWithdrawn = ErasureReason(known: "consentWithdrawn")

    private init(known code: String) {
        rawValue = code
    }

    private static func isCode(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count)
            && text.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            }
    }
}
