import Foundation

/// The public methods of the core's services, read from the core's source files: every
/// `public func` declared in a type or extension whose name ends in `Service`, as
/// `Type.method`. A source scan rather than reflection (Swift has none for methods); it relies
/// only on the declarations being written at the usual indentation, as swift-format keeps them.
enum ServiceSourceScan {
    static func publicServiceMethods() throws -> Set<String> {
        let core = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Buurtkracht")
        guard let files = FileManager.default.enumerator(at: core, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: core.path])
        }
        var methods: Set<String> = []
        for case let file as URL in files where file.pathExtension == "swift" {
            var currentType: String?
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                if let type = topLevelType(in: line) {
                    currentType = type
                } else if let type = currentType, type.hasSuffix("Service"), let method = publicMethod(in: line) {
                    methods.insert("\(type).\(method)")
                }
            }
        }
        return methods
    }

    /// The name declared by a top-level `struct`, `enum`, `class` or `extension` line.
    private static func topLevelType(in line: Substring) -> String? {
        guard let first = line.first, first.isLetter else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "{" || $0 == "<" })
        guard let keyword = words.firstIndex(where: { ["struct", "enum", "class", "extension", "actor"].contains($0) }),
            keyword + 1 < words.count
        else { return nil }
        return String(words[keyword + 1])
    }

    /// The name of a `public func` declared one level in.
    private static func publicMethod(in line: Substring) -> String? {
        let prefix = "    public func "
        guard line.hasPrefix(prefix) else { return nil }
        return String(line.dropFirst(prefix.count).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}
