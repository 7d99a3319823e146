import Foundation
import BuurtkrachtJSON

/// How a legacy export becomes Buurtkracht records: the source system and its record-id column,
/// and per target record (client, household, signal, plan, group membership) the fields filled
/// from legacy columns, each with a declared type.
///
/// A mapping is a JSON file; `buurtkracht import FILE --infer-mapping` proposes one from the
/// header. `Documentation/Import.md` describes every field.
///
/// ```json
/// {
///   "sourceSystem": "Suite4Sociaal",
///   "recordID": "Dossiernummer",
///   "client": {
///     "familyName": { "column": "Achternaam", "type": "text" },
///     "bsn": { "column": "BSN", "type": "bsn" },
///     "birthDate": { "column": "Geboortedatum", "type": "date", "format": "dd-MM-yyyy" }
///   }
/// }
/// ```
///
/// ```swift
/// let mapping = try ImportMapping.load(from: "mapping.json")
/// ```
public struct ImportMapping: Sendable, Hashable, Codable {
    /// The legacy system's name; with the legacy id it keys every imported record.
    public var sourceSystem: String
    /// The column that holds the legacy system's record id (`Dossiernummer`, `Cliëntnummer`, …).
    public var recordID: String
    /// Client fields, by name (`familyName`, `bsn`, `birthDate`, …); nil when the file holds no clients.
    public var client: [String: FieldMapping]?
    /// Household fields (`id`): clients with the same household id share one household.
    public var household: [String: FieldMapping]?
    /// Signal fields (`category`, `source`, `reportedAt`, …): one signal per row.
    public var signal: [String: FieldMapping]?
    /// Plan fields (`coordinator`, `startedAt`, …): one guidance plan per row.
    public var plan: [String: FieldMapping]?
    /// Group membership fields (`group`, `since`): the row's client joins a self-help group.
    public var groupMembership: [String: FieldMapping]?
    /// Cell texts that mean "unknown" for typed fields (dates, codes, BSNs…); compared ignoring
    /// case. Default: `onbekend`, `unknown`, `n.b.`, `nb`, `n.v.t.`, `nvt`, `-`, `?`.
    public var unknownValues: [String]?
    /// Remarks for the person editing the mapping; ignored by the importer.
    public var notes: [String]?

    /// Creates a mapping.
    public init(
        sourceSystem: String, recordID: String, client: [String: FieldMapping]? = nil,
        household: [String: FieldMapping]? = nil, signal: [String: FieldMapping]? = nil,
        plan: [String: FieldMapping]? = nil, groupMembership: [String: FieldMapping]? = nil,
        unknownValues: [String]? = nil, notes: [String]? = nil
    ) {
        self.sourceSystem = sourceSystem
        self.recordID = recordID
        self.client = client
        self.household = household
        self.signal = signal
        self.plan = plan
        self.groupMembership = groupMembership
        self.unknownValues = unknownValues
        self.notes = notes
    }

