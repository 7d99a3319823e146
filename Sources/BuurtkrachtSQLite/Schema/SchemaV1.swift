import GRDB

/// The first schema: every aggregate's table, its child tables and the indexes the services'
/// queries need.
///
/// A released migration never changes; a later schema is a new migration (`v2`, …) in
/// ``Migrations``.
///
/// Conventions:
/// - Keys are the domain's identifier text. Aggregates refer to each other by id without
///   foreign keys, as the store protocols allow (a plan may name a client not yet imported,
///   an erased client leaves anonymised signals behind); foreign keys with `ON DELETE CASCADE`
///   tie child rows to the aggregate that owns them.
/// - Moments are REAL seconds since 2001-01-01T00:00:00Z, Foundation's reference date: the
///   very `Double` a `Date` holds, so values round-trip bit for bit. In a shell:
///   `datetime(reported_at + 978307200, 'unixepoch')`.
/// - Calendar days are `yyyy-MM-dd` text; enums and codes are their raw text; booleans 0 or 1.
/// - A nested value that may be absent (an address, arrears, a closure) is NULL in all of its
///   columns; its first required column tells whether it is present.
enum SchemaV1 {
    /// Marks the file as a Buurtkracht database (`PRAGMA application_id`, "BuKr").
    static let applicationID: Int32 = 0x4275_4B72

