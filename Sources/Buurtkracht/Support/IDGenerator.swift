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
    private let generate: @Sendable (_ entityName: () -> String) -> String

    /// Creates a generator from a closure that receives the entity's type name in lower case
    /// (`"client"`, `"signal"`, …) and returns a new, unique identifier text.
    public init(_ generate: @escaping @Sendable (_ entityName: String) -> String) {
        self.generate = { entityName in generate(entityName()) }
    }

    /// A generator that does not use the entity's name, so that it is never made.
    private init(ignoringEntityName generate: @escaping @Sendable () -> String) {
        self.generate = { _ in generate() }
    }

    /// Returns a new identifier for the entity type the context asks for.
    public func callAsFunction<Entity>(_ entity: Entity.Type = Entity.self) -> Identifier<Entity> {
        Identifier(generate { Self.entityName(of: Entity.self) })
    }

    /// Time-ordered UUID version 7 identifiers (RFC 9562), from the system clock and random bits.
    public static var timeOrdered: IDGenerator {
        IDGenerator(ignoringEntityName: {
            var generator = SystemRandomNumberGenerator()
            return UUIDv7.make(
                milliseconds: UInt64(max(0, Date().timeIntervalSince1970 * 1000)),
                using: &generator
            )
        })
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

/// RFC 9562 UUID version 7 text: 48 bits of Unix milliseconds, the version (7), 12 random
/// bits, the variant (binary 10) and 62 random bits, as 36 lower-case characters
/// `xxxxxxxx-xxxx-7xxx-[89ab]xxx-xxxxxxxxxxxx`.
///
/// Written straight into the string's storage: a signal report makes two or three of these on
/// the store's single writer, where building them from per-byte strings cost about a tenth
/// of the write.
enum UUIDv7 {
    static func make(milliseconds: UInt64, using generator: inout some RandomNumberGenerator) -> String {
        let random = (generator.next() as UInt64, generator.next() as UInt64)
        // The 128 bits as two words: time and version and rand_a; variant and rand_b.
        let high = (milliseconds & 0xFFFF_FFFF_FFFF) << 16 | 0x7000 | (random.0 & 0x0FFF)
        let low = 0x8000_0000_0000_0000 | (random.1 & 0x3FFF_FFFF_FFFF_FFFF)
        return String(unsafeUninitializedCapacity: 36) { text in
            let digits: StaticString = "0123456789abcdef"
            var position = 0
            func write(_ word: UInt64, nibbles: ClosedRange<Int>) {
                for nibble in nibbles.reversed() {
                    if position == 8 || position == 13 || position == 18 || position == 23 {
                        text[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    text[position] = digits.utf8Start[Int(truncatingIfNeeded: word >> UInt64(4 * nibble)) & 0xF]
                    position += 1
                }
            }
            write(high, nibbles: 0...15)
            write(low, nibbles: 0...15)
            return position
        }
    }
}
