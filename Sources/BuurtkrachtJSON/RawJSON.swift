public import Foundation

/// Already-encoded JSON text that ``JSONCEncoder`` writes verbatim, without re-encoding.
///
/// Use it to splice pre-rendered fragments into a larger document — the JSON-RPC layer writes
/// `{"jsonrpc":"2.0","id":<id as received>,"result":<encoded>}` by encoding a small envelope
/// struct whose `id` is a ``JSONNode`` (or `RawJSON`) and whose `result` is a `RawJSON` produced
/// by an earlier `encode` call:
///
/// ```swift
/// struct Envelope: Encodable { let jsonrpc = "2.0"; let id: RawJSON; let result: RawJSON }
/// let result = RawJSON(unchecked: try encoder.encode(queue))     // encoder output is valid JSON
/// let frame = try encoder.encode(Envelope(id: try request.root["id"]!.rawJSON(), result: result))
/// ```
///
/// Other encoders (e.g. Foundation's) receive the parsed structure instead of the bytes.
/// Decoding a `RawJSON` with ``JSONCDecoder`` captures the value's compact JSON text.
public struct RawJSON: Sendable, Hashable, CustomStringConvertible {
    /// The UTF-8 JSON text.
    public let bytes: [UInt8]

    /// Wraps bytes the caller guarantees to be one valid JSON value (for example the output of
    /// ``JSONCEncoder/encode(_:)``). Nothing is checked; invalid text produces invalid output.
    public init(unchecked bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Validates `bytes` by parsing them with json-c and stores a compact re-rendering
    /// (insignificant whitespace removed, number text kept).
    ///
    /// - Throws: ``JSONError`` if `bytes` is not exactly one valid JSON value.
    public init(validating bytes: some ContiguousBytes) throws {
        let document = try JSONDocument(parsing: bytes)
        self = try document.root.rawJSON()
    }

    /// JSON `null`.
    public static let null = RawJSON(unchecked: Array("null".utf8))

    /// The JSON text as a `String`.
    public var description: String { String(decoding: bytes, as: UTF8.self) }
}

extension RawJSON: Encodable {
    /// Writes the bytes verbatim with ``JSONCEncoder``; other encoders receive the parsed structure.
    public func encode(to encoder: any Encoder) throws {
        if let impl = encoder as? JSONCEncoderImpl {
            impl.writer.append(bytes)
            return
        }
        try JSONDocument(parsing: bytes).root.encode(to: encoder)
    }
}

extension RawJSON: Decodable {
    /// Captures the compact JSON text of the value being decoded. Only ``JSONCDecoder`` supports this.
    public init(from decoder: any Decoder) throws {
        guard let impl = decoder as? JSONCDecoderImpl else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "RawJSON can only be decoded by JSONCDecoder."))
        }
        do {
            self = try JSONNode(document: impl.document, object: impl.node).rawJSON()
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: impl.codingPath,
                debugDescription: "The value contains a non-finite number, which JSON cannot represent.",
                underlyingError: error))
        }
    }
}
