internal import CJSONC

/// Measurement hooks for `json-bench`, not part of the supported API.
///
/// They exist so the benchmark can time the alternative encode design (build json-c objects,
/// serialise with `json_object_to_json_string_length`) without a second C surface elsewhere.
@_spi(Benchmarks)
public enum _JSONCBenchmarkHooks {
    /// Deep-copies the document's tree (the allocation work of building a json-c tree of the same
    /// shape) and serialises the copy compactly; returns the output length.
    ///
    /// This is a lower bound for a json-c-based encoder: it leaves out the Codable walk that would
    /// create the objects.
    public static func buildAndSerializeWithJSONC(_ document: JSONDocument) -> Int {
        guard let root = document.rootObject else { return 4 }
        var copy: OpaquePointer?
        guard json_object_deep_copy(root, &copy, nil) == 0, let copy else { return 0 }
        defer { json_object_put(copy) }
        var length = 0
        _ = json_object_to_json_string_length(copy, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &length)
        return length
    }
}
