/// A `DecodingError` reduced to a dotted field path and a short reason, safe to send to clients
/// and to log: it never includes the offending value (which may be personal data), nor the
/// error's `debugDescription` (custom `init(from:)` implementations may put values there).
///
/// The JSON-RPC layer uses it for `-32602 Invalid params` responses:
///
/// ```swift
/// catch let error as DecodingError {
///     let summary = DecodingErrorSummary(error, root: "params")
///     // summary.field  == "params.client.birthDate"
///     // summary.reason == "must be an ISO 8601 date-time"   (dataCorrupted on a Date → "has an invalid value")
/// }
/// ```
///
/// Array indices render as `[n]`: `params.items[2].name`.
public struct DecodingErrorSummary: Sendable, Hashable, CustomStringConvertible {
    /// Dotted path of the offending field, prefixed by `root` when given (`"params.client.birthDate"`).
    public let field: String
    /// A short, value-free reason: `"is required"`, `"must not be null"`,
    /// `"has the wrong type (expected a string)"`, `"has an invalid value"`.
    public let reason: String

    /// Summarises `error`.
    ///
    /// - Parameters:
    ///   - error: The error thrown by a decoder.
    ///   - root: A name to prefix the path with (for example `"params"`), or nil.
    public init(_ error: DecodingError, root: String? = nil) {
        switch error {
        case .keyNotFound(let key, let context):
            field = DecodingErrorSummary.fieldPath(context.codingPath + [key], root: root)
            reason = "is required"
        case .valueNotFound(let type, let context):
            field = DecodingErrorSummary.fieldPath(context.codingPath, root: root)
            if context.debugDescription == "Unkeyed container is at end." {
                reason = "has too few elements"
            } else {
                reason = "must not be null (expected \(DecodingErrorSummary.describe(type)))"
            }
        case .typeMismatch(let type, let context):
            field = DecodingErrorSummary.fieldPath(context.codingPath, root: root)
            reason = "has the wrong type (expected \(DecodingErrorSummary.describe(type)))"
        case .dataCorrupted(let context):
            field = DecodingErrorSummary.fieldPath(context.codingPath, root: root)
            reason = "has an invalid value"
        @unknown default:
            field = root ?? ""
            reason = "is invalid"
        }
    }

    /// `"<field> <reason>"`, or just the reason for the top level.
    public var description: String { field.isEmpty ? reason : "\(field) \(reason)" }

    /// Renders a coding path as `a.b[2].c`, optionally prefixed with `root`.
    ///
    /// Keys whose `intValue` is set and whose `stringValue` is `"Index <n>"` (the array keys of
    /// this library and of Foundation) render as `[n]`; every other key renders its `stringValue`.
    public static func fieldPath(_ codingPath: [any CodingKey], root: String? = nil) -> String {
        var result = root ?? ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                result += "[\(index)]"
            } else {
                if !result.isEmpty { result += "." }
                result += key.stringValue
            }
        }
        return result
    }

    /// A client-facing name for an expected type, without generic noise.
    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type,
             is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type:
            return "an integer"
        case is Double.Type, is Float.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Dictionary<") { return "an object" }
            if name.hasPrefix("Array<") { return "an array" }
            if name == "Date" { return "an ISO 8601 date-time string" }
            if name == "Decimal" { return "a number" }
            return name
        }
    }
}
