import Buurtkracht
import BuurtkrachtSQLite
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import GRDB
import PropertyBased
import Testing

/// Injection and bad input: every string field of every write path stores SQL metacharacters,
/// quotes, NUL bytes, emoji and combining marks, and 1 MB texts exactly, on every store, and
/// the SQLite file stays intact.
@Suite struct InjectionTests {
    /// A store to write into, and on SQLite the file to check afterwards.
    struct Store {
        let storage: any Storage
        let file: String?
        let folder: TemporaryFolder

        init(_ kind: StoreKind) throws {
            folder = try TemporaryFolder()
            switch kind {
            case .inMemory:
                storage = InMemoryStorage()
                file = nil
            case .sqlite:
                let path = folder.file("buurtkracht.sqlite")
                storage = try SQLiteStorage(path: path)
                file = path
            }
        }

        /// Expects `PRAGMA integrity_check` to answer `ok` on the SQLite file.
        func expectIntact() throws {
            guard let file else { return }
            let result = try rawDatabase(file).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(result == ["ok"])
        }
    }

    /// Writes `text` through `path` and expects the stored value to be the very same bytes.
    static func expectRoundTrip(_ text: String, through path: StringFieldWritePath, in world: TextWorld) async throws {
        let stored = try await path.roundTrip(world, text)
        #expect(
            stored.map { Array($0.utf8) == Array(text.utf8) } == true,
            "\(path.name): \(text.utf8.count) bytes in, \(stored.map { "\($0.utf8.count) bytes" } ?? "nothing") back"
        )
    }

    @Test(arguments: StoreKind.allCases)
    func everyFragmentRoundTripsThroughEveryWritePath(on kind: StoreKind) async throws {
        let store = try Store(kind)
        let world = try await TextWorld.make(storage: store.storage)
        // Every fragment once, in order, then in reverse between NUL bytes, ending on one.
        let texts = ["x" + HostileText.fragments.joined(), "x" + HostileText.fragments.reversed().joined(separator: "\u{0}") + "\u{0}"]
        for text in texts {
            for path in StringFieldWritePath.all {
                try await Self.expectRoundTrip(text, through: path, in: world)
            }
        }
        try store.expectIntact()
    }

    @Test(arguments: StoreKind.allCases)
    func randomHostileTextsRoundTripThroughEveryWritePath(on kind: StoreKind) async throws {
        let store = try Store(kind)
        let world = try await TextWorld.make(storage: store.storage)
        await propertyCheck(count: 8, input: HostileText.generator) { text in
            for path in StringFieldWritePath.all {
                try await Self.expectRoundTrip(text, through: path, in: world)
            }
        }
        try store.expectIntact()
    }

    @Test(arguments: StoreKind.allCases)
    func oneMegabyteTextsRoundTripThroughEveryWritePath(on kind: StoreKind) async throws {
        let store = try Store(kind)
        let world = try await TextWorld.make(storage: store.storage)
        let text = HostileText.large(1 << 20)
        for path in StringFieldWritePath.all {
            try await Self.expectRoundTrip(text, through: path, in: world)
        }
        try store.expectIntact()
    }

    @Test func theClientTableSurvivesAnInjectionAttemptInEveryClientField() async throws {
        let store = try Store(.sqlite)
        let world = try await TextWorld.make(storage: store.storage)
        let attack = "x'; DROP TABLE client; --"
        for path in StringFieldWritePath.all where path.name.hasPrefix("client.") {
            try await Self.expectRoundTrip(attack, through: path, in: world)
        }
        let count = try await world.services.storage.read { tx in try tx.clients.clients(matching: ClientQuery()).count }
        #expect(count > 1)
        try store.expectIntact()
    }
}
