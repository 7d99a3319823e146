import Buurtkracht
import Foundation
import Testing

/// Identifiers: UUID version 7 text in production, readable counters in tests.
@Suite("ID generator")
struct IDGeneratorTests {
    @Test func timeOrderedIDsAreVersionSevenUUIDTextWithTheCurrentTime() throws {
        let before = UInt64(Date().timeIntervalSince1970 * 1000)
        let id: Client.ID = IDGenerator.timeOrdered()
        let after = UInt64(Date().timeIntervalSince1970 * 1000)
        let text = id.rawValue
        let groups = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        #expect(groups.map(\.count) == [8, 4, 4, 4, 12])
        #expect(text.allSatisfy { "0123456789abcdef-".contains($0) })
        #expect(groups[2].first == "7")
        #expect(groups[3].first.map { "89ab".contains($0) } == true)
        let milliseconds = try #require(UInt64(groups[0] + groups[1], radix: 16))
        #expect((before...after).contains(milliseconds))
    }

    @Test func timeOrderedIDsDifferAndSortByTime() async throws {
        let ids = IDGenerator.timeOrdered
        let first: Client.ID = ids()
        let second: Client.ID = ids()
        #expect(first != second)
        try await Task.sleep(for: .milliseconds(3))
        let later: Client.ID = ids()
        #expect(first.rawValue < later.rawValue && second.rawValue < later.rawValue)
    }

    @Test func incrementingIDsNameTheEntity() {
        let ids = IDGenerator.incrementing()
        let client: Client.ID = ids()
        let signal: Signal.ID = ids()
        let again: Client.ID = ids()
        #expect([client.rawValue, signal.rawValue, again.rawValue] == ["client-00000001", "signal-00000002", "client-00000003"])
    }
}
