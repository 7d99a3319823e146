// legacy-export-generator: writes a realistic Dutch municipal legacy export (fictional people),
// deterministic by seed, of any size, with messy rows for the importer to reject.
//
//   swift run legacy-export-generator --rows 1000 --seed 42 --encoding windows-1252 --out clients.csv
//
// The matching mapping is `Samples/LegacyExportGenerator/mapping.json` (or `--write-mapping PATH`).
// A summary of what was written (rows per kind of mess) goes to stderr as JSON.
import Foundation

var arguments = ArraySlice(CommandLine.arguments.dropFirst())
var options = GeneratorOptions()
var output: String?
var mappingOutput: String?

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("legacy-export-generator: \(message)\n".utf8))
    exit(2)
}

while let argument = arguments.popFirst() {
    func value() -> String {
        guard let value = arguments.popFirst() else { fail("\(argument) needs a value") }
        return value
    }
    switch argument {
    case "--rows": options.rows = Int(value()) ?? { fail("--rows takes a number") }()
    case "--seed": options.seed = UInt64(value()) ?? { fail("--seed takes a number") }()
    case "--encoding":
        guard let encoding = OutputEncoding(rawValue: value()) else { fail("--encoding is utf-8, utf-8-bom or windows-1252") }
        options.encoding = encoding
    case "--delimiter":
        switch value() {
        case ";", "semicolon": options.delimiter = ";"
        case ",", "comma": options.delimiter = ","
        case "tab", "\t": options.delimiter = "\t"
        default: fail("--delimiter is semicolon, comma or tab")
        }
    case "--messy": options.messyPercent = Int(value()) ?? { fail("--messy takes a percentage") }()
    case "--clean": options.messyPercent = 0
    case "--out": output = value()
    case "--write-mapping": mappingOutput = value()
    case "--help", "-h":
        print("""
            usage: legacy-export-generator --rows N [--seed S] [--encoding utf-8|utf-8-bom|windows-1252]
                   [--delimiter semicolon|comma|tab] [--messy PERCENT | --clean] --out FILE [--write-mapping FILE]
            """)
        exit(0)
    default: fail("unknown argument \(argument); see --help")
    }
}

if let mappingOutput {
    do { try Data(LegacyExport.mapping.utf8).write(to: URL(fileURLWithPath: mappingOutput)) } catch { fail("cannot write \(mappingOutput)") }
}
guard let output else {
    if mappingOutput != nil { exit(0) }
    fail("--out FILE is required")
}
guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
    fail("cannot create \(output)")
}
var generator = LegacyExport(options: options)
var buffer: [UInt8] = []
buffer.reserveCapacity(1 << 20)
generator.write { bytes in
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
handle.write(Data(buffer))
try? handle.close()
FileHandle.standardError.write(Data((generator.summary + "\n").utf8))
