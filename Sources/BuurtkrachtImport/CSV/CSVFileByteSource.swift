/// A ``CSVByteSource`` that reads a file with POSIX `read`, chunk by chunk.
///
/// Memory use does not depend on the file size. The file descriptor is closed when the
/// source is deinitialised. The type is not `Sendable`: it is a cursor over an open file and
/// belongs to the one reader that consumes it.
///
/// ```swift
/// let reader = try CSVReader(source: CSVFileByteSource(path: "/data/export.csv"))
/// ```
public final class CSVFileByteSource: CSVByteSource {
    private let fd: Int32
    private let path: String

    /// Opens the file at `path` for reading.
    ///
    /// - Throws: ``CSVError`` with ``CSVError/Code/fileNotFound`` or
    ///   ``CSVError/Code/fileNotReadable``.
    public init(path: String) throws(CSVError) {
        self.fd = try POSIXFile.openForReading(path)
        self.path = path
    }

    deinit {
        POSIXFile.closeDescriptor(fd)
    }

    /// The file path.
    public var sourceDescription: String? { path }

    /// Reads the next chunk of the file.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        try POSIXFile.read(fd, into: buffer, path: path)
    }
}
