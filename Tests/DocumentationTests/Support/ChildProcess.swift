import Foundation

/// Runs a program to the end with `arguments`; its status and everything it wrote to stdout and
/// stderr, in order of arrival.
func runToEnd(_ executable: URL, _ arguments: [String]) async throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    while process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// `python3` on the PATH, if there is one.
let python3: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()
