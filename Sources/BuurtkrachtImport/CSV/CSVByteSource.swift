/// A stream of bytes that ``CSVReader`` reads in chunks.
///
/// Conform to this to feed the reader from something other than a file or an array, for
/// example a decompressor or a generator in a test. The reader calls ``read(into:)``
/// repeatedly until it returns 0.
///
/// ```swift
/// struct Repeating: CSVByteSource {
///     var remaining = 1_000
///     var sourceDescription: String? { nil }
///     mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
///         guard remaining > 0, buffer.count >= 6 else { return 0 }
///         remaining -= 1
///         buffer.copyBytes(from: "1;2;3\n".utf8)
///         return 6
///     }
/// }
/// ```
public protocol CSVByteSource {
    /// A description for error messages, typically the file path; `nil` for anonymous sources.
    var sourceDescription: String? { get }

    /// Copies up to `buffer.count` next bytes into `buffer`.
    ///
    /// - Parameter buffer: Where to put the bytes; never empty.
    /// - Returns: The number of bytes written; 0 only at the end of the stream.
    /// - Throws: ``CSVError`` with ``CSVError/Code/readFailed`` when reading fails.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int
}
