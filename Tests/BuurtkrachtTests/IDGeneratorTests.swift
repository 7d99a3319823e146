@testable import Buurtkracht
import Foundation
import Testing

/// Identifiers: UUID version 7 text as RFC 9562 lays it out, and the readable test ids.
@Suite("Identifier generation")
struct IDGeneratorTests {
    /// Hands out fixed words, so that every bit of the result can be checked.
    struct FixedWords: RandomNumberGenerator {
        var words: [UInt64]
        mutating func next() -> UInt64 { words.removeFirst() }
    }

    @Test("UUIDv7 text: time in the first 48 bits, version 7, variant 10, random bits in their places")
    func layout() {
        var random = FixedWords(words: [0xFFFF_FFFF_FFFF_FABC, 0x0123_4567_89AB_CDEF])
        let text = UUIDv7.make(milliseconds: 0x0193_5A2B_3C4D, using: &random)
        // rand_a is the low 12 bits of the first word; rand_b the low 62 bits of the second.
        #expect(text == "01935a2b-3c4d-7abc-8123-456789abcdef")
    }

    @Test("UUIDv7 variant bits overwrite the random word's top bits, and only those")
    func variantBits() {
        var random = FixedWords(words: [0, 0xFFFF_FFFF_FFFF_FFFF])
        #expect(UUIDv7.make(milliseconds: 0, using: &random) == "00000000-0000-7000-bfff-ffffffffffff")
    }

    @Test("UUIDv7 keeps only 48 bits of milliseconds")
    func millisecondsAreTruncatedTo48Bits() {
        var random = FixedWords(words: [0, 0])
        #expect(UUIDv7.make(milliseconds: 0xABCD_FFFF_FFFF_FFFF, using: &random) == "ffffffff-ffff-7000-8000-000000000000")
    }

    @Test("a time-ordered id carries the current Unix milliseconds in its first 48 bits")
    func timeOrderedCarriesTheCurrentTime() throws {
        let before = UInt64(Date().timeIntervalSince1970 * 1000)
        let id: Client.ID = IDGenerator.timeOrdered()
        let after = UInt64(Date().timeIntervalSince1970 * 1000)
        let groups = id.rawValue.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        #expect(groups.map(\.count) == [8, 4, 4, 4, 12])
        let milliseconds = try #require(UInt64(groups[0] + groups[1], radix: 16))
        #expect((before...after).contains(milliseconds))
    }

    @Test("time-ordered ids parse as UUIDs of version 7, are unique, and sort by creation time")
    func timeOrdered() throws {
        let ids = IDGenerator.timeOrdered
        let first: Signal.ID = ids()
        Thread.sleep(forTimeInterval: 0.002)
        let made: [Signal.ID] = (0..<1_000).map { _ in ids() }
        for id in [first] + made {
            let uuid = try #require(UUID(uuidString: id.rawValue), "\(id.rawValue) is a UUID")
            #expect(uuid.uuid.6 >> 4 == 7)
            #expect(uuid.uuid.8 >> 6 == 0b10)
            #expect(id.rawValue == id.rawValue.lowercased())
        }
        #expect(Set(made).count == made.count)
        #expect(made.allSatisfy { first.rawValue < $0.rawValue }, "a later millisecond sorts after")
    }

    @Test("incrementing ids name their entity and count across entities")
    func incrementing() {
        let ids = IDGenerator.incrementing(start: 9)
        let client: Client.ID = ids()
        let signal: Signal.ID = ids()
        #expect(client.rawValue == "client-00000009")
        #expect(signal.rawValue == "signal-00000010")
    }
}
