#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into messages, fed arbitrary chunks: a message split across reads is
/// joined, several messages in one read are separated.
///
/// ```swift
/// var decoder = FrameDecoder(framing: .newlineDelimited, sizeLimit: 16 << 20)
/// decoder.append(chunk)
/// while let event = decoder.next() {
///     switch event {
///     case .frame(let body): handle(body)
///     case .oversized: reply(.messageTooLarge(limit: decoder.sizeLimit))
///     case .malformedHeader(let why): reply(.parseError(why))
///     }
/// }
/// ```
///
/// Recovery: an oversized message is reported once and its bytes are dropped as they arrive
/// (never buffered), up to its declared length (`Content-Length`) or the next newline; a
/// malformed header block is reported and skipped. The decoder then continues with the next
/// message.
public struct FrameDecoder: Sendable {
    /// The framing being decoded.
    public let framing: MessageFraming
    /// The largest message body accepted, in bytes.
    public let sizeLimit: Int
    /// The largest header block accepted, in bytes (only for ``MessageFraming/contentLength``).
    public let headerLimit: Int

    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next delimiter resumes, so that a long message arriving in many
    /// small reads is scanned once, not once per read.
    private var scanned = 0
    /// Bytes still to drop from an oversized message; `.max` means "up to the next newline".
    private var discarding = 0

    /// Creates a decoder.
    ///
    /// - Parameters:
    ///   - framing: How messages are delimited.
    ///   - sizeLimit: The largest message body, in bytes.
    ///   - headerLimit: The largest `Content-Length` header block, in bytes.
    public init(framing: MessageFraming, sizeLimit: Int, headerLimit: Int = 8192) {
        self.framing = framing
        self.sizeLimit = sizeLimit
        self.headerLimit = headerLimit
    }

    /// The number of bytes received but not yet returned or discarded.
    public var bufferedCount: Int { buffer.count - start }

    /// Adds the next chunk of input.
    public mutating func append(_ chunk: some Collection<UInt8>) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        buffer.append(contentsOf: chunk)
    }

    /// The next event, or nil when more input is needed.
    public mutating func next() -> FrameEvent? {
        while true {
            if discarding > 0 {
                guard dropDiscarded() else { return nil }
                continue
            }
            switch framing {
            case .newlineDelimited:
                return nextLine()
            case .contentLength:
                return nextContentLengthFrame()
            }
        }
    }

    // MARK: Newline-delimited

    private mutating func nextLine() -> FrameEvent? {
        while true {
            let searchFrom = max(start, scanned)
            guard let newline = firstIndex(of: 0x0A, from: searchFrom) else {
                scanned = buffer.count
                if buffer.count - start > sizeLimit {
                    // Too long without a newline: report, then drop until the next newline.
                    start = buffer.count
                    scanned = start
                    discarding = .max
                    return .oversized(declaredLength: nil)
                }
                return nil
            }
            var end = newline
            if end > start && buffer[end - 1] == 0x0D { end -= 1 }
            let lineStart = start
            start = newline + 1
            scanned = start
            if isBlank(lineStart..<end) { continue }
            if end - lineStart > sizeLimit { return .oversized(declaredLength: nil) }
            return .frame(Array(buffer[lineStart..<end]))
        }
    }

    // MARK: Content-Length

    private mutating func nextContentLengthFrame() -> FrameEvent? {
        // Skip blank lines between messages.
        while start < buffer.count, buffer[start] == 0x0D || buffer[start] == 0x0A { start += 1 }
        guard let (headerEnd, bodyStart) = headerTerminator() else {
            if buffer.count - start > headerLimit {
                // No end of the header block in sight: skip to the next line and try again.
                let skipTo = firstIndex(of: 0x0A, from: start + 1).map { $0 + 1 } ?? buffer.count
                start = skipTo
                scanned = start
                return .malformedHeader("The header block is longer than \(headerLimit) bytes; send 'Content-Length: N' and an empty line before each message.")
            }
            return nil
        }
        guard let length = contentLength(in: start..<headerEnd) else {
            start = bodyStart
            scanned = start
            return .malformedHeader("A header block without a valid 'Content-Length: N'; send the length of the JSON body in bytes.")
        }
        if length > sizeLimit {
            start = bodyStart
            scanned = start
            discarding = length
            return .oversized(declaredLength: length)
        }
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        scanned = start
        return .frame(Array(buffer[bodyStart..<(bodyStart + length)]))
    }

    /// The end of the header block and the start of the body: after `\r\n\r\n` (or `\n\n`).
    private mutating func headerTerminator() -> (Int, Int)? {
        var index = max(start, scanned)
        while let newline = firstIndex(of: 0x0A, from: index) {
            var next = newline + 1
            if next < buffer.count, buffer[next] == 0x0D { next += 1 }
            if next < buffer.count, buffer[next] == 0x0A {
                return (newline, next + 1)
            }
            if next >= buffer.count {
                scanned = newline
                return nil
            }
            index = newline + 1
        }
        scanned = buffer.count
        return nil
    }

    /// The value of the `Content-Length` header in the block, if there is exactly a valid one.
    private func contentLength(in range: Range<Int>) -> Int? {
        let name = Array("content-length".utf8)
        var lineStart = range.lowerBound
        var found: Int?
        while lineStart < range.upperBound {
            let lineEnd = firstIndex(of: 0x0A, from: lineStart).map { min($0, range.upperBound) } ?? range.upperBound
            var colon = lineStart
            while colon < lineEnd, buffer[colon] != UInt8(ascii: ":") { colon += 1 }
            if colon < lineEnd, colon - lineStart == name.count,
                zip(buffer[lineStart..<colon], name).allSatisfy({ lowercased($0) == $1 })
            {
                var value = 0
                var digits = 0
                for byte in buffer[(colon + 1)..<lineEnd] {
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        guard digits < 18 else { return nil }
                        value = value * 10 + Int(byte - UInt8(ascii: "0"))
                        digits += 1
                    case 0x20, 0x09, 0x0D:
                        continue
                    default:
                        return nil
                    }
                }
                guard digits > 0 else { return nil }
                found = value
            }
            lineStart = lineEnd + 1
        }
        return found
    }

    // MARK: Discarding

    /// Drops bytes of an oversized message; true when it is gone.
    private mutating func dropDiscarded() -> Bool {
        if discarding == .max {
            guard let newline = firstIndex(of: 0x0A, from: start) else {
                start = buffer.count
                scanned = start
                return false
            }
            start = newline + 1
            scanned = start
            discarding = 0
            return true
        }
        let available = buffer.count - start
        let dropped = min(available, discarding)
        start += dropped
        scanned = start
        discarding -= dropped
        return discarding == 0
    }

    // MARK: Helpers

    private func firstIndex(of byte: UInt8, from index: Int) -> Int? {
        guard index < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { pointer -> Int? in
            guard let base = pointer.baseAddress,
                let found = memchr(base + index, Int32(byte), pointer.count - index)
            else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        buffer[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
