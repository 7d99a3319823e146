import Foundation
import Synchronization

/// Makes new identifiers; injected into every service so that rules never call `UUID()`.
///
/// Production code uses ``timeOrdered``, which makes UUID version 7 strings: unique, and
/// sorted by creation time, so that new rows are appended at the end of database indexes.
/// Tests use ``incrementing(start:)``, which makes readable, predictable identifiers:
///
/// ```swift
/// let ids = IDGenerator.incrementing()
/// let first: Client.ID = ids()   // "client-00000001"
/// let second: Signal.ID = ids()  // "signal-00000002"
/// ```
public struct IDGenerator: Sendable {
    private let generate: @Sendable (_ entityName: String) -> String

    /// Creates a generator from a closure that receives the entity's type name in lower case
    /// (`"client"`, `"signal"`, …) and returns a new, unique identifier text.
    public init(_ generate: @escaping @Sendable (_ entityName: String) -> String) {
        self.generate = generate
    }

    /// Returns a new identifier for the entity type the context asks for.
    public func callAsFunction<Entity>(_ entity: Entity.Type = Entity.self) -> Identifier<Entity> {
        Identifier(generate(Self.entityName(of: Entity.self)))
    }

    /// Time-ordered UUID version 7 identifiers (RFC 9562), from the system clock and random bits.
    public static var timeOrdered: IDGenerator {
        IDGenerator { _ in
            var generator = SystemRandomNumberGenerator()
            return UUIDv7.make(
                milliseconds: UInt64(max(0, Date().timeIntervalSince1970 * 1000)),
                using: &generator
            )
        }
    }

    /// Readable identifiers `"<entity>-<n>"`, with one shared counter starting at `start`,
    /// zero-padded so that text order equals creation order.
    public static func incrementing(start: Int = 1) -> IDGenerator {
        let counter = Mutex(start)
        return IDGenerator { entityName in
            let next = counter.withLock { value in
                defer { value += 1 }
                return value
            }
            let digits = String(next)
            let padded = String(repeating: "0", count: max(0, 8 - digits.count)) + digits
            return "\(entityName)-\(padded)"
        }
    }

    private static func entityName<Entity>(of type: Entity.Type) -> String {
        let name = String(describing: type)
        guard let first = name.first else { return "id" }
        return first.lowercased() + name.dropFirst()
    }
}

/// RFC 9562 UUID version 7 text.
enum UUIDv7 {
    static func make(milliseconds: UInt64, using generator: inout some RandomNumberGenerator) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 {
            bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> UInt64(8 * (5 - index)))
        }
        let random = (generator.next() as UInt64, generator.next() as UInt64)
        for index in 6..<16 {
            let word = index < 11 ? random.0 : random.1
            bytes[index] = UInt8(truncatingIfNeeded: word >> UInt64(8 * (index % 8)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x70
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]]
            .map { $0.joined() }
            .joined(separator: "-")
    }
}
