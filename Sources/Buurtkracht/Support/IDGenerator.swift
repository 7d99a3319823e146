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

    /// Type names, lower-cased at the first letter, once per type: `String(describing:)` walks
    /// the type's metadata, which cost a bulk import about 1.5 % of its time per record.
    private static let entityNames = Mutex<[ObjectIdentifier: String]>([:])

    static func entityName<Entity>(of type: Entity.Type) -> String {
        let key = ObjectIdentifier(type)
        if let known = entityNames.withLock({ $0[key] }) { return known }
        let name = String(describing: type)
        let entity = name.first.map { $0.lowercased() + name.dropFirst() } ?? "id"
        entityNames.withLock { $0[key] = entity }
        return entity
    }
}

/// RFC 9562 UUID version 7 text.
enum UUIDv7 {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The lower-case `8-4-4-4-12` text of a version 7 UUID: 48 bits of `milliseconds`, the
    /// version and variant bits, and 74 random bits. Written straight into the 36 bytes of the
    /// text (a bulk import makes one per record).
    static func make(milliseconds: UInt64, using generator: inout some RandomNumberGenerator) -> String {
        let random = (generator.next() as UInt64, generator.next() as UInt64)
        var bytes: (UInt64, UInt64) = (milliseconds << 16, 0)
        // Bytes 6–7: version 7 and 12 random bits; 8–15: variant 10 and 62 random bits.
        bytes.0 |= (0x7000 | (random.0 & 0x0FFF))
        bytes.1 = (0x8000_0000_0000_0000 | (random.1 & 0x3FFF_FFFF_FFFF_FFFF))
        return String(unsafeUninitializedCapacity: 36) { text in
            var position = 0
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    text[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = index < 8 ? bytes.0 : bytes.1
                let byte = UInt8(truncatingIfNeeded: word >> UInt64(8 * (7 - index % 8)))
                text[position] = hexDigits[Int(byte >> 4)]
                text[position + 1] = hexDigits[Int(byte & 0x0F)]
                position += 2
            }
            return position
        }
    }
}
