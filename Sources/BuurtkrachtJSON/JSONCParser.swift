internal import CJSONC

/// Parses bytes into a json-c tree. All use of `json_tokener` lives here.
enum JSONCParser {
    /// The nesting depth used when none is given: 64 arrays/objects.
    ///
    /// json-c's own default (32) is too tight for some importer documents; 64 keeps recursion in
    /// the decoder bounded while leaving ample room for real data.
    static let defaultMaxDepth = 64

    /// Parses exactly one JSON value (surrounding whitespace allowed).
    ///
    /// - Returns: the root object with a +1 reference owned by the caller, or `nil` for a
    ///   top-level JSON `null` (json-c represents null as a NULL pointer).
    static func parse(_ bytes: UnsafeRawBufferPointer, maxDepth: Int) throws -> OpaquePointer? {
        let n = bytes.count
        guard n < Int(Int32.max) else {
            throw JSONError(code: .inputTooLarge, message: "The input is larger than the 2 GiB json-c can parse; split it into smaller documents.", byteOffset: 0)
        }
        guard let base = bytes.baseAddress, n > 0 else {
            throw JSONError(code: .unexpectedEnd, message: "The input is empty; expected a JSON value.", byteOffset: 0)
        }
        guard maxDepth >= 1 else {
            throw JSONError(code: .depthExceeded, message: "maxDepth must be at least 1.", byteOffset: 0)
        }
        let bytePointer = base.assumingMemoryBound(to: UInt8.self)
        do {
            try JSONInputScanner.validate(bytePointer, count: n)
        } catch let error as JSONError {
            // Garbage after a complete value is trailing data, not a syntax error in the value.
            if let offset = error.byteOffset, offset > 0,
               case .success(let root) = try? tokenize(base, count: offset, maxDepth: maxDepth),
               root.end == offset || (root.end..<offset).allSatisfy({ isWhitespace(bytePointer[$0]) }) {
                if let object = root.object { json_object_put(object) }
                throw JSONError(code: .trailingData, message: "Unexpected data after the JSON value; send exactly one JSON value per message.", byteOffset: offset)
            }
            throw error
        }

        switch try tokenize(base, count: n, maxDepth: maxDepth) {
        case .failure(let error):
            throw error
        case .success(let result):
            var i = result.end
            while i < n, isWhitespace(bytePointer[i]) { i += 1 }
            if i < n {
                if let object = result.object { json_object_put(object) }
                throw JSONError(code: .trailingData, message: "Unexpected data after the JSON value; send exactly one JSON value per message.", byteOffset: i)
            }
            return result.object
        }
    }

    /// A parsed value and the offset where json-c stopped (after it, only trailing bytes).
    struct Parsed: @unchecked Sendable {
        /// +1 reference, nil for JSON null. `@unchecked`: only moved between frames of one call.
        let object: OpaquePointer?
        let end: Int
    }

    /// Runs json-c over `count` bytes; a failure carries the mapped error.
    private static func tokenize(_ base: UnsafeRawPointer, count n: Int, maxDepth: Int) throws -> Result<Parsed, JSONError> {
        // json-c's depth counts the innermost scalar as a level, so allow maxDepth containers + 1.
        let tokenerDepth = Int32(clamping: maxDepth + 1)
        let pooled = maxDepth == defaultMaxDepth
        let handle: TokenerHandle?
        if pooled {
            handle = TokenerPool.shared.take(depth: tokenerDepth)
        } else {
            handle = json_tokener_new_ex(tokenerDepth).map(TokenerHandle.init(pointer:))
        }
        guard let handle else {
            throw JSONError(code: .syntax, message: "json-c could not allocate a tokener (out of memory).", byteOffset: 0)
        }
        defer {
            if pooled { TokenerPool.shared.give(back: handle) } else { json_tokener_free(handle.pointer) }
        }
        let tok = handle.pointer
        // STRICT: no comments, trailing commas, etc.
        // ALLOW_TRAILING_CHARS: json-c stops after the value; the caller reports trailing data.
        // UTF-8 is validated (more strictly) by JSONInputScanner.
        json_tokener_set_flags(tok, Int32(JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS))

        let chars = base.assumingMemoryBound(to: CChar.self)
        var root = json_tokener_parse_ex(tok, chars, Int32(n))
        var error = json_tokener_get_error(tok)
        var errorBase = 0
        if error == json_tokener_continue {
            // A top-level scalar (`123`, `true`) needs a delimiter before json-c completes it.
            var space: CChar = 0x20
            root = json_tokener_parse_ex(tok, &space, 1)
            error = json_tokener_get_error(tok)
            errorBase = n
            if error == json_tokener_continue {
                if let root { json_object_put(root) }
                return .failure(JSONError(code: .unexpectedEnd, message: "The JSON text ends before the value is complete (truncated input?).", byteOffset: n))
            }
        }
        let end = json_tokener_get_parse_end(tok)
        guard error == json_tokener_success else {
            if let root { json_object_put(root) }
            return .failure(makeError(error, offset: errorBase + end, bytes: base.assumingMemoryBound(to: UInt8.self), count: n, maxDepth: maxDepth))
        }
        return .success(Parsed(object: root, end: errorBase == 0 ? end : n))
    }

