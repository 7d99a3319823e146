import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import GRDB
import Testing

/// The privacy commands of the real `buurtkracht`: key files, `audit verify` on a tampered
/// database, `erase-subject` and `retention apply`.
@Suite("Privacy commands", .serialized)
struct PrivacyCommandTests {
    /// A folder with a key file and a database that holds a client with a BSN and a sealed audit trail.
    struct Database {
        let scratch: ScratchFolder
        var folder: URL { scratch.url }
        var path: String { scratch.path("buurtkracht.sqlite") }
        var key: String { scratch.path("keys.key") }
        let client: Client.ID

        static func make() async throws -> Database {
            let scratch = try ScratchFolder()
            let folder = scratch.url
            let key = folder.appendingPathComponent("keys.key").path
            let generated = try CommandLineRun.buurtkracht(["key", "generate", "--out", key])
            #expect(generated.status == 0, "\(generated.stderr)")
            let path = folder.appendingPathComponent("buurtkracht.sqlite").path
            let storage = try SQLiteStorage(path: path, bsnProtection: try KeyedBSNProtection(keyFile: key))
            let world = try await TestNeighbourhood.make(storage: storage, environment: ServiceEnvironment(auditSealer: SHA256AuditSealer()))
            let client = try await world.registerClient(familyName: "El Amrani", givenNames: "Fatima", bsn: try BSN("111222333"))
            _ = try await world.services.clients.client(client.id, context: world.coordinator)
            return Database(scratch: scratch, client: client.id)
        }

        func run(_ arguments: [String]) throws -> CommandLineRun {
            try CommandLineRun.buurtkracht(arguments + ["--db", path, "--key-file", key])
        }

        /// Changes the file behind the adapter's back, as someone with the file could.
        func tamper(_ sql: String) throws {
            try rawDatabase(path).write { db in
                try db.execute(sql: "DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_only_pseudonymised; DROP TRIGGER audit_entry_no_delete")
                try db.execute(sql: sql)
            }
        }

        func auditEntryID(sequence: Int) throws -> String {
            try rawDatabase(path).read { db in
                try String.fetchOne(db, sql: "SELECT id FROM audit_entry WHERE sequence = ?", arguments: [sequence]) ?? ""
            }
        }
    }

    @Test("key generate writes a 0600 key file and never overwrites one")
    func keyGenerate() async throws {
        let database = try await Database.make()
        let mode = try FileManager.default.attributesOfItem(atPath: database.key)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try KeyedBSNProtection(keyFile: database.key).keyCheck.count == 64)
        let before = try Data(contentsOf: URL(fileURLWithPath: database.key))
        let again = try CommandLineRun.buurtkracht(["key", "generate", "--out", database.key])
        #expect(again.status != 0)
        #expect(again.stderr.contains("never overwrites"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.key)) == before)
    }

    @Test("audit verify passes an intact chain")
    func verifyIntact() async throws {
        let database = try await Database.make()
        let result = try database.run(["audit", "verify"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Audit chain intact"))
    }

    @Test("an edited row is reported as the first broken link")
    func verifyEdited() async throws {
        let database = try await Database.make()
        let edited = try database.auditEntryID(sequence: 3)
        try database.tamper("UPDATE audit_entry SET purpose = 'safety' WHERE sequence = 3")
        let result = try database.run(["audit", "verify"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("audit entry \(edited) (sequence 3): contentChanged"), "\(result.stderr)")
    }

    @Test("a deleted row breaks the chain at the entry after it")
    func verifyDeleted() async throws {
        let database = try await Database.make()
        let next = try database.auditEntryID(sequence: 5)
        try database.tamper("DELETE FROM audit_entry WHERE sequence = 4")
        let result = try database.run(["audit", "verify"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("audit entry \(next) (sequence 5)"), "\(result.stderr)")
    }

    @Test("reordered rows break the chain at the first of them")
    func verifyReordered() async throws {
        let database = try await Database.make()
        let second = try database.auditEntryID(sequence: 2)
        try database.tamper("""
            UPDATE audit_entry SET sequence = -1 WHERE sequence = 2;
            UPDATE audit_entry SET sequence = 2 WHERE sequence = 3;
            UPDATE audit_entry SET sequence = 3 WHERE sequence = -1;
            """)
        let first = try database.auditEntryID(sequence: 2)
        #expect(first != second)
        let result = try database.run(["audit", "verify"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("audit entry \(first) (sequence 2)"), "\(result.stderr)")
    }

    @Test("a subject hidden behind a hand-set pseudonymised flag is found")
    func verifyFakePseudonym() async throws {
        let database = try await Database.make()
        let hidden = try await rawDatabase(database.path).read { db in
            try String.fetchOne(db, sql: "SELECT id FROM audit_entry WHERE subject_id IS NOT NULL ORDER BY sequence LIMIT 1") ?? ""
        }
        try database.tamper("UPDATE audit_entry SET is_pseudonymised = 1, subject_id = 'client-x' WHERE id = '\(hidden)'")
        let result = try database.run(["audit", "verify"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("audit entry \(hidden)") && result.stderr.contains("unconfirmedPseudonym"), "\(result.stderr)")
    }

    @Test("erase-subject removes the client and the chain still verifies")
    func eraseSubject() async throws {
        let database = try await Database.make()
        let refused = try database.run(["erase-subject", database.client.rawValue, "--reason", "because she asked"])
        #expect(refused.status != 0)
        let erased = try database.run(["erase-subject", database.client.rawValue, "--reason", "subjectRequest"])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("Removed: client 1"))
        let storage = try SQLiteStorage(path: database.path, bsnProtection: try KeyedBSNProtection(keyFile: database.key))
        #expect(try await storage.read { try $0.clients.client(database.client) } == nil)
        #expect(try database.run(["audit", "verify"]).status == 0)
    }

    @Test("retention apply --dry-run lists and changes nothing")
    func retentionDryRun() async throws {
        let database = try await Database.make()
        let result = try database.run(["retention", "apply", "--dry-run", "--plan-years", "1", "--signal-months", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Would erase 0 clients"))
    }

    @Test("without --key-file a key beside a new database is created; a database with BSNs and no key is refused")
    func defaultKeyFile() async throws {
        let database = try await Database.make()
        let fresh = database.folder.appendingPathComponent("new").path
        try FileManager.default.createDirectory(atPath: fresh, withIntermediateDirectories: true)
        let created = try CommandLineRun.buurtkracht(["audit", "verify", "--db", fresh + "/buurtkracht.sqlite"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("Created a new BSN key file"))
        let mode = try FileManager.default.attributesOfItem(atPath: fresh + "/buurtkracht.key")[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let refused = try CommandLineRun.buurtkracht(["audit", "verify", "--db", database.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("keyMissing") || refused.stderr.contains("no key file"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: database.folder.appendingPathComponent("buurtkracht.key").path))

        let wrong = try CommandLineRun.buurtkracht(
            ["audit", "verify", "--db", database.path], environment: ["BUURTKRACHT_KEY_FILE": fresh + "/buurtkracht.key"]
        )
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("does not match"), "\(wrong.stderr)")
    }
}
