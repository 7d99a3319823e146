/// A failure of a transport. It never goes on the wire: the server stops, or logs it.
public struct RPCTransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What failed.
    public var operation: String
    /// The `errno` value, when a system call failed.
    public var errno: Int32?

    /// Creates an error.
    public init(operation: String, errno: Int32? = nil) {
        self.operation = operation
        self.errno = errno
    }

    /// The output was closed by the other side, or by ``MessageTransport/finish()``.
    public static let outputClosed = RPCTransportError(operation: "write: the output is closed")

    /// `"<operation> (errno N)"`.
    public var description: String {
        errno.map { "\(operation) (errno \($0))" } ?? operation
    }
}