    /// Creates the schema.
    static func create(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: clients + signals + cases + directory + privacy + imports)
    }

    private static let addressColumns = """
        street TEXT, house_number TEXT, postcode TEXT, city TEXT, address_neighbourhood TEXT
        """

    private static let subjectColumns = """
        subject_kind TEXT NOT NULL, client_id TEXT, household_id TEXT,
        subject_street TEXT, subject_house_number TEXT, subject_postcode TEXT, subject_city TEXT,
        subject_neighbourhood TEXT
        """

    private static let clients = """
        CREATE TABLE household (
            id TEXT PRIMARY KEY NOT NULL, \(addressColumns), registered_at REAL NOT NULL);

        CREATE TABLE client (
            id TEXT PRIMARY KEY NOT NULL,
            given_names TEXT, name_prefix TEXT, family_name TEXT NOT NULL,
            birth_date TEXT, gender TEXT,
            -- The BSN only as a keyed look-up token and an AES-GCM sealed value; see BSNColumn.
            bsn_token TEXT, bsn_sealed BLOB,
            household_id TEXT, \(addressColumns),
            referral_source TEXT, problem_areas TEXT NOT NULL, has_forensic_title INTEGER NOT NULL,
            status TEXT NOT NULL, merged_into TEXT, registered_at REAL NOT NULL);
        CREATE INDEX client_by_bsn ON client(bsn_token) WHERE bsn_token IS NOT NULL;
        CREATE INDEX client_by_household ON client(household_id) WHERE household_id IS NOT NULL;
        CREATE INDEX client_by_neighbourhood ON client(address_neighbourhood);
        CREATE INDEX client_by_birth_date_postcode ON client(birth_date, postcode);

        -- (system, value) is unique: the importer finds a legacy record's client by it.
        CREATE TABLE client_external_id (
            system TEXT NOT NULL, value TEXT NOT NULL,
            client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE);
        CREATE UNIQUE INDEX client_external_id_by_system_value ON client_external_id(system, value);
        CREATE INDEX client_external_id_by_client ON client_external_id(client_id);

        """

    private static let signals = """
        CREATE TABLE signal (
            id TEXT PRIMARY KEY NOT NULL, \(subjectColumns),
            neighbourhood TEXT NOT NULL, \(addressColumns), address_key TEXT,
            reporter_kind TEXT NOT NULL, reporter_organisation TEXT, reporter_partner_id TEXT,
            reporter_professional_id TEXT,
            category TEXT NOT NULL, severity INTEGER NOT NULL,
            observed_at REAL NOT NULL, reported_at REAL NOT NULL, summary TEXT,
            arrears_cents INTEGER, arrears_months INTEGER, arrears_threat TEXT,
            status TEXT NOT NULL, status_changed_at REAL NOT NULL, contact_deadline REAL,
            assignee_id TEXT, merged_into TEXT,
            closure_outcome TEXT, closure_summary TEXT, closed_at REAL, closed_by TEXT,
            contact_attempts BLOB); -- see ContactAttemptsColumn
        -- The triage queue: the open signals of a neighbourhood (a small part of all, so the index
        -- is small and costs nothing when closed signals are loaded), and those observed recently.
        -- It holds the queue's whole order (reported_at, id), so the planner prefers it to the
        -- report's index even before ANALYZE has counted anything, and no sort is needed.
        CREATE INDEX signal_open_by_neighbourhood ON signal(neighbourhood, reported_at, id)
            WHERE status IN ('contactAttempted', 'new', 'triaged');
        CREATE INDEX signal_by_neighbourhood_observed ON signal(neighbourhood, observed_at);
        -- The neighbourhood report: signals reported in a period.
        CREATE INDEX signal_by_neighbourhood_reported ON signal(neighbourhood, reported_at);
        CREATE INDEX signal_by_client ON signal(client_id) WHERE client_id IS NOT NULL;
        CREATE INDEX signal_by_household ON signal(household_id) WHERE household_id IS NOT NULL;
        -- Earlier arrears signals about one address, looked up on every arrears report.
        CREATE INDEX signal_arrears_by_address ON signal(address_key, reported_at)
            WHERE category = 'paymentArrears' AND address_key IS NOT NULL;

        CREATE TABLE visit (
            id TEXT PRIMARY KEY NOT NULL, \(subjectColumns),
            signal_id TEXT, neighbourhood TEXT, professional_ids TEXT NOT NULL, volunteer_ids TEXT NOT NULL,
            at REAL NOT NULL, outcome TEXT NOT NULL, summary TEXT);
        CREATE INDEX visit_by_client ON visit(client_id) WHERE client_id IS NOT NULL;
        CREATE INDEX visit_by_household ON visit(household_id) WHERE household_id IS NOT NULL;
        CREATE INDEX visit_by_signal ON visit(signal_id) WHERE signal_id IS NOT NULL;
        CREATE INDEX visit_by_neighbourhood ON visit(neighbourhood, at);

        """

    private static let cases = """
        CREATE TABLE plan (
            id TEXT PRIMARY KEY NOT NULL,
            subject_kind TEXT NOT NULL, client_id TEXT, household_id TEXT,
            coordinator_id TEXT NOT NULL, neighbourhood TEXT, guidance_model TEXT NOT NULL,
            phase TEXT NOT NULL, started_at REAL NOT NULL,
            closure_reason TEXT, closure_justification TEXT, closed_at REAL, closed_by TEXT,
            details TEXT NOT NULL); -- JSON: programme, goals, actions, agreements, evaluations, phase history
        CREATE INDEX plan_by_neighbourhood ON plan(neighbourhood, started_at);
        CREATE INDEX plan_by_client ON plan(client_id) WHERE client_id IS NOT NULL;
        CREATE INDEX plan_by_household ON plan(household_id) WHERE household_id IS NOT NULL;
        CREATE INDEX plan_by_coordinator ON plan(coordinator_id);

        CREATE TABLE tie (
            id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL,
            counterpart_kind TEXT NOT NULL, counterpart_id TEXT, counterpart_name TEXT, relation TEXT,
            role TEXT, frequency TEXT NOT NULL, last_contact_at REAL, since REAL NOT NULL, ended_at REAL);
        CREATE INDEX tie_by_client ON tie(client_id);
        CREATE INDEX tie_by_counterpart ON tie(counterpart_kind, counterpart_id);

        CREATE TABLE volunteer (
            id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, skills TEXT NOT NULL, -- JSON array
            neighbourhood TEXT NOT NULL, capacity INTEGER NOT NULL, is_active INTEGER NOT NULL);
        CREATE INDEX volunteer_by_neighbourhood ON volunteer(neighbourhood);

        CREATE TABLE self_help_group (
            id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, theme TEXT NOT NULL, organiser_id TEXT NOT NULL,
            location TEXT NOT NULL, neighbourhood TEXT NOT NULL,
            schedule_weekday INTEGER NOT NULL, schedule_hour INTEGER NOT NULL, schedule_minute INTEGER NOT NULL,
            schedule_frequency TEXT NOT NULL, capacity INTEGER NOT NULL,
            details TEXT NOT NULL); -- JSON: facilitators, members, waiting list, meetings
        CREATE INDEX self_help_group_by_neighbourhood ON self_help_group(neighbourhood);

        CREATE TABLE referral (
            id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
            purpose TEXT NOT NULL, need TEXT, shares_client_data INTEGER NOT NULL, status TEXT NOT NULL,
            requested_by TEXT NOT NULL, requested_at REAL NOT NULL, status_changed_at REAL NOT NULL,
            decline_reason TEXT);
        CREATE INDEX referral_by_client ON referral(client_id);
        CREATE INDEX referral_by_target ON referral(target_kind, target_id);

        CREATE TABLE possible_duplicate (
            id TEXT PRIMARY KEY NOT NULL, first_id TEXT NOT NULL, second_id TEXT NOT NULL,
            reason TEXT NOT NULL, status TEXT NOT NULL, detected_at REAL NOT NULL,
            survivor_id TEXT, status_before_merge TEXT,
            decisions TEXT NOT NULL); -- JSON array
        CREATE INDEX possible_duplicate_by_first ON possible_duplicate(first_id);
        CREATE INDEX possible_duplicate_by_second ON possible_duplicate(second_id);
        CREATE INDEX possible_duplicate_by_status ON possible_duplicate(status);

        """

    private static let directory = """
        CREATE TABLE partner (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL);

        CREATE TABLE professional (
            id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, partner_id TEXT NOT NULL,
            role TEXT NOT NULL, is_active INTEGER NOT NULL);
        CREATE INDEX professional_by_partner ON professional(partner_id);

        CREATE TABLE access_token (
            id TEXT PRIMARY KEY NOT NULL, professional_id TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
            purpose TEXT NOT NULL, issued_at REAL NOT NULL, expires_at REAL, revoked_at REAL);
        CREATE INDEX access_token_by_professional ON access_token(professional_id);

        """

    private static let privacy = """
        -- Facts about the store itself, such as the BSN key check (see BSNKeyCheck); never a key.
        CREATE TABLE store_metadata (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE consent (
            id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL, partner_id TEXT NOT NULL,
            purpose TEXT NOT NULL, basis TEXT NOT NULL, valid_from REAL NOT NULL, valid_until REAL,
            withdrawn_at REAL, recorded_by TEXT NOT NULL);
        CREATE INDEX consent_by_client ON consent(client_id);
        CREATE INDEX consent_by_partner ON consent(partner_id);

        CREATE TABLE break_glass_grant (
            id TEXT PRIMARY KEY NOT NULL, professional_id TEXT NOT NULL, partner_id TEXT NOT NULL,
            client_id TEXT NOT NULL, reason TEXT NOT NULL, granted_at REAL NOT NULL, expires_at REAL NOT NULL,
            review_by TEXT, review_at REAL, review_justified INTEGER, review_note TEXT);
        CREATE INDEX break_glass_grant_by_client ON break_glass_grant(client_id, granted_at);
        CREATE INDEX break_glass_grant_by_time ON break_glass_grant(granted_at);

        -- Append-only: the triggers refuse changes that the audit chain would otherwise only detect.
        -- The one exception is erasure's pseudonymisation: record id and subject may be replaced
        -- when the entry is marked pseudonymised at the same time (see SQLiteAuditLog.pseudonymise).
        CREATE TABLE audit_entry (
            sequence INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL UNIQUE, at REAL NOT NULL,
            actor_id TEXT NOT NULL, partner_id TEXT NOT NULL, role TEXT NOT NULL, purpose TEXT NOT NULL,
            action TEXT NOT NULL, record_kind TEXT NOT NULL, record_id TEXT NOT NULL, subject_id TEXT,
            outcome TEXT NOT NULL, basis TEXT, detail TEXT, commitment TEXT, is_pseudonymised INTEGER NOT NULL,
            previous_digest TEXT, digest TEXT);
        CREATE INDEX audit_entry_by_subject ON audit_entry(subject_id) WHERE subject_id IS NOT NULL;
        CREATE INDEX audit_entry_by_actor ON audit_entry(actor_id);
        CREATE INDEX audit_entry_by_record ON audit_entry(record_kind, record_id);
        CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OF
            sequence, id, at, actor_id, partner_id, role, purpose, action, record_kind, outcome, basis, detail,
            commitment, previous_digest, digest ON audit_entry
            BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER audit_entry_only_pseudonymised BEFORE UPDATE OF record_id, subject_id, is_pseudonymised
            ON audit_entry WHEN NEW.is_pseudonymised IS NOT 1
            BEGIN SELECT RAISE(ABORT, 'audit entries are append-only; only pseudonymisation may change them'); END;
        CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
            BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;

        """

    private static let imports = """
        CREATE TABLE import_run (
            id TEXT PRIMARY KEY NOT NULL, source_system TEXT NOT NULL, file_name TEXT NOT NULL,
            file_fingerprint TEXT NOT NULL, started_by TEXT NOT NULL, started_at REAL NOT NULL, finished_at REAL,
            status TEXT NOT NULL, checkpoint_row INTEGER, checkpoint_byte_offset INTEGER,
            read_count INTEGER NOT NULL, created_count INTEGER NOT NULL, updated_count INTEGER NOT NULL,
            unchanged_count INTEGER NOT NULL, rejected_count INTEGER NOT NULL);

        CREATE TABLE import_provenance (
            run_id TEXT NOT NULL, record_kind TEXT NOT NULL, record_id TEXT NOT NULL,
            source_system TEXT NOT NULL, legacy_id TEXT NOT NULL, file_name TEXT NOT NULL, row INTEGER NOT NULL,
            change TEXT NOT NULL, previous_version BLOB,
            PRIMARY KEY (run_id, record_kind, record_id)) WITHOUT ROWID;
        CREATE INDEX import_provenance_by_record ON import_provenance(record_kind, record_id);
        CREATE INDEX import_provenance_by_legacy_id ON import_provenance(source_system, legacy_id);
        CREATE INDEX import_provenance_by_run_row ON import_provenance(run_id, row);
        """
}
