/// Encodes `Encodable` values as compact UTF-8 JSON.
///
/// Output has no insignificant whitespace, object keys appear in the order the type encodes them,
/// strings escape only `"`, `\` and control characters (`/` and non-ASCII are written as is),
/// doubles use the shortest round-tripping form (`0.1`, `1e-07`, integral values as `100`).
///
/// ```swift
/// let bytes = try JSONCEncoder().encode(queue)          // [UInt8]
/// ```
///
/// ## Splicing pre-encoded JSON
/// ``RawJSON`` and ``JSONNode`` values are written verbatim, which lets the JSON-RPC layer echo a
/// request `id` exactly as received and embed an already-encoded `result`:
///
/// ```swift
/// struct Response: Encodable { let jsonrpc = "2.0"; let id: JSONNode; let result: RawJSON }
/// ```
///
/// ## Value conventions (mirroring ``JSONCDecoder``)
/// `Date` → `"2026-11-23T10:15:30Z"` (`.SSS` only when the millisecond part, after rounding to the
/// nearest millisecond, is nonzero; years 0000–9999); `Data` → base64; `URL` → absolute string;
/// `Decimal` → number; `encodeIfPresent(nil)` omits the key; a value that encodes nothing
/// becomes `{}`.
///
/// ## Errors
/// Non-finite `Double`/`Float`/`Decimal` throw ``JSONError`` with code `.nonFiniteNumber` and the
/// dotted path of the field in the message; dates outside years 0000–9999 throw `.invalidValue`.
///
/// ## Design
/// Encoding writes bytes directly in Swift; json-c is used for parsing only. Building json-c
/// objects and serialising them was measured slower than this whole encoder before any Codable
/// work is counted (see the benchmark), and json-c prints doubles with 17 significant digits.
///
/// ## Thread safety
/// A value type holding configuration only; safe to share between threads.
///
/// ## Nested containers
/// Values stream straight into the output buffer. Containers obtained with `nestedContainer`/
/// `superEncoder` write to a side buffer that is spliced in when the enclosing value finishes, so
/// interleaved use works. Like every streaming encoder, containers must not be used after the
/// `encode(to:)` call that created them has returned.
public struct JSONCEncoder: Sendable {
    /// Values made available to `Encodable` implementations through `Encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]
    /// Bytes reserved up front for the output (grows as needed). Default 1024.
    public var initialCapacity: Int

    /// Creates an encoder.
    ///
    /// - Parameters:
    ///   - initialCapacity: Bytes reserved for the output before encoding starts.
    ///   - userInfo: Values exposed to `Encodable` implementations.
    public init(initialCapacity: Int = 1024, userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.initialCapacity = initialCapacity
        self.userInfo = userInfo
    }

    /// Encodes `value` as compact JSON.
    ///
    /// - Throws: ``JSONError`` for values JSON cannot represent; errors thrown by `encode(to:)`.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let impl = JSONCEncoderImpl(basePath: [], userInfo: userInfo.isEmpty ? [:] : userInfo.mapValues { $0 as Any }, capacity: initialCapacity)
        try impl.encodeValue(value, key: nil)
        return impl.finish()
    }

    /// Encodes `value` and appends the JSON to `buffer` (for example after a frame header).
    ///
    /// On error `buffer` is left unchanged.
    public func encode<T: Encodable>(_ value: T, appendingTo buffer: inout [UInt8]) throws {
        let impl = JSONCEncoderImpl(basePath: [], userInfo: userInfo.isEmpty ? [:] : userInfo.mapValues { $0 as Any }, capacity: initialCapacity)
        try impl.encodeValue(value, key: nil)
        impl.close()
        impl.writer.withBytes { buffer.append(contentsOf: $0) }
    }
}
