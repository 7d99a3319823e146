/// A ``CSVByteSource`` over bytes already in memory.
///
/// Useful for tests and small inputs. `maxReadSize` limits how many bytes each read returns,
/// which lets tests exercise chunk boundaries with tiny chunks.
///
/// ```swift
/// let source = CSVMemoryByteSource(Array("a;b\n1;2\n".utf8), maxReadSize: 1)
/// let reader = try CSVReader(source: source)
/// ```
public struct CSVMemoryByteSource: CSVByteSource, Sendable {
    private let bytes: [UInt8]
    private let maxReadSize: Int
    private var position = 0

    /// Creates a source over `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The complete input.
    ///   - maxReadSize: The most bytes one read returns; values below 1 are treated as 1.
    public init(_ bytes: [UInt8], maxReadSize: Int = .max) {
        self.bytes = bytes
        self.maxReadSize = max(1, maxReadSize)
    }

    /// Always `nil`: an in-memory source has no path.
    public var sourceDescription: String? { nil }

    /// Copies the next bytes into `buffer`.
    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        let count = min(buffer.count, maxReadSize, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { all in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[position..<(position + count)]))
        }
        position += count
        return count
    }
}
