import Buurtkracht

extension RowValidator {
    /// One row being validated: reads typed values and collects every problem.
    struct Context {
        let record: SourceRecord
        let validator: RowValidator
        var errors: [ImportDiagnostic] = []

        init(record: SourceRecord, validator: RowValidator) {
            self.record = record
            self.validator = validator
        }

        mutating func fail(_ code: ImportDiagnostic.Code, _ message: String, column: String?) {
            errors.append(ImportDiagnostic(code: code, message: message, row: record.row, column: column))
        }

        private func label(_ field: BoundField) -> String {
            field.column.map { "column '\($0)' (\(field.name))" } ?? field.name
        }

        /// The trimmed text of a field, or its default; nil when empty.
        func text(_ field: BoundField?) -> String? {
            guard let field else { return nil }
            if let index = field.index {
                let value = record.string(index)
                if !value.isEmpty { return value }
            }
            return field.defaultValue
        }

        /// Calls `body` with the trimmed bytes of a present, known value; returns nil for an
        /// empty or unknown cell.
        private func withValue<T>(_ field: BoundField, _ body: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
            guard let index = field.index else { return nil }
            return record.withField(index) { bytes in
                let trimmed = ByteText.trimmed(bytes)
                if trimmed.isEmpty || validator.isUnknown(trimmed) { return nil }
                return body(trimmed)
            }
        }

        private func isPresent(_ field: BoundField) -> Bool {
            guard let index = field.index else { return false }
            return record.withField(index) { bytes in
                let trimmed = ByteText.trimmed(bytes)
                return !trimmed.isEmpty && !validator.isUnknown(trimmed)
            }
        }

        // MARK: Typed values

        mutating func date(_ field: BoundField?) -> CalendarDate? {
            guard let field else { return nil }
            var outcome: DateFormat.Outcome?
            let parsed: CalendarDate? = withValue(field) { bytes in
                var best = DateFormat.Outcome.mismatch
                for format in field.formats {
                    let result = format.parse(bytes, currentYear: validator.year)
                    if case .date(let year, let month, let day) = result {
                        return try? CalendarDate(year: year, month: month, day: day)
                    }
                    if result == .notADay { best = .notADay }
                }
                outcome = best
                return nil
            }
            if let parsed { return parsed }
            switch outcome {
            case .notADay?:
                fail(.invalidDate, "The \(label(field)) is not a real date (a day that does not exist in that month). Correct it, or leave it empty or 'onbekend' if unknown.", column: field.column)
            case .mismatch?:
                fail(.invalidDate, "The \(label(field)) is not a date in the format \(field.formats.map(\.description).joined(separator: " or ")). Correct it, add its format to the mapping, or leave it empty if unknown.", column: field.column)
            default:
                if let text = field.defaultValue, let date = try? CalendarDate(iso8601: text) { return date }
            }
            return nil
        }