    @inline(__always)
    static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    private static func describeByte(at offset: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> String {
        guard offset < n else { return "end of input" }
        let b = p[offset]
        if b >= 0x21 && b < 0x7F {
            return "'\(Character(Unicode.Scalar(b)))'"
        }
        return "byte 0x\(String(b, radix: 16))"
    }

    private static func makeError(_ error: json_tokener_error, offset: Int, bytes p: UnsafePointer<UInt8>, count n: Int, maxDepth: Int) -> JSONError {
        let found = describeByte(at: offset, p, n)
        switch error {
        case json_tokener_error_depth:
            return JSONError(code: .depthExceeded, message: "Arrays/objects nest deeper than the limit of \(maxDepth) levels; flatten the document.", byteOffset: offset)
        case json_tokener_error_parse_eof:
            return JSONError(code: .unexpectedEnd, message: "The JSON text ends before the value is complete (truncated input?).", byteOffset: offset)
        case json_tokener_error_parse_unexpected:
            return JSONError(code: .syntax, message: "Unexpected \(found); expected a JSON value.", byteOffset: offset)
        case json_tokener_error_parse_null, json_tokener_error_parse_boolean:
            return JSONError(code: .syntax, message: "Invalid literal at \(found); expected true, false or null.", byteOffset: offset)
        case json_tokener_error_parse_number:
            return JSONError(code: .invalidNumber, message: "Malformed number at \(found); numbers look like -12, 3.5 or 1e-7.", byteOffset: offset)
        case json_tokener_error_parse_array:
            return JSONError(code: .syntax, message: "Unexpected \(found) in an array; expected ',' or ']'.", byteOffset: offset)
        case json_tokener_error_parse_object_key_name:
            return JSONError(code: .syntax, message: "Unexpected \(found) in an object; expected a double-quoted key.", byteOffset: offset)
        case json_tokener_error_parse_object_key_sep:
            return JSONError(code: .syntax, message: "Unexpected \(found) after an object key; expected ':'.", byteOffset: offset)
        case json_tokener_error_parse_object_value_sep:
            return JSONError(code: .syntax, message: "Unexpected \(found) in an object; expected ',' or '}'.", byteOffset: offset)
        case json_tokener_error_parse_string:
            return JSONError(code: .syntax, message: "Invalid escape sequence in a string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.", byteOffset: offset)
        case json_tokener_error_parse_comment:
            return JSONError(code: .syntax, message: "Comments are not allowed in JSON.", byteOffset: offset)
        case json_tokener_error_parse_utf8_string:
            return JSONError(code: .invalidUTF8, message: "The input is not valid UTF-8; re-encode the text as UTF-8 before sending it.", byteOffset: offset)
        case json_tokener_error_size:
            return JSONError(code: .inputTooLarge, message: "The input is larger than json-c can parse; split it into smaller documents.", byteOffset: offset)
        default:
            return JSONError(code: .syntax, message: "Invalid JSON at \(found).", byteOffset: offset)
        }
    }
}
