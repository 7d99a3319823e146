@testable import Buurtkracht
import Testing

/// The in-memory store's table keeps its greatest key as rows come and go, so that the audit
/// log's last entry is found without a scan.
@Suite("In-memory table")
struct InMemoryTableTests {
    private func table(_ keys: [Int64]) throws -> Table<Int64, Int64> {
        var table = Table<Int64, Int64>(.auditEntry, id: { $0 })
        for key in keys { try table.insert(key) }
        table.commit()
        return table
    }

    @Test("the last key is the greatest inserted, whatever the order of inserts")
    func lastKeyFollowsInserts() throws {
        #expect(try table([]).lastKey == nil)
        #expect(try table([3, 9, 4]).lastKey == 9)
    }

    @Test("removing the greatest row finds the next greatest; removing another keeps it")
    func lastKeyAfterRemoval() throws {
        var rows = try table([3, 9, 4])
        try rows.remove(4)
        #expect(rows.lastKey == 9)
        try rows.remove(9)
        #expect(rows.lastKey == 3)
        try rows.remove(3)
        #expect(rows.lastKey == nil)
    }

    @Test("a rolled-back insert of a new greatest row gives the last key back")
    func lastKeyAfterRollback() throws {
        var rows = try table([3, 9])
        try rows.insert(12)
        #expect(rows.lastKey == 12)
        rows.rollback()
        #expect(rows.lastKey == 9)
        try rows.remove(9)
        rows.rollback()
        #expect(rows.lastKey == 9, "a rolled-back removal puts the row, and the key, back")
    }
}
