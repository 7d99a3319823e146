public import GRDB

/// A connection of its own to a database file, as another program would open one; it waits up to
/// 5 s for locks, since a store released just before may still be checkpointing its WAL.
public func rawDatabase(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    return try DatabaseQueue(path: path, configuration: configuration)
}