    /// The default unknown markers.
    public static let defaultUnknownValues = ["onbekend", "unknown", "n.b.", "nb", "n.v.t.", "nvt", "-", "?"]

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceSystem, recordID, client, household, signal, plan, groupMembership, unknownValues, notes
    }

    /// Encodes the mapping with every section's fields in a stable order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sourceSystem, forKey: .sourceSystem)
        try container.encode(recordID, forKey: .recordID)
        for (key, section) in [(CodingKeys.client, client), (.household, household), (.signal, signal), (.plan, plan), (.groupMembership, groupMembership)] {
            guard let section else { continue }
            var nested = container.nestedContainer(keyedBy: AnyKey.self, forKey: key)
            let order = MappingCatalogue.fields(of: key.rawValue).map(\.name)
            let names = section.keys.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
            for name in names { try nested.encode(section[name], forKey: AnyKey(name)) }
        }
        try container.encodeIfPresent(unknownValues, forKey: .unknownValues)
        try container.encodeIfPresent(notes, forKey: .notes)
    }

    /// Reads and checks the mapping file at `path`.
    ///
    /// - Throws: ``ImportError/Code/mappingUnreadable`` for a missing file or malformed JSON,
    ///   ``ImportError/Code/mappingInvalid`` for unknown keys, fields, types or formats.
    public static func load(from path: String) throws(ImportError) -> ImportMapping {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ImportError(
                code: .mappingUnreadable, message: "The mapping file cannot be read. Check the path, or make one with --infer-mapping.",
                context: ["file": CSVRecordSource.name(of: path)])
        }
        return try decode(bytes, fileName: CSVRecordSource.name(of: path))
    }

    /// Decodes and checks a mapping from JSON bytes.
    public static func decode(_ bytes: [UInt8], fileName: String = "mapping") throws(ImportError) -> ImportMapping {
        let mapping: ImportMapping
        do {
            let document = try JSONDocument(parsing: bytes)
            let known = Set(CodingKeys.allCases.map(\.rawValue))
            for (key, _) in document.root.members where !known.contains(key) {
                throw ImportError(
                    code: .mappingInvalid,
                    message: "The mapping has an unknown key '\(key)'. Known keys: \(CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")).",
                    context: ["file": fileName])
            }
            mapping = try JSONCDecoder().decode(ImportMapping.self, from: document.root)
        } catch let error as ImportError {
            throw error
        } catch let error as DecodingError {
            throw ImportError(
                code: .mappingUnreadable,
                message: "The mapping does not have the expected form: \(DecodingErrorSummary(error)). See Documentation/Import.md.",
                context: ["file": fileName])
        } catch {
            throw ImportError(
                code: .mappingUnreadable, message: "The mapping is not valid JSON: \(error)", context: ["file": fileName])
        }
        try mapping.check()
        return mapping
    }

    /// The mapping as JSON, indented for editing.
    public func prettyJSON() throws -> String {
        let compact = try JSONCEncoder().encode(self)
        return PrettyJSON.indent(compact)
    }

    /// Checks field names, types, formats and value maps against the catalogue.
    public func check() throws(ImportError) {
        func invalid(_ message: String) -> ImportError { ImportError(code: .mappingInvalid, message: message) }
        guard !sourceSystem.allSatisfy(\.isWhitespace) else {
            throw invalid("The mapping's sourceSystem is empty. Name the legacy system, like \"Suite4Sociaal\".")
        }
        guard !recordID.isEmpty else {
            throw invalid("The mapping's recordID is empty. Name the column that holds the legacy record id.")
        }
        guard client != nil || signal != nil || plan != nil || groupMembership != nil else {
            throw invalid("The mapping imports nothing. Add a \"client\", \"signal\", \"plan\" or \"groupMembership\" section.")
        }
        if household != nil && client == nil {
            throw invalid("A \"household\" section needs a \"client\" section: households are made from the clients' rows.")
        }
        for (sectionName, section) in sections {
            let catalogue = MappingCatalogue.fields(of: sectionName)
            for (name, field) in section {
                guard let entry = catalogue.first(where: { $0.name == name }) else {
                    throw invalid(
                        "The \(sectionName) section has an unknown field '\(name)'. Known fields: \(catalogue.map(\.name).joined(separator: ", ")).")
                }
                guard entry.types.contains(field.type) else {
                    throw invalid(
                        "The field \(sectionName).\(name) has type '\(field.type.rawValue)'; it must be \(entry.types.map { "'\($0.rawValue)'" }.joined(separator: " or ")).")
                }
                if field.column == nil && field.defaultValue == nil && field.type != .reference {
                    throw invalid("The field \(sectionName).\(name) has neither a column nor a default. Give one of them.")
                }
                if field.type == .date {
                    for format in field.formats ?? [] {
                        guard DateFormat(format) != nil else {
                            throw invalid(
                                "The field \(sectionName).\(name) has an unknown date format '\(format)'. Use day, month and year parts like dd-MM-yyyy, d-M-yy, yyyy-MM-dd or ddMMyyyy.")
                        }
                    }
                }
                if let allowed = entry.allowedValues {
                    let targets = Array((field.values ?? [:]).values) + (field.defaultValue.map { [$0] } ?? [])
                    for target in targets where !allowed.contains(target) {
                        throw invalid(
                            "The field \(sectionName).\(name) maps a value to '\(target)', which is not one of: \(allowed.joined(separator: ", ")).")
                    }
                }
                if field.type == .boolean {
                    for target in (field.values ?? [:]).values where target != "true" && target != "false" {
                        throw invalid("The field \(sectionName).\(name) maps a value to '\(target)'; a yes/no value maps to true or false.")
                    }
                }
            }
            for entry in catalogue where entry.isRequired && section[entry.name] == nil {
                throw invalid("The \(sectionName) section needs the field '\(entry.name)'.")
            }
        }
    }

    /// The sections that are present, by name.
    var sections: [(String, [String: FieldMapping])] {
        [("client", client), ("household", household), ("signal", signal), ("plan", plan), ("groupMembership", groupMembership)]
            .compactMap { name, section in section.map { (name, $0) } }
    }
}
