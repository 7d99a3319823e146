import Foundation

/// Runs `buurtkracht` with arguments to the end; its status and stdout.
func runBuurtkracht(_ arguments: [String]) async throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = try BuiltProducts.buurtkracht
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    while process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A new, empty temporary folder.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtkracht-rpc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