        mutating func bsn(_ field: BoundField?) -> BSN? {
            guard let field else { return nil }
            if let index = field.index, record.isNumeric(index), isPresent(field) {
                fail(.invalidBSN, "The \(label(field)) is a JSON number; a BSN must be a string, or its leading zero is lost.", column: field.column)
                return nil
            }
            var problem: String?
            let bsn: BSN? = withValue(field) { bytes in
                var digits: [UInt8] = []
                digits.reserveCapacity(9)
                for byte in bytes {
                    if ByteText.isDigit(byte) {
                        digits.append(byte)
                    } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") {
                        continue
                    } else {
                        problem = byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: ",")
                            ? "The \(label(field)) looks like a number in scientific notation: a spreadsheet turned the BSN into a number. Export the column as text."
                            : "The \(label(field)) holds other characters than digits. A BSN is 9 digits."
                        return nil
                    }
                }
                guard digits.count == 8 || digits.count == 9 else {
                    problem = "The \(label(field)) has \(digits.count) digits; a BSN has 9 (or 8 when a spreadsheet dropped the leading zero)."
                    return nil
                }
                guard let bsn = try? BSN(String(decoding: digits, as: UTF8.self)) else {
                    problem = "The \(label(field)) fails the eleven test; check it for a typing error in the source system."
                    return nil
                }
                return bsn
            }
            if let problem { fail(.invalidBSN, problem, column: field.column) }
            return bsn
        }

        mutating func postcode(_ field: BoundField?) -> Postcode? {
            guard let field else { return nil }
            var invalid = false
            let postcode: Postcode? = withValue(field) { bytes in
                var compact: [UInt8] = []
                compact.reserveCapacity(6)
                for byte in bytes where byte != 0x20 { compact.append(byte) }
                guard compact.count == 6, compact[0] >= UInt8(ascii: "1"), compact[0] <= UInt8(ascii: "9"),
                    compact[1...3].allSatisfy(ByteText.isDigit),
                    compact[4...5].allSatisfy({ ByteText.lower($0) &- UInt8(ascii: "a") < 26 })
                else {
                    invalid = true
                    return nil
                }
                compact[4] = compact[4] & ~0x20
                compact[5] = compact[5] & ~0x20
                return try? Postcode(String(decoding: compact, as: UTF8.self))
            }
            if invalid {
                fail(.invalidPostcode, "The \(label(field)) is not a Dutch postcode: four digits (not starting with 0) and two letters, like 1234 AB.", column: field.column)
            }
            return postcode
        }

        mutating func neighbourhood(_ field: BoundField?) -> NeighbourhoodCode? {
            guard let field else { return nil }
            if let index = field.index, record.isNumeric(index), isPresent(field) {
                fail(.invalidNeighbourhoodCode, "The \(label(field)) is a JSON number; a CBS code is text like \"BU03630000\", or its leading zeros are lost.", column: field.column)
                return nil
            }
            var problem: String?
            let code: NeighbourhoodCode? = withValue(field) { bytes in
                var digits = bytes[...]
                if bytes.count >= 2, ByteText.lower(bytes[0]) == UInt8(ascii: "b"), ByteText.lower(bytes[1]) == UInt8(ascii: "u") {
                    digits = bytes[2...]
                }
                guard digits.allSatisfy(ByteText.isDigit) else {
                    problem = "The \(label(field)) is not a CBS neighbourhood code: 'BU' and eight digits, like BU03630000."
                    return nil
                }
                guard digits.count == 8 else {
                    problem = digits.count < 8 && digits.count == bytes.count
                        ? "The \(label(field)) has \(digits.count) digits and no 'BU': it was stored as a number and lost its leading zeros. Export the column as text (BU and eight digits)."
                        : "The \(label(field)) is not a CBS neighbourhood code: 'BU' and eight digits, like BU03630000."
                    return nil
                }
                return NeighbourhoodCode(uncheckedRawValue: "BU" + String(decoding: digits, as: UTF8.self))
            }
            if let problem { fail(.invalidNeighbourhoodCode, problem, column: field.column) }
            if code == nil, problem == nil, let text = field.defaultValue { return try? NeighbourhoodCode(text) }
            return code
        }

        /// A code's Buurtkracht value (after the value map), or the default for an empty cell.
        mutating func code(_ field: BoundField?) -> String? {
            guard let field else { return nil }
            guard isPresent(field), let index = field.index else { return field.defaultValue }
            let cell = record.string(index)
            guard let value = field.code(for: cell) else {
                fail(.unmappedValue, "The \(label(field)) holds a value that the mapping's value map does not list. Add it to \"values\" (or a \"*\" entry for all others).", column: field.column)
                return nil
            }
            return value
        }

        mutating func list(_ field: BoundField?) -> [String]? {
            guard let field else { return nil }
            guard isPresent(field), let index = field.index else {
                return field.defaultValue.map { [$0] } ?? []
            }
            var result: [String] = []
            for part in record.string(index).split(separator: Character(field.separator.first.map(String.init) ?? ",")) {
                let trimmed = String(part).trimmingSpacesAndTabs
                guard !trimmed.isEmpty else { continue }
                guard let value = field.code(for: trimmed) else {
                    fail(.unmappedValue, "The \(label(field)) holds a value that the mapping's value map does not list. Add it to \"values\" (or a \"*\" entry for all others).", column: field.column)
                    return nil
                }
                result.append(value)
            }
            return result
        }

        mutating func boolean(_ field: BoundField?) -> Bool? {
            guard let field else { return nil }
            guard isPresent(field), let index = field.index else { return field.defaultValue.map { $0 == "true" } }
            let cell = BoundField.fold(record.string(index))
            if let mapped = field.values[cell] ?? field.catchAll { return mapped == "true" }
            switch cell {
            case "ja", "j", "yes", "y", "true", "waar", "1", "x": return true
            case "nee", "n", "no", "false", "onwaar", "0": return false
            default:
                fail(.invalidValue, "The \(label(field)) is not yes or no (ja/nee, true/false, 1/0). Add the value to the field's value map.", column: field.column)
                return nil
            }
        }

        func reference(_ field: BoundField?) -> String? {
            guard let field, let index = field.index else { return nil }
            let value = record.string(index)
            return value.isEmpty ? nil : value
        }

        mutating func required<T>(_ value: T?, _ field: BoundField?, _ what: String) -> T? {
            if value == nil, let field, errors.allSatisfy({ $0.column != field.column || field.column == nil }) {
                fail(.missingValue, "The \(label(field)) is empty, and \(what) needs it. Fill it in, or give the field a default in the mapping.", column: field.column)
            }
            return value
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpacesAndTabs: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
