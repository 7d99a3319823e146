import Foundation

/// A fast 64-bit fingerprint of a file's whole content and of a mapping, to recognise a re-run
/// of the same import. Not cryptographic: it tells runs apart, it does not protect anything.
enum FileFingerprint {
    /// The fingerprint of the file at `path`, as 16 hex digits.
    static func of(path: String) throws(ImportError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError(code: .fileUnreadable, message: "The file cannot be opened for reading. Check the path and its permissions.", context: ["file": CSVRecordSource.name(of: path)])
        }
        defer { try? handle.close() }
        var hasher = Hasher64()
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw ImportError(code: .fileUnreadable, message: "Reading the file failed. Copy it to a local disk and try again.", context: ["file": CSVRecordSource.name(of: path)])
            }
            guard let chunk, !chunk.isEmpty else { break }
            chunk.withUnsafeBytes { hasher.add($0) }
        }
        return hasher.hex
    }

    static func of(bytes: [UInt8]) -> String {
        var hasher = Hasher64()
        bytes.withUnsafeBytes { hasher.add($0) }
        return hasher.hex
    }
}

/// A streaming 64-bit hash over words (two multiply-xorshift lanes).
struct Hasher64 {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0
    private var tail: [UInt8] = []

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        if !tail.isEmpty {
            while tail.count < 8, index < bytes.count {
                tail.append(bytes[index])
                index += 1
            }
            if tail.count == 8 {
                mix(tail.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
                tail.removeAll()
            }
        }
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        while index < bytes.count {
            tail.append(bytes[index])
            index += 1
        }
        length &+= UInt64(bytes.count)
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0xFF51_AFD7_ED55_8CCD
        a ^= a >> 32
        b = (b &+ word) &* 0xC4CE_B9FE_1A85_EC53
        b ^= b >> 29
    }

    var hex: String {
        var copy = self
        for byte in tail { copy.mix(UInt64(byte) | 0x100) }
        copy.mix(length)
        let value = copy.a ^ (copy.b &* 0x9E37_79B9_7F4A_7C15)
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
