import ArgumentParser
import Buurtkracht
import BuurtkrachtRPC
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `buurtkracht serve`: the JSON-RPC 2.0 server on stdin/stdout, for editors, case-management
/// front ends and scripts that start it as a child process.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve JSON-RPC 2.0 on stdin/stdout (Content-Length headers or one JSON message per line).",
        discussion: """
            Start a session with 'initialize' and a token from 'buurtkracht token issue'; every later \
            call runs with that professional's access. 'rpc.discover' lists the methods \
            (Documentation/RPC.md). stdout carries protocol messages only; logs go to stderr. \
            The server ends on 'exit' (status 0 after 'shutdown', 1 without) or at end of input.
            """
    )

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp("The largest message accepted, in bytes.", valueName: "bytes"))
    var maxMessageSize: Int = RPCServer.Configuration.defaultSizeLimit

    @Option(help: ArgumentHelp("The most requests running at once; a client that sends more waits until one is answered.", valueName: "count"))
    var maxConcurrentRequests: Int = RPCServer.Configuration.defaultMaxConcurrentRequests

    @Option(help: ArgumentHelp("The least severe log level written to stderr: trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel: String = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("Unknown log level '\(logLevel)'. Use trace, debug, info, notice, warning, error or critical.")
        }
        guard maxMessageSize >= 1024 else {
            throw ValidationError("--max-message-size must be at least 1024 bytes.")
        }
        guard maxConcurrentRequests >= 1 else {
            throw ValidationError("--max-concurrent-requests must be at least 1.")
        }
    }

    func run() async throws {
        // First, before anything can print: protocol output gets a private descriptor and fd 1
        // becomes stderr, so a stray print cannot corrupt the stream.
        let transport = try StdioTransport.protectingStandardOutput()
        signal(SIGPIPE, SIG_IGN)
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "buurtkracht.serve")
        let services: Services
        let dispatcher: RPCDispatcher
        do {
            services = try storage.openServices()
            dispatcher = try RPCRegistryBuilder.buurtkracht().build()
        } catch {
            logger.critical("The server cannot start", metadata: ["error": "\(error)"])
            await transport.finish()
            throw ExitCode(3)
        }
        let server = RPCServer(
            services: services,
            dispatcher: dispatcher,
            configuration: RPCServer.Configuration(sizeLimit: maxMessageSize, maxConcurrentRequests: maxConcurrentRequests),
            logger: logger
        )
        logger.info("Serving JSON-RPC on stdin/stdout", metadata: ["db": "\(storage.db)"])
        let ending = await server.run(on: transport)
        if ending.exitStatus != 0 { throw ExitCode(ending.exitStatus) }
    }
}
