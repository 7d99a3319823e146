/// Coding-path component for an array element; renders as `[n]` in ``DecodingErrorSummary``.
///
/// `stringValue` follows Foundation (`"Index 3"`) and is computed on demand, so decoding arrays
/// allocates no key strings.
struct JSONIndexKey: CodingKey {
    let index: Int
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.index = intValue }
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
}
