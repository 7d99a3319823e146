/// A mistake in the set of registered methods, found when the registry is built.
public struct RPCRegistryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String
    /// The method concerned.
    public var method: String

    /// Two methods with one name.
    public static func duplicate(_ name: String) -> RPCRegistryError {
        RPCRegistryError(
            message: "The method '\(name)' is registered twice. Give your method another name (for example with your own prefix, 'myapp.\(name)').",
            method: name
        )
    }

    /// A name that is empty or in a reserved space.
    public static func invalidName(_ name: String) -> RPCRegistryError {
        RPCRegistryError(
            message: "The method name '\(name)' is not allowed: names must be non-empty, and names starting with 'rpc.' are reserved by JSON-RPC.",
            method: name
        )
    }

    /// The message.
    public var description: String { message }
}
