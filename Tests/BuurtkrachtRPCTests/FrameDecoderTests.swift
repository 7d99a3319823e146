import BuurtkrachtRPC
import Testing

/// The incremental frame decoder: split and coalesced reads, both framings, size limits and
/// recovery.
@Suite struct FrameDecoderTests {
    private func frames(_ framing: MessageFraming, _ chunks: [String], limit: Int = 1 << 20) -> [FrameEvent] {
        var decoder = FrameDecoder(framing: framing, sizeLimit: limit, headerLimit: 256)
        var events: [FrameEvent] = []
        for chunk in chunks {
            decoder.append(Array(chunk.utf8))
            while let event = decoder.next() { events.append(event) }
        }
        return events
    }

    private func body(_ text: String) -> FrameEvent { .frame(Array(text.utf8)) }

    @Test func newlineDelimitedMessagesSplitAcrossReadsAreJoined() {
        let text = "{\"a\":1}\n{\"b\":2}\n"
        let byteByByte = text.map { String($0) }
        #expect(frames(.newlineDelimited, byteByByte) == [body("{\"a\":1}"), body("{\"b\":2}")])
    }

    @Test func severalNewlineDelimitedMessagesInOneReadAreSeparated() {
        #expect(frames(.newlineDelimited, ["{}\n[]\r\n\n  \n{\"c\":3}\n"]) == [body("{}"), body("[]"), body("{\"c\":3}")])
    }

    @Test func contentLengthMessagesSplitAnywhereAreJoined() {
        let text = "Content-Length: 7\r\n\r\n{\"a\":1}Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
        for cut in 1..<text.utf8.count {
            let bytes = Array(text.utf8)
            let chunks = [String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self)]
            #expect(frames(.contentLength, chunks) == [body("{\"a\":1}"), body("{}")], "cut at \(cut)")
        }
    }

    @Test func contentLengthHeaderNameIsCaseInsensitive() {
        #expect(frames(.contentLength, ["content-length:2\n\n{}"]) == [body("{}")])
    }

    @Test func anOversizedContentLengthMessageIsReportedAndSkipped() {
        let big = String(repeating: "x", count: 100)
        let events = frames(.contentLength, ["Content-Length: 100\r\n\r\n", String(big.prefix(40)), String(big.dropFirst(40)) + "Content-Length: 2\r\n\r\n{}"], limit: 50)
        #expect(events == [.oversized(declaredLength: 100), body("{}")])
    }

    @Test func anOversizedLineIsReportedOnceAndTheStreamRecoversAtTheNextNewline() {
        let long = String(repeating: "y", count: 80)
        let events = frames(.newlineDelimited, [long, long, "\n{\"ok\":true}\n"], limit: 50)
        #expect(events == [.oversized(declaredLength: nil), body("{\"ok\":true}")])
    }

    @Test func aHeaderWithoutContentLengthIsReportedAndSkipped() {
        let events = frames(.contentLength, ["Content-Type: json\r\n\r\nContent-Length: 2\r\n\r\n{}"])
        #expect(events.count == 2)
        if case .malformedHeader = events.first {} else { Issue.record("expected a malformed header, got \(events)") }
        #expect(events.last == body("{}"))
    }

    @Test func aNonNumericContentLengthIsMalformed() {
        let events = frames(.contentLength, ["Content-Length: twelve\r\n\r\nContent-Length: 2\r\n\r\n{}"])
        #expect(events.count == 2)
        #expect(events.last == body("{}"))
    }

    @Test func framingIsDetectedFromTheFirstBytes() {
        #expect(MessageFraming.detect(Array("Content-Length: 2".utf8)) == .contentLength)
        #expect(MessageFraming.detect(Array("  \n{\"jsonrpc\"".utf8)) == .newlineDelimited)
        #expect(MessageFraming.detect(Array("[".utf8)) == .newlineDelimited)
        #expect(MessageFraming.detect(Array(" \r\n".utf8)) == nil)
        #expect(MessageFraming.detect(Array("Content-Len".utf8)) == nil)
        #expect(MessageFraming.detect(Array("Cx y".utf8)) == .newlineDelimited)
    }

    @Test func theEncoderWritesBothFramings() {
        #expect(FrameEncoder(framing: .newlineDelimited).frame(Array("{}".utf8)) == Array("{}\n".utf8))
        #expect(FrameEncoder(framing: .contentLength).frame(Array("{}".utf8)) == Array("Content-Length: 2\r\n\r\n{}".utf8))
    }
}
