public import Foundation
internal import CJSONC

/// A parsed JSON document: owns the json-c tree produced by `json_tokener` and frees it
/// (`json_object_put`) when the last reference goes away.
///
/// Use a document when you need to look at JSON before deciding how to decode it — for example a
/// JSON-RPC envelope whose `method` selects the `Params` type:
///
/// ```swift
/// let document = try JSONDocument(parsing: frame)
/// let request = document.root
/// guard request["jsonrpc"]?.stringValue == "2.0",
///       let method = request["method"]?.stringValue else { … }
/// let params = try JSONCDecoder().decode(ReportSignal.Params.self, from: request["params"] ?? .null(in: document))
/// let id = request["id"]   // echo with `JSONNode` as an Encodable field, byte for byte
/// ```
///
/// ## json-c limits
/// Object keys are C strings in json-c: a key containing `\u0000` is cut at the NUL. For duplicate
/// keys the last value wins. String *values* keep embedded NULs.
///
/// ## Thread safety
/// A document is immutable after parsing and is `Sendable`: any number of threads may read it and
/// its ``JSONNode``s concurrently. This is sound because the layer only calls json-c accessors
/// that do not write to the tree (`json_object_get_type`, `…_get_int64/_uint64/_double/_boolean`,
/// `json_object_get_string` on string nodes only, `json_object_get_string_len`,
/// `json_object_object_get_ex`, `json_object_array_length/_get_idx`, `json_object_get_userdata`
/// and linked-list iteration of object members). It never calls `json_object_get`/`json_object_put`
/// on inner nodes and never calls `json_object_to_json_string*` (which caches into the node); the
/// root's single `json_object_put` happens in `deinit`, which Swift's atomic reference counting
/// runs exactly once, after every node (each holding a strong reference) is gone.
public final class JSONDocument: @unchecked Sendable {
    /// The root json-c object (+1 reference owned by this document), or nil for a top-level `null`.
    let rootObject: OpaquePointer?

    /// Parses one JSON value from `bytes` with json-c.
    ///
    /// Surrounding whitespace is allowed; anything else after the value throws
    /// ``JSONError/Code-swift.struct/trailingData``.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 JSON text (`[UInt8]`, `Data`, `UnsafeRawBufferPointer`, …).
    ///   - maxDepth: Maximum nesting of arrays/objects (default 64). json-c counts an empty
    ///     innermost container one level lighter, so `[[…[]…]]` may reach `maxDepth + 1`.
    /// - Throws: ``JSONError`` with the byte offset of the first problem.
    public convenience init(parsing bytes: some ContiguousBytes, maxDepth: Int = 64) throws {
        let root = try bytes.withUnsafeBytes { try JSONCParser.parse($0, maxDepth: maxDepth) }
        self.init(owning: root)
    }

    /// Parses one JSON value from a string's UTF-8 bytes. See ``init(parsing:maxDepth:)-(ContiguousBytes,_)``.
    public convenience init(parsing text: String, maxDepth: Int = 64) throws {
        var text = text
        let root = try text.withUTF8 { try JSONCParser.parse(UnsafeRawBufferPointer($0), maxDepth: maxDepth) }
        self.init(owning: root)
    }

    /// Takes ownership of one reference to `root`.
    init(owning root: OpaquePointer?) {
        self.rootObject = root
    }

    deinit {
        if let rootObject { json_object_put(rootObject) }
    }

    /// The top-level value. The node keeps this document alive.
    public var root: JSONNode { JSONNode(document: self, object: rootObject) }
}
