import BuurtkrachtJSON

extension OpenRPCDocument {
    /// The document as JSON indented by two spaces, members in the order they are written, and
    /// a final newline: the form committed as `Documentation/openrpc.json`.
    public func prettyJSON() throws -> [UInt8] {
        let document = try JSONDocument(parsing: try json().bytes)
        var output: [UInt8] = []
        try Self.write(document.root, indent: 0, into: &output)
        output.append(0x0A)
        return output
    }

    private static func write(_ node: JSONNode, indent: Int, into output: inout [UInt8]) throws {
        let inner = [UInt8](repeating: 0x20, count: indent + 2)
        let outer = [UInt8](repeating: 0x20, count: indent)
        switch node.kind {
        case .object where node.count > 0:
            output.append(contentsOf: Array("{\n".utf8))
            for (index, member) in node.members.enumerated() {
                output.append(contentsOf: inner)
                output.append(contentsOf: try JSONCEncoder(initialCapacity: 32).encode(member.key))
                output.append(contentsOf: Array(": ".utf8))
                try write(member.value, indent: indent + 2, into: &output)
                output.append(contentsOf: Array((index + 1 < node.count ? ",\n" : "\n").utf8))
            }
            output.append(contentsOf: outer)
            output.append(UInt8(ascii: "}"))
        case .array where node.count > 0:
            output.append(contentsOf: Array("[\n".utf8))
            for (index, element) in node.elements.enumerated() {
                output.append(contentsOf: inner)
                try write(element, indent: indent + 2, into: &output)
                output.append(contentsOf: Array((index + 1 < node.count ? ",\n" : "\n").utf8))
            }
            output.append(contentsOf: outer)
            output.append(UInt8(ascii: "]"))
        default:
            output.append(contentsOf: try node.rawJSON().bytes)
        }
    }
}
