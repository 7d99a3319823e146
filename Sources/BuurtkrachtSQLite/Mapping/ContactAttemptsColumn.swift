import Buurtkracht
import Foundation

/// A signal's contact attempts in one BLOB column, `contact_attempts`, in a small binary
/// format of their own; NULL when there are none, as for most new signals.
///
/// Attempts are an append-only list that is always read with its signal and never queried on
/// its own. As rows of a child table each attempt would cost another B-tree insert and a
/// foreign-key probe — more than the whole signal row — and a million signals must load in
/// seconds; JSON would cost an encoder per row. The format is versioned:
///
/// ```
/// version 1 (1 byte), then per attempt:
///   channel   length (1 byte) + raw value (UTF-8)
///   reached   1 byte, 0 or 1
///   at        8 bytes, the Double bit pattern of timeIntervalSinceReferenceDate, little-endian
///   by        length (2 bytes, little-endian; 0xFFFF: none) + professional id (UTF-8)
/// ```
enum ContactAttemptsColumn {
    private static let version: UInt8 = 1
    private static let noProfessional: UInt16 = 0xFFFF

    /// The column's bytes for `attempts`, or nil (NULL) when there are none.
    static func encode(_ attempts: [ContactAttempt]) -> Data? {
        guard !attempts.isEmpty else { return nil }
        var bytes: [UInt8] = [version]
        bytes.reserveCapacity(1 + attempts.count * 40)
        for attempt in attempts {
            let channel = Array(attempt.channel.rawValue.utf8)
            bytes.append(UInt8(truncatingIfNeeded: channel.count))
            bytes.append(contentsOf: channel.prefix(255))
            bytes.append(attempt.reached ? 1 : 0)
            append(attempt.at.timeIntervalSinceReferenceDate.bitPattern, byteCount: 8, to: &bytes)
            if let by = attempt.by {
                let professional = Array(by.rawValue.utf8.prefix(Int(noProfessional) - 1))
                append(UInt64(professional.count), byteCount: 2, to: &bytes)
                bytes.append(contentsOf: professional)
            } else {
                append(UInt64(noProfessional), byteCount: 2, to: &bytes)
            }
        }
        return Data(bytes)
    }

    /// The attempts from the column's bytes (NULL: none); nil when the bytes are not valid.
    static func decode(_ data: Data?) -> [ContactAttempt]? {
        guard let data else { return [] }
        var reader = ByteReader(bytes: [UInt8](data))
        guard reader.byte() == version else { return nil }
        var attempts: [ContactAttempt] = []
        while !reader.isAtEnd {
            guard let channelLength = reader.byte(), let channelText = reader.text(count: Int(channelLength)),
                let channel = ContactChannel(rawValue: channelText), let reached = reader.byte(), reached <= 1,
                let bits = reader.integer(byteCount: 8), let byLength = reader.integer(byteCount: 2)
            else { return nil }
            var by: Professional.ID?
            if byLength != UInt64(noProfessional) {
                guard let text = reader.text(count: Int(byLength)) else { return nil }
                by = Professional.ID(text)
            }
            let at = Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits))
            attempts.append(ContactAttempt(channel: channel, at: at, reached: reached == 1, by: by))
        }
        return attempts
    }

    private static func append(_ value: UInt64, byteCount: Int, to bytes: inout [UInt8]) {
        for index in 0..<byteCount {
            bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))))
        }
    }

    /// Reads the format front to back; every read returns nil past the end.
    private struct ByteReader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset >= bytes.count }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func integer(byteCount: Int) -> UInt64? {
            guard offset + byteCount <= bytes.count else { return nil }
            var value: UInt64 = 0
            for index in 0..<byteCount {
                value |= UInt64(bytes[offset + index]) << (8 * UInt64(index))
            }
            offset += byteCount
            return value
        }

        mutating func text(count: Int) -> String? {
            guard offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return String(validating: bytes[offset..<offset + count], as: UTF8.self)
        }
    }
}
