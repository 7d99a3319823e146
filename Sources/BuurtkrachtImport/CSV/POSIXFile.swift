#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over POSIX file calls, translating failures into ``CSVError``.
enum POSIXFile {
    static func openForReading(_ path: String) throws(CSVError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw CSVError(
                    code: .fileNotFound,
                    message: "The file does not exist. Check the path and the file name of the export.",
                    filePath: path)
            }
            throw CSVError(
                code: .fileNotReadable,
                message: "The file cannot be opened for reading (\(describe(code))). Check its permissions.",
                filePath: path)
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw CSVError(
                code: .fileNotReadable,
                message: "The path is a directory, not a CSV file.",
                filePath: path)
        }
        return fd
    }

    static func openForWriting(_ path: String) throws(CSVError) -> Int32 {
        // 0o600: rejects files contain personal data; only the owner may read them.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CSVError(
                code: .fileNotWritable,
                message: "The file cannot be created for writing (\(describe(errno))). Check the directory and its permissions.",
                filePath: path)
        }
        return fd
    }

    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) throws(CSVError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = posixRead(fd, base, buffer.count)
            if count >= 0 { return count }
            let code = errno
            if code == EINTR { continue }
            throw CSVError(
                code: .readFailed,
                message: "Reading the file failed (\(describe(code))). Copy the file to a local disk and try again.",
                filePath: path)
        }
    }

    static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(CSVError) {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let count = posixWrite(fd, base, remaining)
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw CSVError(
                    code: .writeFailed,
                    message: "Writing the file failed (\(describe(code))). Check free disk space.",
                    filePath: path)
            }
            remaining -= count
            base += count
        }
    }

    static func closeDescriptor(_ fd: Int32) {
        _ = close(fd)
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a directory"
        case ENOSPC: "no space left on device"
        case EIO: "input/output error"
        case EMFILE, ENFILE: "too many open files"
        case EROFS: "read-only file system"
        default: "errno \(code)"
        }
    }
}

@inline(__always)
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

@inline(__always)
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
