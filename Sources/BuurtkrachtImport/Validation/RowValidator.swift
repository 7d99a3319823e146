import Buurtkracht

/// The validation stage: turns a ``SourceRecord`` into a ``ValidatedRow``, or into the list of
/// every reason it is rejected. Pure — it never looks at the store — so a dry run and a real
/// run validate identically.
///
/// Dates, BSNs, postcodes and codes are checked on the field's bytes; strings are made only for
/// text that is stored.
struct RowValidator {
    let mapping: ImportMapping
    let recordIDIndex: Int
    let clientFields: [String: BoundField]
    let householdFields: [String: BoundField]
    let signalFields: [String: BoundField]
    let planFields: [String: BoundField]
    let membershipFields: [String: BoundField]
    let mappedClientFields: ClientFields
    private let unknownMarkers: [[UInt8]]
    private let currentYear: Int
    /// 64-bit hashes of the legacy ids seen so far in this file, to find repeated ids without
    /// keeping the ids themselves.
    private var seenIDs = Set<UInt64>()

    /// Binds the mapping to the source's columns.
    ///
    /// - Throws: ``ImportError/Code/unknownColumn`` naming the missing column and the file's columns.
    init(mapping: ImportMapping, source: any RecordSource, currentYear: Int) throws(ImportError) {
        self.mapping = mapping
        self.currentYear = currentYear
        unknownMarkers = (mapping.unknownValues ?? ImportMapping.defaultUnknownValues).map { Array($0.lowercased().utf8) }
        func index(of column: String, for field: String) throws(ImportError) -> Int {
            guard let index = source.columnIndex(of: column) else {
                let known = source.columnNames.map { " The file's columns are: \($0.joined(separator: ", "))." } ?? ""
                throw ImportError(
                    code: .unknownColumn,
                    message: "The mapping's \(field) names the column '\(column)', which the file does not have.\(known) Correct the mapping.",
                    context: ["column": column])
            }
            return index
        }
        recordIDIndex = try index(of: mapping.recordID, for: "recordID")
        func bind(_ section: String, _ fields: [String: FieldMapping]?) throws(ImportError) -> [String: BoundField] {
            var bound: [String: BoundField] = [:]
            let catalogue = MappingCatalogue.fields(of: section)
            for (name, field) in fields ?? [:] {
                let columnIndex = try field.column.map { (column) throws(ImportError) -> Int in try index(of: column, for: "\(section).\(name)") }
                bound[name] = BoundField(
                    name: "\(section).\(name)", mapping: field, index: columnIndex,
                    allowed: catalogue.first { $0.name == name }?.allowedValues)
            }
            return bound
        }
        clientFields = try bind("client", mapping.client)
        householdFields = try bind("household", mapping.household)
        signalFields = try bind("signal", mapping.signal)
        planFields = try bind("plan", mapping.plan)
        membershipFields = try bind("groupMembership", mapping.groupMembership)
        var mapped: ClientFields = []
        let pairs: [(String, ClientFields)] = [
            ("givenNames", .givenNames), ("prefix", .prefix), ("birthDate", .birthDate), ("gender", .gender), ("bsn", .bsn),
            ("referralSource", .referralSource), ("problemAreas", .problemAreas), ("hasForensicTitle", .hasForensicTitle),
            ("registeredAt", .registeredAt), ("status", .status),
        ]
        let bound = clientFields
        for (name, flag) in pairs where bound[name] != nil { mapped.insert(flag) }
        if ["street", "houseNumber", "houseNumberAddition", "postcode", "city", "neighbourhood"].contains(where: { bound[$0] != nil }) {
            mapped.insert(.address)
        }
        if mapping.household != nil { mapped.insert(.household) }
        mappedClientFields = mapped
    }

    /// What the rejects file blanks: the columns of every field of type `bsn`, and any other
    /// column whose header names a BSN (`BSN`, `Burgerservicenummer`, `Sofinummer`), mapped or not.
    func bsnRedaction(source: any RecordSource, isJSONLines: Bool) -> BSNRedaction {
        var columns: [Int: String] = [:]
        for field in [clientFields, householdFields, signalFields, planFields, membershipFields].flatMap(\.values) {
            if field.type == .bsn, let index = field.index, let column = field.column { columns[index] = column }
        }
        let bsnNames = Set(ColumnNames.clientText.first { $0.0 == "bsn" }?.1 ?? [])
        for (index, name) in (source.columnNames ?? []).enumerated() where bsnNames.contains(MappingInference.fold(name)) {
            columns[index] = name
        }
        let indices = columns.keys.sorted()
        return BSNRedaction(fields: indices, columns: indices.compactMap { columns[$0] }, isJSONLines: isJSONLines)
    }

    /// Notes the legacy id of a row that an earlier, interrupted attempt already handled, so that
    /// a later row with the same id is still found to repeat it.
    mutating func remember(_ record: SourceRecord) {
        let id = record.string(recordIDIndex)
        if !id.isEmpty { seenIDs.insert(Self.hash(id)) }
    }

    /// Validates one row.
    mutating func validate(_ record: SourceRecord) -> Result<ValidatedRow, RejectedRow> {
        let legacyID = record.string(recordIDIndex)
        // Before the context takes its copy of the validator, so that the set is not copied.
        let isNew = legacyID.isEmpty || seenIDs.insert(Self.hash(legacyID)).inserted
        var context = Context(record: record, validator: self)
        if record.hasErrors {
            return .failure(RejectedRow(row: record.row, diagnostics: record.diagnostics.filter { $0.severity == .error }))
        }
        if legacyID.isEmpty {
            context.fail(.blankLegacyID, "The record id is empty; every row needs the legacy system's id to be imported and re-imported without duplicates.", column: mapping.recordID)
        } else if !isNew {
            context.fail(.duplicateLegacyID, "This record id already occurs on an earlier row of the file; only the first row with an id is imported. Remove or renumber the repeated row in the source system.", column: mapping.recordID)
        }
        var row = ValidatedRow(row: record.row, legacyID: legacyID)
        if mapping.client != nil { row.client = context.client() }
        if mapping.household != nil { row.householdID = context.text(householdFields["id"]) }
        if mapping.signal != nil { row.signal = context.signal(legacyID: legacyID) }
        if mapping.plan != nil { row.plan = context.plan(legacyID: legacyID) }
        if mapping.groupMembership != nil { row.membership = context.membership() }
        if !context.errors.isEmpty {
            return .failure(RejectedRow(row: record.row, diagnostics: context.errors))
        }
        row.warnings = record.diagnostics
        return .success(row)
    }

    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Whether trimmed `bytes` say "unknown".
    func isUnknown(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 8 else { return false }
        return unknownMarkers.contains { ByteText.equalsIgnoringCase(bytes, $0) }
    }

    var year: Int { currentYear }
}

/// A row that is rejected, with every reason.
struct RejectedRow: Error, Sendable {
    var row: Int
    var diagnostics: [ImportDiagnostic]
}
