public import Foundation

/// Decodes `Decodable` values from JSON, parsing with json-c and walking the json-c tree directly
/// (no intermediate Swift representation).
///
/// ```swift
/// let decoder = JSONCDecoder()
/// let params = try decoder.decode(ReportSignal.Params.self, from: bytes)
/// ```
///
/// ## Value conventions
/// * `Date`: ISO 8601 UTC string, `2026-11-23T10:15:30Z`; accepts an optional fraction
///   (`.5`, `.123`, up to nanoseconds) and `Z` or `±hh:mm` offsets.
/// * `Data`: base64 string. `URL`: string. `Decimal`: JSON number (exact source text).
/// * Integers of every width are range-checked (`DecodingError.dataCorrupted` when a number does
///   not fit); numbers with a fraction decode into integers only when integral (`2.0`, `1e3`).
///   `Double`/`Float` accept integer JSON. Strings are never converted to numbers or back.
/// * Optionals: an absent key and `null` both give `nil` (`decodeIfPresent`).
/// * Dictionaries with `String` or `CodingKeyRepresentable` keys decode from objects.
/// * Duplicate object keys: the last one wins (json-c behaviour).
///
/// ## Errors
/// Malformed text throws ``JSONError`` (with a byte offset). Shape problems throw the standard
/// `DecodingError` with an exact coding path and messages that never contain input values;
/// ``DecodingErrorSummary`` renders them as `params.client.birthDate` + short reason.
///
/// json-c accepts `NaN`/`Infinity` literals and turns `1e400` into infinity; decoding such a value
/// into a floating-point type throws `DecodingError.dataCorrupted`.
///
/// ## Thread safety
/// `JSONCDecoder` is a value type holding only configuration; one instance may be used from many
/// threads at once. Parsing borrows json-c tokeners from a small mutex-protected pool.
public struct JSONCDecoder: Sendable {
    /// Maximum nesting of arrays/objects accepted by the parser. Default 64.
    public var maxDepth: Int
    /// Values made available to `Decodable` implementations through `Decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates a decoder.
    ///
    /// - Parameters:
    ///   - maxDepth: Maximum nesting of arrays/objects (default 64; json-c's own default of 32 is
    ///     too tight for some importer documents).
    ///   - userInfo: Values exposed to `Decodable` implementations.
    public init(maxDepth: Int = 64, userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.maxDepth = maxDepth
        self.userInfo = userInfo
    }

    /// Parses `bytes` and decodes a `T` from the top-level value.
    ///
    /// - Throws: ``JSONError`` for malformed JSON; `DecodingError` when the JSON does not match `T`.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: some ContiguousBytes) throws -> T {
        try decode(type, from: parse(bytes).root)
    }

    /// Parses the UTF-8 of `text` and decodes a `T` from the top-level value.
    public func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decode(type, from: JSONDocument(parsing: text, maxDepth: maxDepth).root)
    }

    /// Decodes a `T` from a node of an already parsed document (for example `params` of a
    /// JSON-RPC request). Coding paths in errors are relative to `node`.
    public func decode<T: Decodable>(_ type: T.Type, from node: JSONNode) throws -> T {
        let impl = JSONCDecoderImpl(document: node.document, node: node.object, basePath: [], userInfo: userInfo.isEmpty ? [:] : userInfo.mapValues { $0 as Any })
        return try impl.unbox(node.object, as: T.self, depth: 0, extra: [], key: nil)
    }

    /// Parses `bytes` into a ``JSONDocument`` using this decoder's `maxDepth`.
    public func parse(_ bytes: some ContiguousBytes) throws -> JSONDocument {
        try JSONDocument(parsing: bytes, maxDepth: maxDepth)
    }
}
