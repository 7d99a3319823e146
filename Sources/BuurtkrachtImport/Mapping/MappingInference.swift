import Buurtkracht
import Foundation

/// Proposes an ``ImportMapping`` for a legacy file from its header and a sample of its rows, for
/// `buurtkracht import FILE --infer-mapping`: common Dutch column names are recognised
/// (Dossiernummer, BSN, Achternaam, Geboortedatum, Postcode, Buurtcode, Aanmelder, …), date
/// formats are read off the values, and value maps are proposed for codes such as the referrer.
///
/// The proposal is a starting point to edit: columns it did not recognise are listed in its
/// `notes`.
///
/// ```swift
/// let mapping = try MappingInference.infer(path: "export.csv")
/// print(try mapping.prettyJSON())
/// ```
public enum MappingInference {
    /// Proposes a mapping for the file at `path`.
    ///
    /// - Parameters:
    ///   - path: A CSV or JSON-lines file.
    ///   - sourceSystem: The legacy system's name; the file's name without extension by default.
    ///   - sampleRows: How many rows to read for formats and values.
    /// - Throws: ``ImportError`` when the file cannot be read or has no recognisable record-id column.
    public static func infer(path: String, sourceSystem: String? = nil, sampleRows: Int = 500) throws(ImportError) -> ImportMapping {
        let source: any RecordSource
        var columns: [String]
        var samples: [[String: String]] = []
        switch SourceFormat.guess(for: path) {
        case .csv:
            let csv = try CSVRecordSource(path: path)
            columns = csv.columnNames ?? []
            source = csv
        case .jsonLines:
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { Array($0.prefix(4 << 20)) } ?? []
            columns = []
            for line in bytes.split(separator: 0x0A).prefix(sampleRows) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
                for key in object.keys.sorted() where !columns.contains(key) { columns.append(key) }
            }
            source = JSONLinesRecordSource(bytes: bytes)
        }
        let indices = columns.map { source.columnIndex(of: $0) }
        while samples.count < sampleRows, let record = try source.next() {
            guard !record.hasErrors else { continue }
            var values: [String: String] = [:]
            for (column, index) in zip(columns, indices) {
                if let index { values[column] = record.string(index) }
            }
            samples.append(values)
        }
        return try propose(columns: columns, samples: samples, sourceSystem: sourceSystem ?? Self.systemName(path))
    }

    /// Proposes a mapping from column names and sample values.
    static func propose(columns: [String], samples: [[String: String]], sourceSystem: String) throws(ImportError) -> ImportMapping {
        var used = Set<String>()
        func find(_ names: [String]) -> String? {
            for name in names {
                if let column = columns.first(where: { !used.contains($0) && fold($0) == name }) {
                    used.insert(column)
                    return column
                }
            }
            return nil
        }
        func values(of column: String) -> [String] {
            samples.compactMap { $0[column] }.filter { !$0.isEmpty }
        }
        guard let recordID = find(ColumnNames.recordID) else {
            throw ImportError(
                code: .mappingInvalid,
                message: "No column looks like the legacy record id (such as Dossiernummer, Cliëntnummer or Registratienummer). Write the mapping by hand and name the column in \"recordID\".",
                context: ["columns": columns.joined(separator: ", ")])
        }
        var client: [String: FieldMapping] = [:]
        var notes: [String] = []
        for (field, names, type) in ColumnNames.clientText {
            if let column = find(names) { client[field] = FieldMapping(column: column, type: type) }
        }
        for (field, names) in ColumnNames.clientDates {
            guard let column = find(names) else { continue }
            let formats = DateFormatGuess.formats(for: values(of: column))
            client[field] = FieldMapping(column: column, type: .date, formats: formats)
            if formats == ["yyyy-MM-dd"] && !values(of: column).isEmpty && DateFormatGuess.share(of: values(of: column), in: formats) < 0.9 {
                notes.append("The dates in column '\(column)' were not recognised; set client.\(field).format.")
            }
        }
        if let column = find(ColumnNames.gender) {
            client["gender"] = FieldMapping(column: column, type: .code, values: ValueMaps.gender, defaultValue: nil)
        }
        if let column = find(ColumnNames.referralSource) {
            client["referralSource"] = FieldMapping(
                column: column, type: .code, values: ValueMaps.propose(values(of: column), from: ValueMaps.referralSource, fallback: "other"))
        }
        if let column = find(ColumnNames.problemAreas) {
            let parts = values(of: column).flatMap { $0.split(separator: ",").map { String($0).trimmingSpacesAndTabs } }
            client["problemAreas"] = FieldMapping(
                column: column, type: .list, values: ValueMaps.propose(parts, from: ValueMaps.lifeDomain, fallback: nil), separator: ",")
            let unmapped = Set(parts.map(BoundField.fold)).filter { ValueMaps.match($0, in: ValueMaps.lifeDomain) == nil }
            if !unmapped.isEmpty {
                notes.append("Column '\(column)' has \(unmapped.count) value(s) without a life domain; add them to client.problemAreas.values.")
            }
        }
        if let column = find(ColumnNames.neighbourhood) {
            let sample = values(of: column)
            let codes = sample.filter { $0.uppercased().hasPrefix("BU") || ($0.count == 8 && $0.allSatisfy(\.isNumber)) }
            if sample.isEmpty || codes.count * 10 >= sample.count * 9 {
                client["neighbourhood"] = FieldMapping(column: column, type: .neighbourhoodCode)
            } else {
                notes.append("Column '\(column)' holds names, not CBS codes (BU and eight digits); map client.neighbourhood with a value map from each name to its code.")
            }
        }
        if let column = find(ColumnNames.forensic) {
            client["hasForensicTitle"] = FieldMapping(column: column, type: .boolean)
        }
        var household: [String: FieldMapping]?
        if let column = find(ColumnNames.household) {
            household = ["id": FieldMapping(column: column, type: .text)]
        }
        if client["familyName"] == nil {
            notes.append("No family-name column was recognised; map client.familyName (a client needs one).")
            client["familyName"] = FieldMapping(column: nil, type: .text, defaultValue: "Onbekend")
        }
        let unused = columns.filter { !used.contains($0) }
        if !unused.isEmpty {
            notes.append("Not mapped: \(unused.joined(separator: ", ")). Free-text remarks are left out on purpose: they often hold sensitive details.")
        }
        return ImportMapping(sourceSystem: sourceSystem, recordID: recordID, client: client, household: household, notes: notes.isEmpty ? nil : notes)
    }

    /// Lower case, without diacritics, spaces, dots, dashes and underscores: `Cliëntnummer` → `clientnummer`.
    static func fold(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber }
    }

    private static func systemName(_ path: String) -> String {
        let name = CSVRecordSource.name(of: path)
        return name.split(separator: ".").first.map(String.init) ?? name
    }
}
